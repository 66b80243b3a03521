/**
 * Ack latency of the webhook route at 50, 100 and 300 events/s (open loop: requests leave on schedule whether
 * or not earlier ones have been answered), sustained throughput (closed loop, 32 in flight), and a check that
 * every acknowledged event is in the inbox exactly once. Through nginx + php-fpm on the test bed.
 */
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { deliver } from '../sim/send';
import { newSecret } from '../sim/sign';
import { artisan, db, setSetting, WEBHOOK } from '../testbed/client';
import { ms, summary } from './stats';

const tag = `bench-${Date.now().toString(36)}`;
let n = 0;

function body(): string {
    n += 1;
    const subscription = `${tag}-sub-${n % 500}`;
    return JSON.stringify(
        canonicalEvent({
            type: 'payment.succeeded',
            subscription: {
                id: subscription,
                status: 'active',
                product: { id: 'bench-unmapped', slug: 'bench-unmapped' },
                sequence: n,
            },
            customer: { id: `${tag}-cus-${n % 500}`, email: `${tag}-${n % 500}@bench.example.com` },
        }),
    );
}

async function openLoop(secret: string, rate: number, seconds: number, acked: string[]) {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const total = rate * seconds;
    const started = performance.now();
    const inflight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
        const due = started + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inflight.push(
            deliver({ url: WEBHOOK, secrets: [secret], body: body() }).then((r) => {
                latencies.push(r.ms);
                statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
                if (r.status === 202) acked.push(r.id);
            }),
        );
    }
    await Promise.all(inflight);
    return { ...summary(latencies), statuses: Object.fromEntries(statuses) };
}

async function closedLoop(secret: string, concurrency: number, seconds: number, acked: string[]) {
    const until = performance.now() + seconds * 1000;
    let done = 0;
    const worker = async () => {
        while (performance.now() < until) {
            const r = await deliver({ url: WEBHOOK, secrets: [secret], body: body() });
            if (r.status === 202) acked.push(r.id);
            done += 1;
        }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return done / ((performance.now() - started) / 1000);
}

export async function benchWebhookIngress(): Promise<void> {
    const secret = newSecret();
    artisan('tiergate:secret', `--set=${secret}`);
    await setSetting('rate_limit_per_minute', 1_000_000);
    const acked: string[] = [];
    try {
        console.log('webhook ingress (ack = stored and committed), 10 s per rate:');
        for (const rate of [50, 100, 300]) {
            const r = await openLoop(secret, rate, 10, acked);
            console.log(
                `  ${String(rate).padStart(3)} events/s: p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  (${r.n} sent, statuses ${JSON.stringify(r.statuses)})`,
            );
        }
        const throughput = await closedLoop(secret, 32, 10, acked);
        console.log(`  sustained throughput, 32 in flight: ${throughput.toFixed(0)} events/s`);

        const [rows] = await db().query<RowDataPacket[]>(
            'SELECT webhook_id, COUNT(*) AS c FROM tiergate_events WHERE webhook_id IN (?) GROUP BY webhook_id',
            [acked],
        );
        const once = rows.filter((r) => Number(r.c) === 1).length;
        console.log(
            `  acknowledged ${acked.length}, in the inbox exactly once: ${once}${once === acked.length ? ' (all)' : '  MISSING OR DUPLICATED!'}`,
        );
        if (once !== acked.length) process.exitCode = 1;
    } finally {
        await setSetting('rate_limit_per_minute', null);
        await db().execute('DELETE FROM tiergate_subscriptions WHERE customer_id LIKE ?', [`${tag}-%`]);
        await db().execute('DELETE FROM tiergate_events WHERE customer_id LIKE ?', [`${tag}-%`]);
    }
}
