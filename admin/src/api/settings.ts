import useSWR from 'swr';
import type { SecretRotationWire, SettingsWire, TestEventWire } from '../../../contract/admin';
import type { Settings } from './models';
import http, { fetcher } from './http';
import { Transformers } from './transformers';

export const useSettings = () => {
    const { data, error, mutate } = useSWR<SettingsWire>('/settings', fetcher);
    return { settings: data ? Transformers.toSettings(data) : undefined, error, mutate };
};

export const updateSettings = (changes: Partial<Settings>) => http.patch<SettingsWire>('/settings', Transformers.fromSettings(changes)).then((r) => Transformers.toSettings(r.data));

export const rotateSecret = () => http.post<SecretRotationWire>('/settings/secret').then((r) => r.data);

export const sendTestEvent = () => http.post<TestEventWire>('/settings/test-event').then((r) => r.data);
