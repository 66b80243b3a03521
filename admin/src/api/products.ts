import useSWR from 'swr';
import type { ProductWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { Transformers } from './transformers';

export const PRODUCTS_KEY = '/products';

export const useProducts = () => {
    const { data, error, mutate } = useSWR<{ data: ProductWire[] }>(PRODUCTS_KEY, fetcher);
    return { products: data?.data.map(Transformers.toProduct), error, mutate };
};

/** Maps a product to a template by its key; null unmaps it. */
export const mapProduct = (productKey: string, templateKey: string | null) =>
    http
        .put<ProductWire>(`/products/${encodeURIComponent(productKey)}`, { template_key: templateKey })
        .then((r) => Transformers.toProduct(r.data));

/** Marks a product that is not a tier (a one-off, a test product) as ignored, with the admin's reason. */
export const ignoreProduct = (productKey: string, reason: string) =>
    http
        .post<ProductWire>(`/products/${encodeURIComponent(productKey)}/ignore`, { reason })
        .then((r) => Transformers.toProduct(r.data));

export const unignoreProduct = (productKey: string) =>
    http
        .delete<ProductWire>(`/products/${encodeURIComponent(productKey)}/ignore`)
        .then((r) => Transformers.toProduct(r.data));
