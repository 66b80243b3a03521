import useSWR from 'swr';
import type { ProductWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { Transformers } from './transformers';

export const useProducts = () => {
    const { data, error, mutate } = useSWR<{ data: ProductWire[] }>('/products', fetcher);
    return { products: data?.data.map(Transformers.toProduct), error, mutate };
};

export const mapProduct = (productKey: string, templateKey: string | null) =>
    http.put<ProductWire>(`/products/${encodeURIComponent(productKey)}`, { template_key: templateKey }).then((r) => Transformers.toProduct(r.data));
