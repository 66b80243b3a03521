import crypto from 'node:crypto';
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../../tools/sim/events';
import { deliver } from '../../tools/sim/send';
import { newSecret } from '../../tools/sim/sign';
import { artisan, closeDb, db, WEBHOOK } from '../../tools/testbed/client';
import { eventually, expectedAccess, panelUser, subuserAccess } from './support/panel-state';

// Ids are bytes, end to end: through nginx, the signed webhook, the inbox, the queue worker and the panel's own
// tables, two ids the database's default collation would call equal (letter case, a trailing space, NFC vs NFD)
// must stay two customers with two accounts, and two webhook ids differing in case must be two stored events.
const secret = newSecret();
const tag = `id${process.pid}${Date.now().toString(36)}`;

beforeAll(() => {
    artisan('tiergate:secret', `--set=${secret}`);
});
afterAll(closeDb);

interface Subscriber {
    customerId: string;
    subscriptionId: string;
    email: string;
    product: string;
    tier: string;
}

function createdEvent(s: Subscriber): string {
    return JSON.stringify(
        canonicalEvent({
            type: 'subscription.created',
            timestamp: new Date(Date.now() - 60_000),
            subscription: {
                id: s.subscriptionId,
                status: 'active',
                product: { id: s.product, slug: s.product },
                plan: { type: 'recurring' },
                sequence: 1,
            },
            customer: { id: s.customerId, email: s.email, first_name: 'Ident', last_name: 'Ity' },
        }),
    );
}

async function send(body: string, id: string): Promise<number> {
    const r = await deliver({ url: WEBHOOK, secrets: [secret], body, id });
    return r.status;
}

const accountIds = (customerId: string) => [
    `paymenter:${customerId}`,
    `paymenter:sha256:${crypto.createHash('sha256').update(customerId, 'utf8').digest('hex')}`,
];

async function expectOwnAccount(s: Subscriber): Promise<RowDataPacket> {
    await eventually(`${s.tier} access for ${JSON.stringify(s.customerId)}`, async () =>
        expect(await subuserAccess(s.email)).toEqual(expectedAccess(s.tier)),
    );
    const user = await panelUser(s.email);
    expect(user).toBeDefined();
    expect(String(user!.email).toLowerCase()).toBe(s.email);
    expect(accountIds(s.customerId)).toContain(user!.external_id);
    return user!;
}

const pairs: Array<[string, string, string]> = [
    ['letter case', `Cus-${tag}-Case`, `cus-${tag}-case`],
    ['a trailing space', `cus-${tag}-space`, `cus-${tag}-space `],
    ['NFC vs NFD', `cus-${tag}-caf\u00e9`, `cus-${tag}-cafe\u0301`],
];

describe.each(pairs)('two customer ids differing only by %s', (what, first, second) => {
    const label = what.replace(/\W+/g, '-').toLowerCase(); // the panel stores emails lowercased
    const a: Subscriber = {
        customerId: first,
        subscriptionId: first.replace('cus-', 'sub-').replace('Cus-', 'Sub-'),
        email: `${tag}-${label}-a@identity.example.com`,
        product: 'awakened',
        tier: 'Awakened',
    };
    const b: Subscriber = {
        customerId: second,
        subscriptionId: second.replace('cus-', 'sub-'),
        email: `${tag}-${label}-b@identity.example.com`,
        product: 'frost-knight',
        tier: 'Knight',
    };

    it('are two subscribers with two panel accounts, each with its own email and its own access', async () => {
        expect(a.customerId.toLowerCase().normalize('NFC').trim()).toBe(
            b.customerId.toLowerCase().normalize('NFC').trim(),
        );
        expect(await send(createdEvent(a), `msg_${tag}_${label}_a`)).toBe(202);
        expect(await send(createdEvent(b), `msg_${tag}_${label}_b`)).toBe(202);

        const userA = await expectOwnAccount(a);
        const userB = await expectOwnAccount(b);
        expect(userA.id).not.toBe(userB.id);
        expect(userA.external_id).not.toBe(userB.external_id);

        const [subscriptions] = await db().execute<RowDataPacket[]>(
            'SELECT subscription_id, customer_id FROM tiergate_subscriptions WHERE subscription_id IN (?, ?)',
            [Buffer.from(a.subscriptionId, 'utf8'), Buffer.from(b.subscriptionId, 'utf8')],
        );
        const stored = subscriptions
            .map((r) => [Buffer.from(r.subscription_id).toString('utf8'), Buffer.from(r.customer_id).toString('utf8')])
            .sort();
        expect(stored).toEqual(
            [
                [a.subscriptionId, a.customerId],
                [b.subscriptionId, b.customerId],
            ].sort(),
        );
    });
});

describe('two webhook ids differing only in letter case', () => {
    it('are two stored events (202 each, not 409 id_reused)', async () => {
        const s = (n: string): Subscriber => ({
            customerId: `cus-${tag}-hook-${n}`,
            subscriptionId: `sub-${tag}-hook-${n}`,
            email: `${tag}-hook-${n}@identity.example.com`,
            product: 'awakened',
            tier: 'Awakened',
        });
        const upper = `msg_${tag}_HookCase`;
        const lower = upper.toLowerCase();
        expect(await send(createdEvent(s('1')), upper)).toBe(202);
        expect(await send(createdEvent(s('2')), lower)).toBe(202);

        const [rows] = await db().execute<RowDataPacket[]>(
            'SELECT webhook_id FROM tiergate_events WHERE webhook_id IN (?, ?)',
            [Buffer.from(upper), Buffer.from(lower)],
        );
        expect(rows.map((r) => Buffer.from(r.webhook_id).toString('utf8')).sort()).toEqual([upper, lower].sort());
        await expectOwnAccount(s('1'));
        await expectOwnAccount(s('2'));
    });
});
