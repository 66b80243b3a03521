/**
 * Ingest against the stack's own ceiling, in the same run and at the same concurrency:
 *  - ceiling: OPTIONS on the webhook route, which boots the panel and routes the request like any other and does no
 *    Tiergate work (the panel's own fixed cost per request on this nginx + php-fpm pool; as in the panel, its boot
 *    reads the `settings` table and the cache, see testbed/panel/README.md);
 *  - ingest: signed deliveries (unmapped product: stored and reconciled, no account made), closed loop: one event per
 *    delivery, then batches of BATCH_SIZE as Paymenter's outbox sends a backlog (each item stored as its own delivery
 *    would be; the reconciles they wake run meanwhile on the same cores);
 *  - overload: twice the ceiling offered open loop; no answer may be a 5xx other than 503 + Retry-After, and every
 *    acknowledged event must be in the inbox exactly once.
 */
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { newMessageId, sign } from '../sim/sign';
import { db, WEBHOOK } from '../testbed/client';
import type { Figures } from './figures';
import { type Answer, ceilingRequest, closedLoop, openLoop, send, statusCounts } from './load';
import { untilDrained } from './queue';
import { withReconcilesHeld } from './reconciles-held';
import { summary } from './stats';

export const INGEST_TAG = 'bench-ingest';
export const CONCURRENCY = 8;
export const BATCH_SIZE = 20;

export function unmappedEvent(n: number, run: string): string {
    return JSON.stringify(
        canonicalEvent({
            type: 'payment.succeeded',
            subscription: {
                id: `${INGEST_TAG}-${run}-sub-${n % 500}`,
                status: 'active',
                product: { id: 'bench-unmapped', slug: 'bench-unmapped' },
                sequence: n,
            },
            customer: {
                id: `${INGEST_TAG}-${run}-cus-${n % 500}`,
                email: `${INGEST_TAG}-${run}-${n % 500}@bench.example.com`,
            },
        }),
    );
}

/** One signed delivery of `body` under `id`, as Paymenter's outbox sends it. */
function signedSend(secret: string, id: string, body: string, keepBody = false): Promise<Answer> {
    const headers = {
        'content-type': 'application/json',
        accept: 'application/json',
        ...sign([secret], id, new Date(), body),
    };
    return send(WEBHOOK, { method: 'POST', headers, body }, 30_000, keepBody);
}

export async function signedPost(secret: string, body: string, id = newMessageId()): Promise<Answer & { id: string }> {
    return { ...(await signedSend(secret, id, body)), id };
}

/** One signed batch of `bodies`; the answer's `stored` lists the item ids the panel stored. */
export async function signedBatchPost(secret: string, bodies: string[]): Promise<Answer & { stored: string[] }> {
    const body = JSON.stringify({ batch: bodies.map((item) => ({ id: newMessageId(), body: item })) });
    const answer = await signedSend(secret, `batch_${newMessageId()}`, body, true);
    let results: Array<{ id: string; status: string }> = [];
    try {
        results = answer.status === 200 ? (JSON.parse(answer.body ?? '{}').results ?? []) : [];
    } catch {
        // not the batch answer: nothing counts as stored
    }
    return { ...answer, stored: results.filter((r) => r.status === 'stored').map((r) => r.id) };
}

async function storedExactlyOnce(ids: string[]): Promise<number> {
    let once = 0;
    for (let i = 0; i < ids.length; i += 5000) {
        const [rows] = await db().query<RowDataPacket[]>(
            'SELECT COUNT(*) AS c FROM tiergate_events WHERE webhook_id IN (?) GROUP BY webhook_id HAVING c = 1',
            [ids.slice(i, i + 5000)],
        );
        once += rows.length;
    }
    return once;
}

export async function benchIngest(figures: Figures, secret: string, seconds: number): Promise<{ ingestRate: number }> {
    const run = `${figures.bed}${Date.now().toString(36)}`;
    let n = 0;
    const acked: string[] = [];
    const ingestOne = async () => {
        const r = await signedPost(secret, unmappedEvent(++n, run));
        if (r.status === 202) acked.push(r.id);
        return r;
    };

    // Warm-up, not counted: php-fpm spawns its children and opcache compiles both paths.
    await closedLoop(ceilingRequest, CONCURRENCY, 1);
    await closedLoop(() => signedPost(secret, unmappedEvent(++n, `${run}-warm`)), CONCURRENCY, 1);
    const ceiling = await closedLoop(ceilingRequest, CONCURRENCY, seconds);
    const ingest = await closedLoop(ingestOne, CONCURRENCY, seconds);
    await untilDrained();
    const storeOnly = await withReconcilesHeld(seconds + 2, () => closedLoop(ingestOne, CONCURRENCY, seconds));
    await untilDrained();
    let batchStored = 0;
    const batchStarted = performance.now();
    const batches = await closedLoop(
        async () => {
            const r = await signedBatchPost(
                secret,
                Array.from({ length: BATCH_SIZE }, () => unmappedEvent(++n, run)),
            );
            batchStored += r.stored.length;
            acked.push(...r.stored);
            return r;
        },
        CONCURRENCY,
        seconds,
    );
    const batchRate = batchStored / ((performance.now() - batchStarted) / 1000);
    const ok =
        (ingest.rate * ingest.answers.filter((a) => a.status === 202).length) / Math.max(1, ingest.answers.length);
    figures.add(
        'ceiling.rps',
        'stack ceiling (OPTIONS: the panel boots, Tiergate does nothing), requests/s',
        ceiling.rate,
        '/s',
        undefined,
        `${CONCURRENCY} in flight, ${seconds} s`,
    );
    figures.add(
        'ingest.rps',
        'webhook ingest, stored events/s',
        ok,
        '/s',
        undefined,
        `statuses ${JSON.stringify(statusCounts(ingest.answers))}`,
    );
    figures.add('ingest.single_ratio', 'ingest / ceiling, one event per delivery', ok / ceiling.rate, '×');
    figures.add(
        'ingest.batch_rps',
        `webhook ingest in batches of ${BATCH_SIZE} (the outbox's backlog), stored events/s`,
        batchRate,
        '/s',
        undefined,
        `${batches.rate.toFixed(1)} deliveries/s, statuses ${JSON.stringify(statusCounts(batches.answers))}`,
    );
    figures.add('ingest.ratio', `ingest / ceiling, batches of ${BATCH_SIZE}`, batchRate / ceiling.rate, '×', {
        kind: 'min',
        target: 0.8,
    });
    figures.add(
        'ingest.store_only_ratio',
        'the same with no reconcile while it runs (queue worker stopped, inline slots held) / ceiling',
        storeOnly.rate / ceiling.rate,
        '×',
        undefined,
        `${storeOnly.rate.toFixed(1)} /s: what storing alone costs; the rest of the gap is applying the events`,
    );
    const latency = summary(ingest.answers.map((a) => a.ms));
    figures.add(
        'ingest.ack_p99',
        `ack latency p99 at ${CONCURRENCY} in flight`,
        latency.p99,
        'ms',
        undefined,
        `p50 ${latency.p50.toFixed(1)} ms`,
    );

    const offered = Math.round(2 * ceiling.rate);
    const overload = await openLoop(ingestOne, offered, seconds);
    const counts = statusCounts(overload);
    const bad = overload.filter(
        (a) => a.status === 0 || (a.status >= 500 && !(a.status === 503 && a.retryAfter)),
    ).length;
    const shed = overload.filter((a) => (a.status === 503 || a.status === 429) && a.retryAfter).length;
    figures.add(
        'overload.bad_5xx',
        `2× ceiling offered (${offered}/s for ${seconds} s): 5xx without Retry-After or no answer`,
        bad,
        'count',
        { kind: 'max', target: 0 },
        `statuses ${JSON.stringify(counts)}`,
    );
    figures.add(
        'overload.shed',
        'of which answered 503/429 + Retry-After (nothing stored; the sender retries)',
        shed,
        'count',
    );

    const once = await storedExactlyOnce(acked);
    figures.add(
        'ingest.lost_or_duplicated',
        `acknowledged events not in the inbox exactly once (of ${acked.length})`,
        acked.length - once,
        'count',
        { kind: 'max', target: 0 },
    );
    await untilDrained(); // the reconciles these events woke, before their rows go
    await db().execute('DELETE FROM tiergate_subscriptions WHERE customer_id LIKE ?', [`${INGEST_TAG}-${run}%`]);
    await db().execute('DELETE FROM tiergate_events WHERE customer_id LIKE ?', [`${INGEST_TAG}-${run}%`]);
    return { ingestRate: ok };
}
