/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import { AxiosError, AxiosHeaders } from 'axios';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import http, { describeError, query } from '../../../admin/src/api/http';
import { usePaged } from '../../../admin/src/api/paged';
import { useSubscribers } from '../../../admin/src/api/subscribers';
import { Transformers } from '../../../admin/src/api/transformers';
import * as wire from './wire';

const err = (status: number, data: unknown) => {
    const headers = new AxiosHeaders();
    return new AxiosError('x', 'ERR', { headers }, null, {
        status,
        statusText: '',
        headers,
        config: { headers },
        data,
    });
};

// What the transformers decide (defaults, what is sent back, how values read); plain renames are left to the pages' tests.
describe('transformers: the rules beyond renaming', () => {
    it('overview, with every state present even when the server leaves one out', () => {
        const o = Transformers.toOverview(
            wire.overview({
                last_event_at: '2026-11-24T06:00:00Z',
                worker_heartbeat_at: '2026-11-24T06:01:00Z',
                subscribers_by_state: { active: 3 } as never,
            }),
        );
        expect(o).toMatchObject({
            webhookUrl: wire.WEBHOOK_URL,
            secretConfigured: true,
            lastEventAt: new Date('2026-11-24T06:00:00Z'),
            lastPingAt: null,
            workerHeartbeatAt: new Date('2026-11-24T06:01:00Z'),
        });
        expect(o.subscribersByState).toEqual({ pending: 0, active: 3, grace: 0, suspended: 0, ended: 0 });
        expect(o.eventsPerDay).toHaveLength(14);
    });

    it('mode, its change and the go-live checklist (a step the server leaves out is not done)', () => {
        const o = Transformers.toOverview(
            wire.overview({
                mode: wire.PAUSED,
                setup: [
                    { step: 'secret', done: true },
                    { step: 'live', done: false },
                ],
            }),
        );
        expect(o.mode).toEqual({
            mode: 'live',
            paused: { at: new Date('2026-11-24T06:30:00Z'), by: 'ops-admin', reason: 'Wings maintenance' },
        });
        expect(o.setup).toEqual({
            secret: true,
            webhook_url_copied: false,
            first_delivery: false,
            products_mapped: false,
            shadow_reviewed: false,
            live: false,
        });
        expect(Transformers.toModeChange({ mode: wire.LIVE, run: wire.run() })).toEqual({
            mode: { mode: 'live', paused: null },
            run: { runId: 'r1', total: 3, done: 0, failed: 0, finished: false },
        });
        expect(Transformers.toModeChange({ mode: wire.SHADOW, run: null }).run).toBeNull();
    });

    it('template and its input: outside match mode only exclusions are sent, empty lists never', () => {
        expect(Transformers.toTemplate(wire.template())).toMatchObject({
            id: 1,
            key: 'subscriber_knight',
            serversMatched: 3,
            products: ['fire-knight'],
            updatedAt: new Date('2026-11-24T00:00:00Z'),
        });
        expect(
            Transformers.fromTemplate({
                key: ' k ',
                name: ' Knight ',
                selector: { mode: 'all', nodes: [1], exclude: [2], servers: [] },
                permissions: ['a'],
            }),
        ).toEqual({
            key: 'k',
            name: 'Knight',
            selector: { mode: 'all', exclude: [2] },
            permissions: ['a'],
        });
        expect(Transformers.fromSelector({ mode: 'match', nodes: [1, 2], eggs: [], exclude: [] })).toEqual({
            mode: 'match',
            nodes: [1, 2],
        });
    });

    it('log rows: permissions, and the fields of email and account rows, as text', () => {
        expect(
            Transformers.toLogEntry(wire.logEntry({ permissions_before: [], permissions_after: ['a', 'b'] })),
        ).toMatchObject({
            before: '',
            after: 'a, b',
            serverName: 'Fire Hub',
            userId: 4,
            durationMs: 4,
            at: new Date('2026-11-24T00:00:00Z'),
        });
        expect(
            Transformers.toLogEntry(wire.logEntry({ permissions_before: { email: 'x@y' }, permissions_after: null })),
        ).toMatchObject({ before: 'email: x@y', after: '' });
    });

    it('settings both ways; only the given settings are written back', () => {
        expect(Transformers.toSettings(wire.settings({ previous_secret_until: '2026-11-25T00:00:00Z' }))).toMatchObject(
            {
                graceDays: 7,
                secretOverlapHours: 24,
                rateLimitPerMinute: 600,
                previousSecretUntil: new Date('2026-11-25T00:00:00Z'),
                lastContactAt: null,
            },
        );
        expect(
            Transformers.fromSettings({ graceDays: 3, ipAllowlist: ['10.0.0.0/8'], emailsPerServer: false }),
        ).toEqual({ grace_days: 3, ip_allowlist: ['10.0.0.0/8'], emails_per_server: false });
    });
});

describe('the http helper', () => {
    it('is one axios instance on the admin API with the panel headers and the CSRF token from the meta tag', async () => {
        document.head.innerHTML = '<meta name="_token" content="csrf-123">';
        let seen: Record<string, unknown> = {};
        const adapter = async (config: any) => {
            seen = { url: config.url, baseURL: config.baseURL, ...config.headers.toJSON() };
            return { data: {}, status: 200, statusText: 'OK', headers: {}, config };
        };
        await http.get('/overview', { adapter });
        expect(seen).toMatchObject({
            baseURL: '/extensions/tiergate/admin/api',
            url: '/overview',
            'X-CSRF-TOKEN': 'csrf-123',
            Accept: 'application/json',
            'X-Requested-With': 'XMLHttpRequest',
        });
    });

    it("reports the server's reason, per field for a 422, and says what a bare status means", () => {
        expect(
            describeError(
                err(422, {
                    message: 'The given data was invalid.',
                    errors: { grace_days: ['must be at most 90'], ip_allowlist: ['bad', 'worse'] },
                }),
            ),
        ).toEqual({
            message: 'must be at most 90 bad worse',
            fields: { grace_days: 'must be at most 90', ip_allowlist: 'bad worse' },
            status: 422,
        });
        expect(describeError(err(409, { message: 'id reused' }))).toEqual({
            message: 'id reused',
            fields: {},
            status: 409,
        });
        expect(describeError(err(403, {})).message).toMatch(/root administrators/);
        expect(describeError(err(419, '<html>')).message).toMatch(/reload the page/);
        expect(describeError(err(500, { errors: [{ detail: 'panel detail' }] })).message).toBe('panel detail');
        // The real panel's handler (its invalidJson) answers a thrown ValidationException like this.
        const panel422 = {
            errors: [
                { code: 'ValidationException', status: '422', detail: 'Add a URL.', meta: { source_field: 'urls' } },
                { code: 'ValidationException', status: '422', detail: 'Too long.', meta: { source_field: 'urls' } },
            ],
        };
        expect(describeError(err(422, panel422))).toEqual({
            message: 'Add a URL. Too long.',
            fields: { urls: 'Add a URL. Too long.' },
            status: 422,
        });
        expect(describeError(err(502, null)).message).toBe('The panel answered 502.');
        expect(describeError(new AxiosError('Network Error')).message).toMatch(/did not answer/);
        expect(describeError(new Error('boom')).message).toBe('boom');
    });

    it('builds query strings from the params that are set, in a stable order', () => {
        expect(query({ state: 'grace', search: 'alex', cursor: undefined, server: 0, outcome: '' })).toBe(
            'search=alex&server=0&state=grace',
        );
    });
});

describe('keyset lists', () => {
    const fresh = ({ children }: { children: ReactNode }) => (
        <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
    );

    it('"Load more" asks for the next cursor with the same filters, and stops when the server says there is no more', async () => {
        const pages: Record<string, { data: number[]; next_cursor: string | null }> = {
            '/log?outcome=failed': { data: [3, 2], next_cursor: '2' },
            '/log?cursor=2&outcome=failed': { data: [1], next_cursor: null },
        };
        const urls: string[] = [];
        const get = jest.spyOn(http, 'get').mockImplementation(async (url: string) => {
            urls.push(url);
            return { data: pages[url] };
        });
        const { result } = renderHook(
            () => usePaged('/log', { outcome: 'failed', server: null }, (n: number) => n * 10),
            {
                wrapper: fresh,
            },
        );
        await waitFor(() => expect(result.current.items).toEqual([30, 20]));
        expect(result.current.hasMore).toBe(true);
        act(() => result.current.loadMore());
        await waitFor(() => expect(result.current.items).toEqual([30, 20, 10]));
        expect(result.current.hasMore).toBe(false);
        // (swr/infinite fetches the first page again when the size grows; only these two are ever asked for)
        expect([...new Set(urls)]).toEqual(['/log?outcome=failed', '/log?cursor=2&outcome=failed']);
        get.mockRestore();
    });

    it('useSubscribers asks for exactly its filters, and again when they change', async () => {
        const urls: string[] = [];
        const get = jest.spyOn(http, 'get').mockImplementation(async (url: string) => {
            urls.push(url);
            return { data: { data: [wire.subscriber()], next_cursor: null } };
        });
        const { result, rerender } = renderHook(
            (props: { search: string }) => useSubscribers({ search: props.search, state: 'active' }),
            { wrapper: fresh, initialProps: { search: 'alex' } },
        );
        await waitFor(() => expect(result.current.items?.[0]?.email).toBe('alex@example.com'));
        rerender({ search: 'sam' });
        await waitFor(() => expect(urls).toContain('/subscribers?search=sam&state=active'));
        expect(urls[0]).toBe('/subscribers?search=alex&state=active');
        get.mockRestore();
    });
});
