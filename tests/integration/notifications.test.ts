import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RowDataPacket } from 'mysql2';
import { Webhook } from 'standardwebhooks';
import type { AccessChangedNotification, Notification } from '../../contract/notification';
import { validateNotification } from '../../contract/notification';
import { newSecret } from '../../tools/sim/sign';
import { artisan, closeDb, db } from '../../tools/testbed/client';
import { AdminApi } from './support/admin-client';
import { expectContractAnswer } from './support/admin-contract';
import { eventually, serverUuid } from './support/panel-state';
import { SimulatedSubscriber } from './support/subscriber';

// Outbound notifications end to end: a reconcile on the test bed → the outbox → the panel's queue worker → a real
// HTTP receiver here, which verifies each message with the `standardwebhooks` library (as a Discord bot or an n8n
// workflow would) and checks it against contract/notification.schema.json.
const secret = newSecret();
const DAY = 86_400_000;

interface Received {
    id: string;
    body: Notification;
    verified: boolean;
    verifyError?: string;
    schemaErrors: string[];
}

/** A receiver on 127.0.0.1 that can go down and come back on the same port. */
class Receiver {
    received: Received[] = [];
    secret = '';
    port = 0;
    private server: http.Server | null = null;

    get url(): string {
        return `http://127.0.0.1:${this.port}/tiergate-hook`;
    }

    async start(): Promise<void> {
        const server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on('data', (c: Buffer) => chunks.push(c));
            req.on('end', () => {
                const raw = Buffer.concat(chunks).toString('utf8');
                const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
                let verified = false;
                let verifyError: string | undefined;
                try {
                    new Webhook(this.secret).verify(raw, headers);
                    verified = true;
                } catch (e) {
                    verifyError = (e as Error).message;
                }
                const body = JSON.parse(raw) as Notification;
                if (req.url?.endsWith('?redirect')) {
                    res.writeHead(302, { location: '/tiergate-hook' }).end();
                    return;
                }
                const id = headers['webhook-id'] ?? '';
                this.received.push({
                    id,
                    body,
                    verified,
                    verifyError,
                    schemaErrors: validateNotification(body).errors,
                });
                res.writeHead(verified ? 204 : 401).end();
            });
        });
        await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
        this.port = (server.address() as AddressInfo).port;
        this.server = server;
    }

    async stop(): Promise<void> {
        const server = this.server;
        this.server = null;
        server?.closeAllConnections();
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    }

    /** The access changes received for one subscriber, in arrival order. */
    changesFor(customerId: string): Array<Received & { body: AccessChangedNotification }> {
        return this.received.filter(
            (r): r is Received & { body: AccessChangedNotification } =>
                r.body.type === 'subscriber.access_changed' && r.body.data.subscriber.id === customerId,
        );
    }
}

const receiver = new Receiver();
let api: AdminApi;

/** An admin API call whose answer is checked against contract/admin.ts. */
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const r = await api.call(method, path, body);
    expectContractAnswer(method, path, r.status, r.json);
    return r;
}

const summary = (r: { body: AccessChangedNotification }) =>
    `${r.body.data.after.state}/${r.body.data.after.cause}/${r.body.data.after.template?.key ?? '-'}`;

async function outboxRows(customerId: string): Promise<RowDataPacket[]> {
    const [rows] = await db().execute<RowDataPacket[]>(
        'SELECT id, message_id, status, attempts, last_error FROM tiergate_notifications WHERE customer_id = ? ORDER BY id',
        [customerId],
    );
    return rows;
}

/** A created event that also names the player's in-game name. */
function createdWithGameName(s: SimulatedSubscriber, name: string): string {
    const body = JSON.parse(s.event('subscription.created', { daysAgo: 1 }));
    body.data.customer.game_username = name;
    return JSON.stringify(body);
}

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    await receiver.start();
    api = await AdminApi.admin();
    const saved = await call('PUT', '/notifications', { urls: [receiver.url] });
    expect(saved.status).toBe(200);
    expect(saved.json.urls).toEqual([receiver.url]);
    const rotated = await call('POST', '/notifications/secret');
    expect(rotated.status).toBe(200);
    expect(rotated.json.secret).toMatch(/^whsec_/);
    receiver.secret = rotated.json.secret;
});

afterAll(async () => {
    await api?.call('PUT', '/notifications', { urls: [] });
    await receiver.stop();
    await closeDb();
});

it('refuses a URL that is not http(s), with the field named', async () => {
    const r = await call('PUT', '/notifications', { urls: [receiver.url, 'ftp://example.com/x'] });
    expect(r.status).toBe(422);
    expect(r.json.message).toMatch(/http/);
    expect((await call('GET', '/notifications')).json.urls).toEqual([receiver.url]);
});

it('sends a signed test notification to every URL and reports the answer, a redirect being a failure', async () => {
    const redirecting = `${receiver.url}?redirect`;
    expect((await call('PUT', '/notifications', { urls: [receiver.url, redirecting] })).status).toBe(200);
    const r = await call('POST', '/notifications/test');
    expect((await call('PUT', '/notifications', { urls: [receiver.url] })).status).toBe(200);

    expect(r.status).toBe(200);
    expect(r.json.results).toEqual([
        expect.objectContaining({ url: receiver.url, status: 204, error: null }),
        expect.objectContaining({ url: redirecting, status: 302, error: expect.stringMatching(/^HTTP 302/) }),
    ]);
    const tests = receiver.received.filter((m) => m.body.type === 'tiergate.test');
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ verified: true, schemaErrors: [] });
});

it('tells the receiver about create → upgrade → grace → suspended → paid → cancel, in order, signed and valid', async () => {
    const s = new SimulatedSubscriber(secret, 'frost-knight', { tag: 'notify' });
    const expectChanges = (n: number) =>
        eventually(`${n} notifications`, async () => expect(receiver.changesFor(s.customerId)).toHaveLength(n));

    await s.deliver(createdWithGameName(s, 'Notify_Alex'));
    await expectChanges(1);
    await s.send('subscription.updated', { product: 'frost-master' });
    await expectChanges(2);
    // The failure happened so that the 7-day grace ends 6 s from now.
    const failedAt = new Date(Date.now() - 7 * DAY + 6_000);
    await s.send('payment.failed', { at: failedAt });
    await expectChanges(3);
    await new Promise((r) => setTimeout(r, Math.max(0, failedAt.getTime() + 7 * DAY - Date.now() + 1_000)));
    artisan('tiergate:reconcile', `--subscriber=${s.customerId}`);
    await expectChanges(4);
    await s.send('payment.succeeded');
    await expectChanges(5);
    await s.send('subscription.cancelled', { status: 'cancelled' });
    await expectChanges(6);

    const changes = receiver.changesFor(s.customerId);
    expect(changes.map(summary)).toEqual([
        'active/active/subscriber_knight',
        'active/active/subscriber_master',
        'grace/payment_failed/subscriber_master',
        'suspended/suspended_by_grace/subscriber_master',
        'active/active/subscriber_master',
        'ended/cancelled/subscriber_master',
    ]);
    for (const [i, change] of changes.entries()) {
        expect(change).toMatchObject({ verified: true, schemaErrors: [] });
        expect(change.body.data.before).toEqual(i === 0 ? null : changes[i - 1]!.body.data.after);
        expect(change.body.data.subscriber).toMatchObject({ email: s.email, game_username: 'Notify_Alex' });
        expect(change.body.data.subscription).toEqual({ id: s.subscriptionId, product: expect.any(String) });
    }
    expect(new Set(changes.map((c) => c.id)).size).toBe(6);
    expect(changes[0]!.body.data.after.servers.map((x) => x.uuid)).toContain(await serverUuid('frost-hub'));
    expect(changes[3]!.body.data.after.servers).toEqual([]);
    expect(changes[5]!.body.data.after.servers).toEqual([]);

    // A reconcile that changes nothing sends nothing.
    artisan('tiergate:reconcile', `--subscriber=${s.customerId}`);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(receiver.changesFor(s.customerId)).toHaveLength(6);
}, 90_000);

it('keeps messages while the receiver is down and delivers them later, in order, under their first ids', async () => {
    const s = new SimulatedSubscriber(secret, 'fire-master', { tag: 'notify-down' });
    await s.send('subscription.created', { daysAgo: 1 });
    await eventually('the first notification', async () => expect(receiver.changesFor(s.customerId)).toHaveLength(1));

    await receiver.stop();
    await s.send('subscription.updated', { product: 'fire-knight' });
    const [failed] = await eventually('a failed try', async () => {
        const rows = await outboxRows(s.customerId);
        expect(rows[1]).toMatchObject({ status: 'pending', attempts: 1 });
        return [rows[1]!];
    });
    expect(failed!.last_error).toBeTruthy();
    await s.send('payment.failed');
    await eventually('the second message queued behind the first', async () =>
        expect((await outboxRows(s.customerId))[2]).toMatchObject({ status: 'pending', attempts: 0 }),
    );
    await receiver.start();

    await eventually('the retries', async () => expect(receiver.changesFor(s.customerId)).toHaveLength(3), 30_000);
    const changes = receiver.changesFor(s.customerId);
    expect(changes.map(summary)).toEqual([
        'active/active/subscriber_master',
        'active/active/subscriber_knight',
        'grace/payment_failed/subscriber_knight',
    ]);
    expect(changes[1]!.id).toBe(failed!.message_id);
    const rows = await outboxRows(s.customerId);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(rows[1]!.attempts).toBe(2);
    expect(changes.every((c) => c.verified && c.schemaErrors.length === 0)).toBe(true);
    const status = await call('GET', '/notifications');
    expect(status.json.destinations).toEqual([expect.objectContaining({ url: receiver.url, pending: 0, dead: 0 })]);
    expect((await call('POST', '/notifications/retry')).json).toEqual({ retried: 0 });
}, 60_000);
