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
