/** @jest-environment jsdom */
import { renderHook, waitFor } from '@testing-library/react';
import { AxiosError, AxiosHeaders } from 'axios';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { eventsKey } from '../../../admin/src/api/events';
import http, { describeError, query } from '../../../admin/src/api/http';
import { logKey } from '../../../admin/src/api/log';
import { pagedKey } from '../../../admin/src/api/paged';
import { subscribersKey, useSubscribers } from '../../../admin/src/api/subscribers';
import { Transformers, toPaged } from '../../../admin/src/api/transformers';
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

describe('transformers: wire (snake_case, ISO strings) to models (camelCase, Dates)', () => {
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

    it('catalogue and selector preview', () => {
        const c = Transformers.toCatalogue(wire.catalogue);
        expect(c.servers[0]).toEqual({
            id: 1,
            name: 'Frost Hub',
            externalId: 'frost-hub',
            nodeId: 1,
            eggId: 1,
            ownerId: 3,
        });
        expect(c.eggs[0]).toEqual({ id: 1, name: 'Paper', nestId: 1 });
        expect(c.permissions[1]!.keys.map((k) => k.key)).toEqual(['control.console', 'control.start', 'control.stop']);
        expect(Transformers.toSelectorPreview({ servers: [{ id: 1, name: 'Frost Hub' }] })).toEqual([
            { id: 1, name: 'Frost Hub' },
        ]);
    });

    it('product', () => {
        expect(
            Transformers.toProduct({
                product_key: 'p',
                template_key: null,
                template_name: null,
                subscribers: 2,
                unmapped: true,
            }),
        ).toEqual({
            productKey: 'p',
            templateKey: null,
            templateName: null,
            subscribers: 2,
            unmapped: true,
        });
    });

    it('subscriber, override and subscriptions', () => {
        const s = Transformers.toSubscriber(
            wire.subscriber({
                override: { kind: 'suspend', until: '2026-12-01T00:00:00+00:00' },
                subscriptions: [wire.subscription({ state: 'grace', grace_until: '2026-12-01T10:00:00Z' })],
            }),
        );
        expect(s).toMatchObject({
            customerId: 'c1',
            email: 'alex@example.com',
            userId: 4,
            username: 'alex',
            serversGranted: 2,
        });
        expect(s.override).toEqual({ kind: 'suspend', until: new Date('2026-12-01T00:00:00Z') });
        expect(s.subscriptions[0]).toMatchObject({
            subscriptionId: 's1',
            templateKey: 'subscriber_awakened',
            tier: 'Awakened',
            state: 'grace',
            graceUntil: new Date('2026-12-01T10:00:00Z'),
            accessUntil: null,
            reconciledAt: new Date('2026-11-24T00:00:05Z'),
        });
    });

    it('subscriber detail: grants, timeline, plan and panel access', () => {
        const d = Transformers.toSubscriberDetail({
            subscriber: wire.subscriber(),
            grants: [
                {
                    server_id: 1,
                    server_name: 'Frost Hub',
                    permissions: ['websocket.connect'],
                    revocation_pending: true,
                    applied_at: '2026-11-24T00:00:00Z',
                },
            ],
            timeline: [{ at: '2026-11-24T00:00:00Z', kind: 'action', title: 'grant', detail: null, outcome: 'ok' }],
            plan: [wire.plannedChange({ action: 'update', before: ['a'], after: ['a', 'b'] })],
            panel_access: [wire.panelAccess({ managed_by_tiergate: false })],
        });
        expect(d.plan).toEqual([
            { serverId: 1, serverName: 'Frost Hub', action: 'update', before: ['a'], after: ['a', 'b'] },
        ]);
        expect(d.panelAccess).toEqual([
            { serverId: 2, serverName: 'Fire Hub', permissions: ['control.console'], managedByTiergate: false },
        ]);
        expect(d.grants).toEqual([
            {
                serverId: 1,
                serverName: 'Frost Hub',
                permissions: ['websocket.connect'],
                revocationPending: true,
                appliedAt: new Date('2026-11-24T00:00:00Z'),
            },
        ]);
        expect(d.timeline).toEqual([
            { at: new Date('2026-11-24T00:00:00Z'), kind: 'action', title: 'grant', detail: null, outcome: 'ok' },
        ]);
        expect(Transformers.toActionResult({ message: 'Reconciled.', changes: ['x'] })).toEqual({
            message: 'Reconciled.',
            changes: ['x'],
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

    it('inbox events, their detail, and rejections', () => {
        expect(Transformers.toInboxEvent(wire.inboxEvent({ processed_at: null }))).toMatchObject({
            webhookId: 'msg_1',
            processedAt: null,
            receivedAt: new Date('2026-11-24T00:00:01Z'),
            sourceIp: '127.0.0.1',
        });
        expect(
            Transformers.toInboxEventDetail({ ...wire.inboxEvent(), body: '{}', headers: { 'webhook-id': 'msg_1' } }),
        ).toMatchObject({ id: 3, body: '{}', headers: { 'webhook-id': 'msg_1' } });
        expect(Transformers.toRejection(wire.rejection())).toEqual({
            id: 1,
            at: new Date('2026-11-24T00:00:00Z'),
            status: 401,
            code: 'bad_signature',
            reason: 'No signature matches a current secret',
            sourceIp: '203.0.113.9',
            bodySize: 2048,
            webhookId: 'msg_9',
        });
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

    it('secret rotation, test event, reconcile run, and pages', () => {
        expect(Transformers.toSecretRotation({ secret: 'whsec_x', previous_secret_until: null })).toEqual({
            secret: 'whsec_x',
            previousSecretUntil: null,
        });
        expect(Transformers.toTestEvent({ status: 200, answer: { status: 'pong' }, ms: 12 })).toEqual({
            status: 200,
            answer: { status: 'pong' },
            ms: 12,
        });
        expect(Transformers.toReconcileRun({ run_id: 'r1', total: 4, done: 1, failed: 0, finished: false })).toEqual({
            runId: 'r1',
            total: 4,
            done: 1,
            failed: 0,
            finished: false,
        });
        expect(toPaged({ data: [1, 2], next_cursor: '7' }, (n) => n * 2)).toEqual({ items: [2, 4], nextCursor: '7' });
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

describe('SWR keys include the params', () => {
    it('each list key carries its filters, and the next page adds the cursor', () => {
        expect(subscribersKey({ search: 'alex', state: 'grace' })(0, null)).toBe(
            '/subscribers?search=alex&state=grace',
        );
        expect(subscribersKey({})(0, null)).toBe('/subscribers');
        expect(logKey({ outcome: 'failed', server: 2 })(1, { data: [], next_cursor: '40' })).toBe(
            '/log?cursor=40&outcome=failed&server=2',
        );
        expect(eventsKey({ type: 'payment.failed' })(0, null)).toBe('/events?type=payment.failed');
        expect(pagedKey('/rejections', {})(2, { data: [], next_cursor: null })).toBeNull();
    });

    it('useSubscribers asks for exactly its filters, and again when they change', async () => {
        const urls: string[] = [];
        const get = jest.spyOn(http, 'get').mockImplementation(async (url: string) => {
            urls.push(url);
            return { data: { data: [wire.subscriber()], next_cursor: null } };
        });
        const wrapper = ({ children }: { children: ReactNode }) => (
            <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
        );
        const { result, rerender } = renderHook(
            (props: { search: string }) => useSubscribers({ search: props.search, state: 'active' }),
            { wrapper, initialProps: { search: 'alex' } },
        );
        await waitFor(() => expect(result.current.items?.[0]?.email).toBe('alex@example.com'));
        rerender({ search: 'sam' });
        await waitFor(() => expect(urls).toContain('/subscribers?search=sam&state=active'));
        expect(urls[0]).toBe('/subscribers?search=alex&state=active');
        get.mockRestore();
    });
});
