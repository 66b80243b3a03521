import useSWR from 'swr';
import type { PanelCatalogueWire, SelectorPreviewWire, SelectorWire, TemplateInput, TemplateWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { Transformers } from './transformers';

export const useTemplates = () => {
    const { data, error, mutate } = useSWR<{ data: TemplateWire[] }>('/templates', fetcher);
    return { templates: data?.data.map(Transformers.toTemplate), error, mutate };
};

export const useCatalogue = () => {
    const { data, error } = useSWR<PanelCatalogueWire>('/catalogue', fetcher, { revalidateOnFocus: false });
    return { catalogue: data, error };
};

export const createTemplate = (input: TemplateInput) => http.post<TemplateWire>('/templates', input).then((r) => Transformers.toTemplate(r.data));

export const updateTemplate = (id: number, input: TemplateInput) => http.patch<TemplateWire>(`/templates/${id}`, input).then((r) => Transformers.toTemplate(r.data));

export const deleteTemplate = (id: number) => http.delete(`/templates/${id}`).then(() => undefined);

export const previewSelector = (selector: SelectorWire) => http.post<SelectorPreviewWire>('/selector-preview', { selector }).then((r) => r.data.servers);
