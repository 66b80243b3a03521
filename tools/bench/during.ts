/**
 * A new subscriber's event while a full reconcile runs: a full reconcile (one job per subscriber on the `low`
 * queue, each with 20 grants to write for an account that already exists) keeps the queue worker busy while new
 * subscribers' events arrive one a second; each must reach access within 2 s (p99).
 */
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { newMessageId } from '../sim/sign';
import { db } from '../testbed/client';
import { dropCohort, newPrefix, storedCohort } from './cohorts';
import type { Figures } from './figures';
import { php } from './php-scripts';
import { summary } from './stats';
import { signedPost } from './webhook-ingress';

async function appliedCount(prefix: string): Promise<number> {
    const [[row]] = await db().query<RowDataPacket[]>(
        'SELECT COUNT(*) AS n FROM tiergate_subscriptions WHERE customer_id LIKE ?',
        [`${prefix}-cus-%`],
    );
    return Number(row!.n);
}

async function untilApplied(webhookId: string, timeoutMs: number): Promise<boolean> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
        const [rows] = await db().query<RowDataPacket[]>(
            'SELECT 1 FROM tiergate_events WHERE webhook_id = ? AND processed_at IS NOT NULL',
            [webhookId],
        );
        if (rows.length) return true;
        await new Promise((r) => setTimeout(r, 20));
    }
    return false;
}

export async function benchDuringFullReconcile(
    figures: Figures,
    secret: string,
    size: number,
    events: number,
): Promise<void> {
    const cohort = await storedCohort('during', size, 'sovereign', true);
    const newcomers = newPrefix('newcomer');
    try {
        const started = performance.now();
        php('dispatch-reconciles.php', cohort);
        const latencies: number[] = [];
        let stillRunning = 0;
        for (let i = 1; i <= events; i++) {
            const next = performance.now() + 1000;
            const id = newMessageId();
            const body = JSON.stringify(
                canonicalEvent({
                    type: 'subscription.created',
                    subscription: {
                        id: `${newcomers}-sub-${i}`,
                        status: 'active',
                        product: { id: 'awakened', slug: 'awakened' },
                        sequence: 1,
                    },
                    customer: { id: `${newcomers}-cus-${i}`, email: `${newcomers}-${i}@bench.example.com` },
                }),
            );
            const sent = performance.now();
            const r = await signedPost(secret, body, id);
            if (r.status === 202 && (await untilApplied(id, 30_000))) latencies.push(performance.now() - sent);
            if ((await appliedCount(cohort)) < size) stillRunning++;
            await new Promise((res) => setTimeout(res, Math.max(0, next - performance.now())));
        }
        while ((await appliedCount(cohort)) < size && performance.now() - started < 300_000)
            await new Promise((r) => setTimeout(r, 250));
        const total = performance.now() - started;
        const s = summary(latencies);
        figures.add(
            'during.p99',
            `a new subscriber's event → access during a full reconcile of ${size} (p99)`,
            s.p99,
            'ms',
            { kind: 'max', target: 2000 },
            `p50 ${s.p50.toFixed(0)} ms, ${latencies.length} of ${events} applied, ${stillRunning} while it was still running; the full reconcile took ${(total / 1000).toFixed(1)} s`,
        );
    } finally {
        await dropCohort(cohort);
        await dropCohort(newcomers);
    }
}
