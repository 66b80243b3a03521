import type { RowDataPacket } from 'mysql2';
import { ADMIN_API_BASE } from '../../contract/admin';
import type { OverviewWire, Page, SettingsWire, TemplateWire } from '../../contract/admin';
import { PanelSession } from '../../tools/testbed/session';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { AdminApi } from './support/admin-client';
import { expectContractAnswer } from './support/admin-contract';
import { eventually, subuserAccess } from './support/panel-state';
import { SimulatedSubscriber } from './support/subscriber';
import { artisan, closeDb, db, WEBHOOK } from '../../tools/testbed/client';

// The admin JSON API on the test bed, called the way the React page calls it. Every answer the admin gets is checked
// against contract/admin.ts (a JSON Schema generated from its types): the contract is the one source of the shapes.
const secret = newSecret();
let admin: AdminApi;
const tag = `api${process.pid}${Date.now().toString(36)}`;

/** The admin's session, each answer checked against the contract before the test reads it. */
function checkedAgainstContract(api: AdminApi): AdminApi {
    const call = api.call.bind(api);
    api.call = async (method: string, path: string, body?: unknown) => {
        const answer = await call(method, path, body);
        expectContractAnswer(method, path, answer.status, answer.json);
        return answer;
    };
    api.get = (path: string) => api.call('GET', path);
    return api;
}

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    admin = checkedAgainstContract(await AdminApi.admin());
}, 60_000);
afterAll(async () => {
    await db().execute('DELETE FROM tiergate_templates WHERE `key` LIKE ?', [`${tag}%`]);
    await closeDb();
});

describe('who may call it', () => {
    it('gives an ordinary user 403 and no data', async () => {
        const player = await AdminApi.as(testbed.user.username, testbed.user.password);
        for (const path of ['/overview', '/subscribers', '/settings', '/log']) {
            const r = await player.get(path);
            expect(r.status).toBe(403);
            expect(JSON.stringify(r.json)).not.toContain('webhook_url');
        }
    });

    it('gives a guest 401/403 and no data', async () => {
        const r = await AdminApi.guest().get('/settings');
        expect([401, 403]).toContain(r.status);
        expect(JSON.stringify(r.json)).not.toContain('webhook_url');
    });

    it('refuses a write without the CSRF token', async () => {
        const session = await AdminApi.admin();
        (session as unknown as { token: string }).token = 'wrong';
        expect((await session.call('PATCH', '/settings', { grace_days: 3 })).status).toBe(419);
    });
});

describe('no existence oracle before the admin check', () => {
    /** A guest that holds a valid CSRF token (any visitor of the login page has one). */
    async function guestWithToken() {
        const session = new PanelSession();
        const token =
            /name="_token" value="([^"]+)"/.exec(await (await session.request('/auth/login')).text())?.[1] ?? '';
        return async (method: string, path: string) => {
            const res = await session.request(`${ADMIN_API_BASE}${path}`, {
                method,
                headers: {
                    accept: 'application/json',
                    'content-type': 'application/json',
                    'x-csrf-token': token,
                    'x-requested-with': 'XMLHttpRequest',
                },
                body: method === 'GET' ? undefined : '{}',
            });
            return { status: res.status, text: await res.text() };
        };
    }

    it('answers a guest and an ordinary user alike for ids that exist and ids that do not, naming no class', async () => {
        const [templates] = await db().execute<RowDataPacket[]>('SELECT MIN(id) AS id FROM tiergate_templates');
        const [events] = await db().execute<RowDataPacket[]>('SELECT MIN(id) AS id FROM tiergate_events');
        const pairs: Array<[string, string, string]> = [
            ['PATCH', `/templates/${templates[0]!.id}`, '/templates/999999'],
            ['DELETE', `/templates/${templates[0]!.id}`, '/templates/999999'],
        ];
        if (events[0]!.id !== null)
            pairs.push(
                ['GET', `/events/${events[0]!.id}`, '/events/999999'],
                ['POST', `/events/${events[0]!.id}/replay`, '/events/999999/replay'],
            );

        const player = await AdminApi.as(testbed.user.username, testbed.user.password);
        const asPlayer = async (method: string, path: string) => {
            const r = await player.call(method, path, method === 'GET' ? undefined : {});
            return { status: r.status, text: JSON.stringify(r.json) };
        };
        for (const caller of [await guestWithToken(), asPlayer]) {
            for (const [method, existing, missing] of pairs) {
                const [a, b] = [await caller(method, existing), await caller(method, missing)];
                expect({ path: missing, status: b.status }).toEqual({ path: missing, status: a.status });
                expect([401, 403]).toContain(a.status);
                expect(a.text + b.text).not.toMatch(/RoleTemplate|InboxEvent|No query results|BlueprintFramework/);
            }
        }
    });

    it('gives the admin a 404 for a missing id that names no internal class', async () => {
        for (const [method, path] of [
            ['PATCH', '/templates/999999'],
            ['GET', '/events/999999'],
            ['GET', '/events/abc'],
            ['POST', '/events/999999/replay'],
        ] as const) {
            const r = await admin.call(method, path, method === 'GET' ? undefined : {});
            expect({ path, status: r.status }).toEqual({ path, status: 404 });
            expect(JSON.stringify(r.json)).not.toMatch(/RoleTemplate|InboxEvent|No query results|BlueprintFramework/);
        }
    });
});

describe('query parameters', () => {
    it.each([
        ['/log?since=not-a-date', 'since'],
        ['/log?until=xyz', 'until'],
        ['/log?since=2026-13-45', 'since'],
        ['/log?server[]=1', 'server'],
        ['/rejections?status=abc', 'status'],
        ['/rejections?since=yesterday-ish', 'since'],
        ['/log?limit=0', 'limit'],
        ['/log?customer[]=x', 'customer'],
        ['/log?customer=%FF%FE', 'customer'],
        ['/subscribers?search[]=x', 'search'],
        ['/subscribers?state=bogus', 'state'],
        ['/subscribers?cursor=-1', 'cursor'],
        ['/subscribers?attention=yes', 'attention'],
        ['/subscribers?attention[]=1', 'attention'],
        ['/events?customer[x]=1', 'customer'],
        ['/events?limit=201', 'limit'],
        ['/rejections?cursor=1e3', 'cursor'],
    ])('refuses %s with 422 naming %s', async (path, field) => {
        const r = await admin.get(path);
        expect(r.status).toBe(422);
        expect(Object.keys(r.json.errors)).toContain(field);
    });

    it('takes well-formed filters', async () => {
        for (const path of [
            '/log?since=2026-01-01T00:00:00.000Z&until=2099-01-01T00:00:00Z&server=1&limit=3',
            '/subscribers?search=example&state=active',
            '/subscribers?attention=1',
            '/subscribers?attention=0',
            '/events?type=ping&customer=x&limit=5',
            '/rejections?limit=2',
            '/rejections?status=429&reason=Too%20many&since=2026-01-01T00:00:00Z&until=2099-01-01T00:00:00Z',
            '/log?server=Frost&customer=example.com',
        ]) {
            expect({ path, status: (await admin.get(path)).status }).toEqual({ path, status: 200 });
        }
    });
});

describe('for the admin', () => {
    it('reports health on the overview', async () => {
        const r = await admin.get('/overview');
        expect(r.status).toBe(200);
        const o = r.json as OverviewWire;
        expect(o.webhook_url).toMatch(/\/extensions\/tiergate\/webhook$/);
        expect(o.secret_configured).toBe(true);
        expect(o.events_per_day).toHaveLength(14);
        expect(Object.keys(o.subscribers_by_state).sort()).toEqual([
            'active',
            'ended',
            'grace',
            'pending',
            'suspended',
        ]);
    });

    it('counts subscribers by state exactly as the database holds them, and tiergate:status prints the same figures', async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'apicount' });
        await s.send('subscription.created');
        await eventually('the subscription is projected', async () =>
            expect(
                await db()
                    .query<RowDataPacket[]>('SELECT 1 FROM tiergate_subscriptions WHERE subscription_id = ?', [
                        s.subscriptionId,
                    ])
                    .then(([r]) => r),
            ).toHaveLength(1),
        );
        const [rows] = await db().query<RowDataPacket[]>(
            'SELECT state, COUNT(*) AS n FROM tiergate_subscriptions GROUP BY state',
        );
        const expected = { pending: 0, active: 0, grace: 0, suspended: 0, ended: 0 } as Record<string, number>;
        for (const row of rows) expected[row.state] = Number(row.n);
        expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        const o = (await admin.get('/overview')).json as OverviewWire;
        expect(o.subscribers_by_state).toEqual(expected);
        const status = artisan('tiergate:status');
        const line = status.split('\n').find((l) => l.includes('subscriptions'))!;
        for (const [state, n] of Object.entries(expected)) expect(line).toContain(`${n} ${state}`);
    });

    it('creates, validates, previews, updates and deletes a role template', async () => {
        const catalogue = (await admin.get('/catalogue')).json;
        const frostNode = catalogue.nodes.find((n: { name: string }) => n.name === 'NC1 Charlotte').id;
        expect(catalogue.permissions.map((g: { group: string }) => g.group)).toContain('control');

        const bad = await admin.call('POST', '/templates', {
            key: `${tag}_bad`,
            name: 'Bad',
            selector: { mode: 'all' },
            permissions: ['control.console', 'server.nuke'],
        });
        expect(bad.status).toBe(422);
        expect(bad.json.errors.permissions[0]).toContain('server.nuke');

        const preview = await admin.call('POST', '/selector-preview', {
            selector: { mode: 'match', nodes: [frostNode] },
        });
        expect(preview.json.servers.map((s: { name: string }) => s.name)).toContain('Frost Hub');
        expect(preview.json.servers.map((s: { name: string }) => s.name)).not.toContain('Fire Hub');

        const created = await admin.call('POST', '/templates', {
            key: `${tag}_t`,
            name: 'API Tier',
            selector: { mode: 'match', nodes: [frostNode] },
            permissions: ['control.console'],
        });
        expect(created.status).toBe(201);
        const template = created.json as TemplateWire;
        expect(template.permissions).toEqual(['control.console', 'websocket.connect']);
        expect(template.servers_matched).toBe(preview.json.servers.length);

        const updated = await admin.call('PATCH', `/templates/${template.id}`, { name: 'API Tier 2' });
        expect(updated.json).toMatchObject({ name: 'API Tier 2', key: `${tag}_t` });

        const list = (await admin.get('/templates')).json.data as TemplateWire[];
        expect(list.find((t) => t.key === 'subscriber_knight')?.products).toEqual(['fire-knight', 'frost-knight']);

        expect((await admin.call('DELETE', `/templates/${template.id}`)).status).toBe(204);
        expect((await admin.call('DELETE', `/templates/${template.id}`)).status).toBe(404);
    });

    it('maps a product seen in events, and its subscribers get access at once', async () => {
        const product = `${tag}-product`;
        const s = new SimulatedSubscriber(secret, product, { tag: 'apimap' });
        await s.send('subscription.created');
        await eventually('unmapped product listed among the first, before every mapped one', async () => {
            const products = (await admin.get('/products')).json.data as Array<{
                product_key: string;
                unmapped: boolean;
                subscribers: number;
            }>;
            const at = products.findIndex((p) => p.product_key === product);
            expect(products[at]).toMatchObject({ product_key: product, unmapped: true, subscribers: 1 });
            expect(products.slice(0, at).every((p) => p.unmapped && p.subscribers > 0)).toBe(true);
        });
        const r = await admin.call('PUT', `/products/${product}`, { template_key: 'subscriber_awakened' });
        expect(r.json).toMatchObject({ product_key: product, template_key: 'subscriber_awakened', unmapped: false });
        await eventually('access after mapping', async () =>
            expect(Object.keys(await subuserAccess(s.email))).toEqual(['frost-hub', 'frost-survival']),
        );
        expect((await admin.call('PUT', `/products/${product}`, { template_key: 'no_such_template' })).status).toBe(
            422,
        );
    });

    it('finds subscribers, shows their timeline and acts on them', async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'apisub' });
        await s.send('subscription.created');
        await eventually('access', async () => expect(Object.keys(await subuserAccess(s.email))).toHaveLength(2));

        const found = (await admin.get(`/subscribers?search=${encodeURIComponent(s.email)}`)).json as Page<{
            customer_id: string;
            servers_granted: number;
        }>;
        expect(found.data).toEqual([expect.objectContaining({ customer_id: s.customerId, servers_granted: 2 })]);
        expect((await admin.get(`/subscribers?search=${s.subscriptionId}`)).json.data[0].customer_id).toBe(
            s.customerId,
        );

        const detail = (await admin.get(`/subscribers/${s.customerId}`)).json;
        expect(detail.grants.map((g: { server_name: string }) => g.server_name).sort()).toEqual([
            'Frost Hub',
            'Frost Survival',
        ]);
        expect(detail.timeline.map((t: { kind: string }) => t.kind)).toEqual(
            expect.arrayContaining(['event', 'action']),
        );

        const suspended = await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'suspend' });
        expect(suspended.json.message).toContain('Suspended');
        expect(suspended.json.changes).toHaveLength(2);
        expect(await subuserAccess(s.email)).toEqual({});
        const afterSuspend = (await admin.get(`/subscribers/${s.customerId}`)).json;
        expect(afterSuspend.subscriber.override).toEqual({ kind: 'suspend', until: null });
        // The timeline names the admin who did it by username, not by a `user:<id>` reference.
        const [[overrider]] = await db().query<RowDataPacket[]>(
            'SELECT u.username FROM tiergate_overrides o JOIN users u ON u.id = o.created_by WHERE o.customer_id = ?',
            [s.customerId],
        );
        const byAdmin = afterSuspend.timeline.filter((t: { detail: string | null }) =>
            t.detail?.endsWith(` · by ${overrider!.username}`),
        );
        expect(byAdmin.map((t: { title: string }) => t.title).sort()).toEqual([
            'admin suspend until resumed',
            'revoke on Frost Hub',
            'revoke on Frost Survival',
        ]);
        expect(JSON.stringify(afterSuspend.timeline)).not.toContain('user:');

        const resumed = await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'resume' });
        expect(resumed.json.changes).toHaveLength(2);
        expect(Object.keys(await subuserAccess(s.email))).toHaveLength(2);

        const throttled = await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'resend_setup' });
        expect(throttled.status).toBe(422);
        expect(throttled.json.errors.action[0]).toContain('less than a minute ago');
        await db().execute('UPDATE password_resets SET created_at = created_at - INTERVAL 2 MINUTE WHERE email = ?', [
            s.email,
        ]);
        const setup = await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'resend_setup' });
        expect(setup.json.message).toContain('Setup email sent');
        expect((await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'explode' })).status).toBe(
            422,
        );
        expect(
            (await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'grant', until: '2001-01-01' }))
                .status,
        ).toBe(422);
        expect((await admin.call('POST', '/subscribers/nobody-at-all/actions', { action: 'reconcile' })).status).toBe(
            404,
        );
    });

    it('lists exactly the subscribers needing attention with attention=1, each with its last error', async () => {
        const row = async (suffix: string, attention: boolean) => {
            await db().execute(
                'INSERT INTO tiergate_subscriptions (subscription_id, customer_id, customer_email, product_key, state, ' +
                    'reason, needs_attention, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(), NOW())',
                [
                    `${tag}-sub-${suffix}`,
                    `${tag}-cus-${suffix}`,
                    `${tag}-${suffix}@example.com`,
                    'awakened',
                    'active',
                    'paid',
                    attention ? 1 : 0,
                    attention ? 'Gave up after 5 tries: Wings said no' : null,
                ],
            );
            // The search index's row for the customer id's first word, as a reconcile of these rows would write it.
            await db().execute('INSERT INTO tiergate_search_terms (customer_id, term) VALUES (?, LOWER(?))', [
                `${tag}-cus-${suffix}`,
                `${tag}-cus-${suffix}`,
            ]);
        };
        type Listed = Page<{
            customer_id: string;
            needs_attention: boolean;
            subscriptions: Array<{ last_error: string | null }>;
        }>;
        await row('flagged', true);
        await row('fine', false);
        try {
            const both = (await admin.get(`/subscribers?search=${tag}-`)).json as Listed;
            expect(both.data.map((d) => d.customer_id).sort()).toEqual([`${tag}-cus-fine`, `${tag}-cus-flagged`]);
            expect((await admin.get(`/subscribers?attention=0&search=${tag}-`)).json.data).toHaveLength(2);

            const only = (await admin.get(`/subscribers?attention=1&search=${tag}-`)).json as Listed;
            expect(only.data.map((d) => [d.customer_id, d.needs_attention])).toEqual([[`${tag}-cus-flagged`, true]]);
            expect(only.data[0]!.subscriptions[0]!.last_error).toBe('Gave up after 5 tries: Wings said no');

            // Unfiltered by search: every page together is exactly the customers the database flags.
            const [flaggedRows] = await db().query<RowDataPacket[]>(
                'SELECT DISTINCT CONVERT(customer_id USING utf8mb4) AS customer_id FROM tiergate_subscriptions WHERE needs_attention = 1',
            );
            const listed: string[] = [];
            for (let cursor: string | null = ''; cursor !== null;) {
                const page = (await admin.get(`/subscribers?attention=1${cursor ? `&cursor=${cursor}` : ''}`))
                    .json as Listed;
                expect(page.data.every((d) => d.needs_attention)).toBe(true);
                listed.push(...page.data.map((d) => d.customer_id));
                cursor = page.next_cursor;
            }
            expect(listed.sort()).toEqual(flaggedRows.map((r) => r.customer_id as string).sort());
        } finally {
            await db().execute('DELETE FROM tiergate_subscriptions WHERE subscription_id LIKE ?', [`${tag}-sub-%`]);
            await db().execute('DELETE FROM tiergate_search_terms WHERE customer_id LIKE ?', [`${tag}-cus-%`]);
        }
    });

    it('pages the provisioning log by keyset and filters it', async () => {
        const first = (await admin.get('/log?limit=5')).json;
        expect(first.data).toHaveLength(5);
        const second = (await admin.get(`/log?limit=5&cursor=${first.next_cursor}`)).json;
        expect(second.data[0].id).toBeLessThan(first.data[4].id);
        const granted = (await admin.get('/log?action=grant&outcome=ok&limit=10')).json.data;
        expect(
            granted.every((r: { action: string; outcome: string }) => r.action === 'grant' && r.outcome === 'ok'),
        ).toBe(true);
        expect(granted[0].server_name).toEqual(expect.any(String));
        expect((await admin.get('/log?cursor=abc')).status).toBe(422);
    });

    it('shows stored events with their raw body, replays one, and lists rejections', async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'apiinbox' });
        const sent = await s.send('subscription.created');
        const events = (await admin.get(`/events?customer=${s.customerId}`)).json.data;
        expect(events).toEqual([expect.objectContaining({ webhook_id: sent.id, type: 'subscription.created' })]);
        const detail = (await admin.get(`/events/${events[0].id}`)).json;
        expect(JSON.parse(detail.body).data.customer.id).toBe(s.customerId);
        expect(detail.headers['webhook-id']).toBe(sent.id);
        expect((await admin.call('POST', `/events/${events[0].id}/replay`)).json.message).toContain('Replayed');

        await fetch(WEBHOOK, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
        const rejections = (await admin.get('/rejections?limit=1')).json.data;
        expect(rejections[0]).toMatchObject({ status: 415, code: 'not_json' });
    });

    it('reads and saves settings, refuses a bad range with 422, rotates the secret once and sends a test event', async () => {
        const before = (await admin.get('/settings')).json as SettingsWire;
        expect(before).toMatchObject({ secret_configured: true, grace_days: expect.any(Number) });

        const bad = await admin.call('PATCH', '/settings', { ip_allowlist: ['not-an-ip'] });
        expect(bad.status).toBe(422);
        expect(bad.json.errors.ip_allowlist[0]).toContain('CIDR');

        const saved = await admin.call('PATCH', '/settings', { grace_days: 5, trusted_proxies: [' 10.0.0.0/8 ', ''] });
        expect(saved.json).toMatchObject({ grace_days: 5, trusted_proxies: ['10.0.0.0/8'] });
        await admin.call('PATCH', '/settings', {
            grace_days: before.grace_days,
            trusted_proxies: before.trusted_proxies,
        });

        const rotated = await admin.call('POST', '/settings/secret');
        expect(rotated.json.secret).toMatch(/^whsec_/);
        expect(rotated.json.previous_secret_until).toEqual(expect.any(String));
        expect(JSON.stringify((await admin.get('/settings')).json)).not.toContain(rotated.json.secret);

        const test = await admin.call('POST', '/settings/test-event');
        expect(test.json).toMatchObject({ status: 200, answer: { status: 'pong' } });
        artisan('tiergate:secret', `--set=${secret}`);
    });

    it('runs a full reconcile with progress to the end', async () => {
        const started = await admin.call('POST', '/reconcile');
        expect(started.status).toBe(202);
        expect(started.json.total).toBeGreaterThan(0);
        const done = await eventually(
            'the run finishes',
            async () => {
                const p = (await admin.get(`/reconcile/${started.json.run_id}`)).json;
                expect(p.finished).toBe(true);
                return p;
            },
            120_000,
        );
        expect(done.done).toBe(done.total);
        expect((await admin.get('/reconcile/not-a-run')).status).toBe(404);
    }, 130_000);
});

describe('names instead of ids, pages per thing, refused deliveries (issue 12)', () => {
    it('finds a subscriber, their log rows and their events by email or part of an id, with names on each row', async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'apinames' });
        const sent = await s.send('subscription.created');
        await eventually('access', async () => expect(Object.keys(await subuserAccess(s.email))).toHaveLength(2));
        const byEmail = (await admin.get(`/subscribers?search=${encodeURIComponent(s.email.toUpperCase())}`)).json;
        expect(byEmail.data.map((d: { customer_id: string }) => d.customer_id)).toEqual([s.customerId]);

        await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'suspend' });
        const log = (await admin.get(`/log?customer=${encodeURIComponent(s.email)}`)).json.data as Array<{
            customer_id: string;
            customer_email: string;
            server_name: string;
            actor_name: string | null;
            trigger: string;
        }>;
        expect(log.length).toBeGreaterThanOrEqual(4);
        expect(log.every((r) => r.customer_id === s.customerId && r.customer_email === s.email)).toBe(true);
        expect(log.map((r) => r.server_name).sort()).toEqual(expect.arrayContaining(['Frost Hub', 'Frost Survival']));
        const byAdmin = log.filter((r) => r.trigger === 'admin');
        expect(byAdmin.length).toBeGreaterThanOrEqual(2);
        expect(byAdmin.every((r) => r.actor_name === testbed.admin.username)).toBe(true);
        expect(log.filter((r) => r.trigger !== 'admin').every((r) => r.actor_name === null)).toBe(true);
        const onSurvival = (
            await admin.get(`/log?server=${encodeURIComponent('Frost Surv')}&customer=${s.customerId}`)
        ).json.data.map((r: { server_name: string }) => r.server_name);
        expect(onSurvival.length).toBeGreaterThanOrEqual(2);
        expect(new Set(onSurvival)).toEqual(new Set(['Frost Survival']));
        await admin.call('POST', `/subscribers/${s.customerId}/actions`, { action: 'resume' });

        const byPartOfId = (await admin.get(`/events?customer=${encodeURIComponent(sent.id.slice(0, 12))}`)).json.data;
        expect(byPartOfId.map((e: { webhook_id: string }) => e.webhook_id)).toContain(sent.id);
        const inboxByEmail = (await admin.get(`/events?customer=${encodeURIComponent(s.email)}`)).json.data;
        expect(inboxByEmail.map((e: { webhook_id: string }) => e.webhook_id)).toEqual([sent.id]);
        const partOfCustomer = s.customerId.slice(4, -2);
        const byPart = (await admin.get(`/events?customer=${encodeURIComponent(partOfCustomer)}`)).json.data;
        expect(byPart.map((e: { customer_id: string }) => e.customer_id)).toContain(s.customerId);
    });

    it('opens one template, one subscriber and one event by id, for deep links', async () => {
        const list = (await admin.get('/templates')).json.data as TemplateWire[];
        const knight = list.find((t) => t.key === 'subscriber_knight')!;
        expect((await admin.get(`/templates/${knight.id}`)).json).toEqual(knight);
        expect((await admin.get('/templates/999999')).status).toBe(404);
        const [events] = await db().execute<RowDataPacket[]>('SELECT MAX(id) AS id FROM tiergate_events');
        expect((await admin.get(`/events/${events[0]!.id}`)).json.id).toBe(Number(events[0]!.id));
    });

    it('names each product as Paymenter last did, and an ignored one stops needing attention', async () => {
        const product = `${tag}-donation`;
        const s = new SimulatedSubscriber(secret, product, { tag: 'apiignore' });
        const named = (name: string, type: 'subscription.created' | 'subscription.updated') => {
            const body = JSON.parse(s.event(type));
            body.data.subscription.product.name = name;
            return s.deliver(JSON.stringify(body));
        };
        await named('Donation (old)', 'subscription.created');
        await named('Donation ❤ 2026', 'subscription.updated');
        const find = async () =>
            ((await admin.get('/products')).json.data as Array<Record<string, unknown>>).find(
                (p) => p.product_key === product,
            )!;
        await eventually('listed with its newest name', async () =>
            expect(await find()).toMatchObject({ product_name: 'Donation ❤ 2026', unmapped: true, ignored: false }),
        );
        expect((await admin.get('/overview')).json.unmapped_products).toContain(product);

        expect((await admin.call('POST', `/products/${product}/ignore`, {})).status).toBe(422);
        const ignored = await admin.call('POST', `/products/${product}/ignore`, { reason: 'Donations grant nothing' });
        expect(ignored.json).toMatchObject({
            product_key: product,
            ignored: true,
            ignored_reason: 'Donations grant nothing',
        });
        expect((await admin.get('/overview')).json.unmapped_products).not.toContain(product);
        const products = (await admin.get('/products')).json.data as Array<{ product_key: string }>;
        expect(products.findIndex((p) => p.product_key === product)).toBeGreaterThan(-1);

        const back = await admin.call('DELETE', `/products/${product}/ignore`);
        expect(back.json).toMatchObject({ ignored: false, ignored_reason: null });
        expect((await admin.get('/overview')).json.unmapped_products).toContain(product);
        await admin.call('POST', `/products/${product}/ignore`, { reason: 'test product' });
    });

    it('filters refused deliveries by status, reason and time', async () => {
        // Refusals are stored to the second: start on a fresh one, so an earlier test's refusal is not in the window.
        await new Promise((r) => setTimeout(r, 1010 - (Date.now() % 1000)));
        const since = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
        await fetch(WEBHOOK, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
        await fetch(WEBHOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        const all = (await admin.get(`/rejections?since=${encodeURIComponent(since)}`)).json.data;
        expect(all.map((r: { status: number }) => r.status).sort()).toEqual([401, 415]);
        const only415 = (await admin.get(`/rejections?status=415&since=${encodeURIComponent(since)}`)).json.data;
        expect(only415.map((r: { code: string }) => r.code)).toEqual(['not_json']);
        const older = (await admin.get(`/rejections?until=${encodeURIComponent(since)}&limit=200`)).json.data;
        expect(older.every((r: { at: string }) => new Date(r.at) <= new Date(since))).toBe(true);
        const byReason = (await admin.get(`/rejections?reason=signature&since=${encodeURIComponent(since)}`)).json.data;
        expect(byReason.map((r: { status: number }) => r.status)).toEqual([401]);
    });

    it("keeps Paymenter's ping apart from the panel's own self-test, and saves the billing URL", async () => {
        const before = (await admin.get('/overview')).json as OverviewWire;
        const test = await admin.call('POST', '/settings/test-event');
        expect(test.json).toMatchObject({ status: 200, answer: { status: 'pong' } });
        const after = (await admin.get('/overview')).json as OverviewWire;
        expect(after.last_paymenter_ping_at).toBe(before.last_paymenter_ping_at);
        expect(after.last_self_test_at).not.toBeNull();
        expect(new Date(after.last_self_test_at!).getTime()).toBeGreaterThan(Date.now() - 60_000);

        const bad = await admin.call('PATCH', '/settings', { billing_url: 'javascript:alert(1)' });
        expect(bad.status).toBe(422);
        expect(Object.keys(bad.json.errors)).toEqual(['billing_url']);
        const saved = await admin.call('PATCH', '/settings', { billing_url: 'https://billing.example.com/' });
        expect(saved.json.billing_url).toBe('https://billing.example.com/');
        expect((await admin.call('PATCH', '/settings', { billing_url: '' })).json.billing_url).toBeNull();
    });
});
