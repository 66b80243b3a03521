import { useMemo } from 'react';
import type { SWRInfiniteConfiguration } from 'swr/infinite';
import useSWRInfinite from 'swr/infinite';
import type { Page } from '../../../contract/admin';
import { fetcher, withQuery } from './http';

type Params = Record<string, string | number | undefined | null>;

/**
 * The SWR key of each keyset page: `path?params` for the first, plus `cursor=<next_cursor>` for the ones after it,
 * null once the last page said there is no more. The params are in every key, so new filters start a new list.
 */
const pagedKey =
    (path: string, params: Params) =>
    (index: number, previous: Page<unknown> | null): string | null => {
        if (index === 0) return withQuery(path, params);
        if (!previous?.next_cursor) return null;
        return withQuery(path, { ...params, cursor: previous.next_cursor });
    };

export interface PagedList<T> {
    items: T[] | undefined;
    hasMore: boolean;
    loadMore: () => void;
    loadingMore: boolean;
    error: unknown;
    mutate: () => Promise<unknown>;
}

/** A newest-first keyset list with "Load more", converted to models page by page. */
export function usePaged<Wire, Model>(
    path: string,
    params: Params,
    map: (w: Wire) => Model,
    config?: SWRInfiniteConfiguration,
): PagedList<Model> {
    const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<Page<Wire>>(
        pagedKey(path, params),
        fetcher,
        config,
    );
    const items = useMemo(() => data?.flatMap((page) => page.data.map(map)), [data]); // eslint-disable-line react-hooks/exhaustive-deps
    const last = data?.[data.length - 1];
    return {
        items,
        hasMore: Boolean(last?.next_cursor),
        loadMore: () => void setSize(size + 1),
        loadingMore: isValidating && size > (data?.length ?? 0),
        error,
        mutate: () => mutate(),
    };
}
