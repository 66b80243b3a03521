import useSWR from 'swr';
import type { SecretRotationWire, SettingsWire, TestEventWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import type { EditableSettings } from './models';
import { Transformers } from './transformers';

export const SETTINGS_KEY = '/settings';

export const useSettings = () => {
    const { data, error, mutate } = useSWR<SettingsWire>(SETTINGS_KEY, fetcher);
    return { settings: data ? Transformers.toSettings(data) : undefined, error, mutate };
};

/** Sends only the settings given; answers the settings as saved. */
export const updateSettings = (changes: Partial<EditableSettings>) =>
    http
        .patch<SettingsWire>('/settings', Transformers.fromSettings(changes))
        .then((r) => Transformers.toSettings(r.data));

/** A new webhook secret; the answer is the only time it is shown. */
export const rotateSecret = () =>
    http.post<SecretRotationWire>('/settings/secret').then((r) => Transformers.toSecretRotation(r.data));

/** The panel signs a ping with its own secret and posts it to its own webhook. */
export const sendTestEvent = () =>
    http.post<TestEventWire>('/settings/test-event').then((r) => Transformers.toTestEvent(r.data));
