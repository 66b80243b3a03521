/** Renders with a fresh SWR cache per test, so one test's answers never leak into the next. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SWRConfig } from 'swr';

export const renderFresh = (ui: ReactElement) =>
    render(
        <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0, shouldRetryOnError: false }}>
            {ui}
        </SWRConfig>,
    );

/** The requests sent for one `METHOD path` (query string ignored). */
export const calls = (sent: Array<{ method: string; url: string; body: unknown }>, method: string, path: string) =>
    sent.filter((s) => s.method === method && s.url.split('?')[0] === path);
