import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { RowDataPacket } from 'mysql2';
import { newSecret } from '../../tools/sim/sign';
import {
    eventually,
    expectedAccess,
    manualUserOnFireHub,
    panelUser,
    serverUuid,
    setWingsDown,
    subscriptionRow,
    subuserAccess,
    subuserRow,
    tierPermissions,
    TIER_SERVERS,
    wingsCalls,
} from './support/panel-state';
import { SimulatedSubscriber } from './support/subscriber';
import { artisan, closeDb, db } from '../../tools/testbed/client';

// The lifecycle engine end to end on the test bed: signed events → inbox → the panel's queue worker →
// the panel's own `users` and `subusers` tables and the Wings double's recorded calls.
const secret = newSecret();
const DAY = 86_400_000;

const sovereignServerTag = `future-${process.pid}-${Date.now().toString(36)}`;

beforeAll(() => {
    artisan('tiergate:secret', `--set=${secret}`);
});
afterAll(async () => {
    await setWingsDown(false);
    // The server added for the Sovereign test would widen node-based tiers on the next run.
    await db().execute('DELETE FROM servers WHERE external_id = ?', [sovereignServerTag]);
    await closeDb();
});

const jti = (userId: number, uuid: string) => crypto.createHash('md5').update(`${userId}${uuid}`).digest('hex');

async function manualSubuser() {
    const [rows] = await db().execute<RowDataPacket[]>(
        "SELECT su.id, su.permissions, su.updated_at FROM subusers su JOIN users u ON u.id = su.user_id JOIN servers s ON s.id = su.server_id WHERE u.username = 'player' AND s.external_id = 'fire-hub'",
    );
    return rows;
}

describe('five subscriptions through the whole lifecycle', () => {
    const paths: Array<[string, string, string, string]> = [
        // product bought, tier, product after the tier change, its tier
        ['awakened', 'Awakened', 'frost-elemental', 'Elemental'],
        ['fire-knight', 'Knight', 'fire-legend', 'Legend'],
        ['frost-master', 'Master', 'frost-knight', 'Knight'],
        ['frost-elemental', 'Elemental', 'frost-master', 'Master'],
        ['fire-legend', 'Legend', 'fire-elemental', 'Elemental'],
    ];
    const subscribers = paths.map(([product]) => new SimulatedSubscriber(secret, product, { tag: 'five' }));
    let manualBefore: RowDataPacket[] = [];

    beforeAll(async () => {
        manualBefore = await manualSubuser();
        expect(manualBefore).toHaveLength(1);
    });

    it('creates each account and grants exactly its tier', async () => {
        await Promise.all(subscribers.map((s) => s.send('subscription.created', { daysAgo: 10 })));
        for (const [i, s] of subscribers.entries()) {
            await eventually(`${paths[i]![1]} access`, async () =>
                expect(await subuserAccess(s.email)).toEqual(expectedAccess(paths[i]![1])),
            );
            const user = await panelUser(s.email);
            expect(user).toMatchObject({ external_id: `paymenter:${s.customerId}`, root_admin: 0 });
            expect(user!.username).toMatch(/^[a-z0-9][\w.-]+[a-z0-9]$/);
        }
    });

    it('moves each one to its new tier on a product change, revoking tokens where access shrank or changed', async () => {
        await execFileSync('curl', ['-s', '-X', 'DELETE', 'http://127.0.0.1:8081/__double/calls']);
        await Promise.all(
            subscribers.map((s, i) => s.send('subscription.updated', { product: paths[i]![2], daysAgo: 9 })),
        );
        for (const [i, s] of subscribers.entries()) {
            await eventually(`${paths[i]![3]} access`, async () =>
                expect(await subuserAccess(s.email)).toEqual(expectedAccess(paths[i]![3])),
            );
        }
        // Knight → Legend only adds servers and permissions elsewhere, but changed sets still mean revoked tokens.
        const calls = await wingsCalls();
        const legendUser = await panelUser(subscribers[4]!.email); // Legend → Elemental loses Fire Path and Beta
        const lost = TIER_SERVERS.Legend!.filter((s) => !TIER_SERVERS.Elemental!.includes(s));
        for (const server of lost) {
            const uuid = await serverUuid(server);
            expect(calls).toContainEqual(
                expect.objectContaining({
                    path: `/api/servers/${uuid}/ws/deny`,
                    body: { jtis: [jti(legendUser!.id, uuid)] },
                }),
            );
        }
    });

    it('keeps access through the grace period after a failed payment', async () => {
        // The failure happened so that the 7-day grace ends 75 s from now: the scheduler must act within a minute of that.
        const failedAt = new Date(Date.now() - 7 * DAY + 75_000);
        await Promise.all(subscribers.map((s) => s.send('payment.failed', { at: failedAt })));
        for (const [i, s] of subscribers.entries()) {
            await eventually('grace', async () =>
                expect(await subscriptionRow(s.subscriptionId)).toMatchObject({ state: 'grace' }),
            );
            expect(await subuserAccess(s.email)).toEqual(expectedAccess(paths[i]![3]));
        }
    });

    it('suspends when grace runs out, within a minute, and keeps the account', async () => {
        for (const s of subscribers) {
            await eventually(
                'suspension by the scheduler',
                async () => {
                    expect(await subscriptionRow(s.subscriptionId)).toMatchObject({ state: 'suspended' });
                    expect(await subuserAccess(s.email)).toEqual({});
                },
                150_000,
            );
            expect(await panelUser(s.email)).toBeDefined();
        }
    }, 200_000);

    it('restores the tier when the customer pays', async () => {
        await Promise.all(subscribers.map((s) => s.send('payment.succeeded')));
        for (const [i, s] of subscribers.entries()) {
            await eventually('restored access', async () =>
                expect(await subuserAccess(s.email)).toEqual(expectedAccess(paths[i]![3])),
            );
        }
    });

    it('removes access on cancellation', async () => {
        await Promise.all(subscribers.map((s) => s.send('subscription.cancelled', { status: 'cancelled' })));
        for (const s of subscribers) {
            await eventually('removed access', async () => expect(await subuserAccess(s.email)).toEqual({}));
            expect(await subscriptionRow(s.subscriptionId)).toMatchObject({ state: 'ended' });
        }
    });

    it('never touched the subuser row somebody added by hand', async () => {
        expect(await manualSubuser()).toEqual(manualBefore);
    });
});

describe('ordering, duplicates and configuration', () => {
    it('ends in the same place whatever order and however often events arrive', async () => {
        const s = new SimulatedSubscriber(secret, 'frost-knight', { tag: 'shuffle' });
        const events = [
            s.event('subscription.created', { daysAgo: 5 }),
            s.event('subscription.suspended', { status: 'suspended', daysAgo: 4 }),
            s.event('subscription.unsuspended', { status: 'active', daysAgo: 3 }),
            s.event('subscription.updated', { product: 'frost-master', daysAgo: 2 }),
        ].map((body) => ({ body, id: `msg_${crypto.randomBytes(8).toString('hex')}` }));
        const deliveries = [events[3]!, events[1]!, events[3]!, events[0]!, events[2]!, events[1]!];
        for (const d of deliveries) await s.deliver(d.body, d.id);

        await eventually('Master access', async () =>
            expect(await subuserAccess(s.email)).toEqual(expectedAccess('Master')),
        );
        const [rows] = await db().execute<RowDataPacket[]>(
            'SELECT COUNT(*) AS n FROM tiergate_events WHERE subscription_id = ?',
            [s.subscriptionId],
        );
        expect(rows[0]!.n).toBe(4);
    });

    it('shows an unmapped product, grants nothing, and applies it once mapped', async () => {
        const product = `mystery-${process.pid}-${Date.now().toString(36)}`;
        const s = new SimulatedSubscriber(secret, product, { tag: 'unmapped' });
        await s.send('subscription.created');
        await eventually('the subscription row', async () =>
            expect(await subscriptionRow(s.subscriptionId)).toMatchObject({
                template_key: null,
                reason: expect.stringContaining('unmapped'),
            }),
        );
        expect(await subuserAccess(s.email)).toEqual({});

        const file = `/tmp/tiergate-map-${product}.json`;
        fs.writeFileSync(file, JSON.stringify({ products: { [product]: 'subscriber_awakened' } }));
        artisan('tiergate:import', file);
        await eventually('Awakened access after mapping', async () =>
            expect(await subuserAccess(s.email)).toEqual(expectedAccess('Awakened')),
        );
    });

    it("follows the customer's new email onto the account Tiergate created", async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'email' });
        await s.send('subscription.created');
        await eventually('account', async () => expect(await panelUser(s.email)).toBeDefined());
        const id = (await panelUser(s.email))!.id;
        const newEmail = `renamed-${s.email}`;
        await s.send('subscription.updated', { email: newEmail });
        await eventually('email follows', async () => expect((await panelUser(newEmail))?.id).toBe(id));
    });

    it('lets an admin suspend and resume a subscriber by hand', async () => {
        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'override' });
        await s.send('subscription.created');
        await eventually('access', async () =>
            expect(await subuserAccess(s.email)).toEqual(expectedAccess('Awakened')),
        );
        artisan('tiergate:suspend', s.customerId);
        expect(await subuserAccess(s.email)).toEqual({});
        artisan('tiergate:resume', s.customerId);
        expect(await subuserAccess(s.email)).toEqual(expectedAccess('Awakened'));
    });
});

describe('what Tiergate does not own, and what fails', () => {
    it('links an existing account by email, leaves its own subuser row alone and flags the conflict', async () => {
        const manual = await manualUserOnFireHub(`manual${process.pid}${Date.now().toString(36)}`);
        const before = await subuserRow(manual.subuserId);
        const s = new SimulatedSubscriber(secret, 'fire-knight', {
            tag: 'conflict',
            email: manual.email.toUpperCase(),
        });
        await s.send('subscription.created');
        const expected = { ...expectedAccess('Knight'), 'fire-hub': ['control.console', 'websocket.connect'] };
        await eventually('Knight access beside the manual row', async () =>
            expect(await subuserAccess(manual.email)).toEqual(expected),
        );
        expect(await subuserRow(manual.subuserId)).toEqual(before);
        expect(await subscriptionRow(s.subscriptionId)).toMatchObject({ needs_attention: 1 });
        const [log] = await db().execute<RowDataPacket[]>(
            "SELECT * FROM tiergate_log WHERE customer_id = ? AND outcome = 'conflict'",
            [s.customerId],
        );
        expect(log).toHaveLength(1);
        expect((await panelUser(manual.email))!.external_id).toBeNull();

        await s.send('subscription.terminated', { status: 'cancelled' });
        await eventually('only the manual row is left', async () =>
            expect(await subuserAccess(manual.email)).toEqual({ 'fire-hub': ['control.console', 'websocket.connect'] }),
        );
        expect(await subuserRow(manual.subuserId)).toEqual(before);
        expect(await panelUser(manual.email)).toBeDefined();
    });

    it('never hands one customer an account already linked to another', async () => {
        const first = new SimulatedSubscriber(secret, 'awakened', { tag: 'owner' });
        await first.send('subscription.created');
        await eventually('first customer access', async () =>
            expect(await subuserAccess(first.email)).toEqual(expectedAccess('Awakened')),
        );
        const second = new SimulatedSubscriber(secret, 'fire-legend', { tag: 'intruder', email: first.email });
        await second.send('subscription.created');
        await eventually('the conflict is flagged', async () =>
            expect(await subscriptionRow(second.subscriptionId)).toMatchObject({ needs_attention: 1 }),
        );
        expect(await subuserAccess(first.email)).toEqual(expectedAccess('Awakened'));
    });

    it('records a token revocation Wings could not take as pending, never as a failed change, and retries it', async () => {
        const s = new SimulatedSubscriber(secret, 'fire-legend', { tag: 'wingsdown' });
        await s.send('subscription.created');
        await eventually('Legend access', async () =>
            expect(await subuserAccess(s.email)).toEqual(expectedAccess('Legend')),
        );

        await setWingsDown(true);
        try {
            await s.send('subscription.updated', { product: 'awakened' });
            await eventually('Awakened access while Wings is down', async () =>
                expect(await subuserAccess(s.email)).toEqual(expectedAccess('Awakened')),
            );
            const user = await panelUser(s.email);
            const [pending] = await db().execute<RowDataPacket[]>(
                'SELECT COUNT(*) AS n FROM tiergate_grants WHERE user_id = ? AND revocation_pending = 1',
                [user!.id],
            );
            expect(pending[0]!.n).toBe(12);
            const [failed] = await db().execute<RowDataPacket[]>(
                "SELECT COUNT(*) AS n FROM tiergate_log WHERE customer_id = ? AND outcome = 'failed'",
                [s.customerId],
            );
            expect(failed[0]!.n).toBe(0);
        } finally {
            await setWingsDown(false);
        }

        artisan('tiergate:reconcile', `--subscriber=${s.customerId}`);
        const user = await panelUser(s.email);
        const [left] = await db().execute<RowDataPacket[]>(
            'SELECT COUNT(*) AS n FROM tiergate_grants WHERE user_id = ? AND revocation_pending = 1',
            [user!.id],
        );
        expect(left[0]!.n).toBe(0);
        const calls = await wingsCalls();
        const uuid = await serverUuid('beta-lab');
        expect(calls).toContainEqual(
            expect.objectContaining({ path: `/api/servers/${uuid}/ws/deny`, body: { jtis: [jti(user!.id, uuid)] } }),
        );
    });

    it('gives Sovereign a server created later, and Legend not', async () => {
        const sovereign = new SimulatedSubscriber(secret, 'sovereign', { tag: 'sovereign', plan: 'one-time' });
        const legend = new SimulatedSubscriber(secret, 'frost-legend', { tag: 'legend' });
        await sovereign.send('subscription.created');
        await legend.send('subscription.created');
        await eventually('Sovereign access', async () =>
            expect(await subuserAccess(sovereign.email)).toEqual(expectedAccess('Sovereign')),
        );

        execFileSync('runuser', [
            '-u',
            'www-data',
            '--',
            'php',
            '.testbed/panel/artisan',
            'testbed:add-server',
            sovereignServerTag,
            'Frost Winter Event',
            '--node=NC1 Charlotte',
        ]);
        // What the scheduled full reconcile does for everyone, here for these two.
        artisan('tiergate:reconcile', `--subscriber=${sovereign.customerId}`);
        artisan('tiergate:reconcile', `--subscriber=${legend.customerId}`);
        expect(await subuserAccess(sovereign.email)).toEqual({
            ...expectedAccess('Sovereign'),
            [sovereignServerTag]: tierPermissions('Sovereign'),
        });
        expect(await subuserAccess(legend.email)).toEqual(expectedAccess('Legend'));
    });
});
