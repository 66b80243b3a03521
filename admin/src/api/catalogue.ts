import useSWR from 'swr';
import type { PanelCatalogueWire, SelectorPreviewWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import type { Selector } from './models';
import { Transformers } from './transformers';

export const CATALOGUE_KEY = '/catalogue';

/** The panel's servers, nodes, locations, nests, eggs, owners and permission groups, for the selector editor. */
export const useCatalogue = () => {
    const { data, error } = useSWR<PanelCatalogueWire>(CATALOGUE_KEY, fetcher, { revalidateOnFocus: false });
    return { catalogue: data ? Transformers.toCatalogue(data) : undefined, error };
};

/** The servers a selector matches right now. */
export const previewSelector = (selector: Selector) =>
    http
        .post<SelectorPreviewWire>('/selector-preview', { selector: Transformers.fromSelector(selector) })
        .then((r) => Transformers.toSelectorPreview(r.data));
