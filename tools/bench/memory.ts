/**
 * The queue worker over a long run: `events` tier changes for subscribers with access (each a real reconcile in
 * the worker or the php-fpm child) and 3 full reconciles of 1,000 subscribers on the `low` queue, while its RSS is
 * sampled. Goal: it ends within 10 % of where it started.
 */
import { canonicalEvent } from '../sim/events';
import { appliedCohort, dropCohort } from './cohorts';
import type { Figures } from './figures';
import { closedLoopCount } from './load';
import { php } from './php-scripts';
import { untilDrained } from './queue';
import { signedPost } from './webhook-ingress';
import { RssSampler } from './worker-memory';

export async function benchWorkerMemory(figures: Figures, secret: string, events: number): Promise<void> {
    const cohort = await appliedCohort(1000, 'awakened', 'subscriber_awakened', 'Awakened');
    const sampler = new RssSampler().start();
    const sequence = new Map<number, number>();
    let sent = 0;
    const tierChange = () => {
        const i = (sent++ % 1000) + 1;
        const seq = (sequence.get(i) ?? 1) + 1;
        sequence.set(i, seq);
        const product = seq % 2 === 0 ? 'frost-knight' : 'awakened';
        return signedPost(
            secret,
            JSON.stringify(
                canonicalEvent({
                    type: 'subscription.updated',
                    subscription: {
                        id: `${cohort}-sub-${i}`,
                        status: 'active',
                        product: { id: product, slug: product },
                        plan: { type: 'one-time' },
                        sequence: seq,
                    },
                    customer: {
                        id: `${cohort}-cus-${i}`,
                        email: `${cohort}-${i}@bench.example.com`,
                        first_name: 'Bench',
                        last_name: `No${i}`,
                    },
                }),
            ),
        );
    };
    try {
        for (let round = 0; round < 3; round++) {
            php('dispatch-reconciles.php', cohort);
            await closedLoopCount(
                tierChange,
                4,
                round < 2 ? Math.floor(events / 3) : events - 2 * Math.floor(events / 3),
            );
        }
    } finally {
        await untilDrained(180_000);
        const rss = sampler.stop();
        figures.add(
            'worker.rss_growth',
            `queue worker RSS, end / start over ${sent.toLocaleString('en')} events + 3 full reconciles of 1,000`,
            rss.end / rss.start,
            '×',
            { kind: 'max', target: 1.1 },
            `start ${rss.start.toFixed(1)} MB, peak ${rss.peak.toFixed(1)} MB, end ${rss.end.toFixed(1)} MB${rss.restarts ? `, the worker restarted ${rss.restarts}×` : ''}`,
        );
        await dropCohort(cohort);
    }
}
