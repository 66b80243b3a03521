import useSWR from 'swr';
import type { TemplateWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import type { Selector } from './models';
import { Transformers } from './transformers';

export const TEMPLATES_KEY = '/templates';

export interface TemplateValues {
    key: string;
    name: string;
    selector: Selector;
    permissions: string[];
    includeNewServers?: boolean;
}

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
