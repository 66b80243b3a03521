import useSWR from 'swr';
import type { CommandPreviewWire, TemplateWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import type { GameAction, Selector } from './models';
import { Transformers } from './transformers';

export const TEMPLATES_KEY = '/templates';

export interface TemplateValues {
    key: string;
    name: string;
    selector: Selector;
    permissions: string[];
    gameActions: GameAction[];
    includeNewServers?: boolean;
}

export interface CommandPreview {
    rows: Array<{
        action: number;
        label: string;
        serverUuid: string;
        serverName: string;
        grant: string | null;
        revoke: string | null;
        error: string | null;
    }>;
    /** The servers the selector covers now: what an action's server subset is picked from. */
    servers: Array<{ uuid: string; name: string }>;
}

/** The exact commands the (unsaved) template's in-game actions would send for `player`, rendered by the panel. */
export const previewCommands = (values: TemplateValues, player: string): Promise<CommandPreview> => {
    const input = Transformers.fromTemplate(values);
    return http
        .post<CommandPreviewWire>('/template-command-preview', {
            key: input.key,
            name: input.name,
            selector: input.selector,
            game_actions: input.game_actions ?? [],
            player,
        })
        .then((r) => ({
            rows: r.data.data.map((row) => ({
                action: row.action,
                label: row.label,
                serverUuid: row.server_uuid,
                serverName: row.server_name,
                grant: row.grant,
                revoke: row.revoke,
                error: row.error,
            })),
            servers: r.data.servers,
        }));
};

export const useTemplates = () => {
    const { data, error, mutate } = useSWR<{ data: TemplateWire[] }>(TEMPLATES_KEY, fetcher);
    return { templates: data?.data.map(Transformers.toTemplate), error, mutate };
};

export const createTemplate = (values: TemplateValues) =>
    http
        .post<TemplateWire>('/templates', Transformers.fromTemplate(values))
        .then((r) => Transformers.toTemplate(r.data));

export const updateTemplate = (id: number, values: TemplateValues) =>
    http
        .patch<TemplateWire>(`/templates/${id}`, Transformers.fromTemplate(values))
        .then((r) => Transformers.toTemplate(r.data));

export const deleteTemplate = (id: number) => http.delete(`/templates/${id}`).then(() => undefined);
