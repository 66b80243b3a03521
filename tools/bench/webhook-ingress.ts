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
 * Each phase runs twice on each bed, the beds in turns (empty, seeded, seeded, empty), before the next one starts;
 * rates are the mean of the two windows.
 */
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { newMessageId, sign } from '../sim/sign';
import { db, WEBHOOK } from '../testbed/client';
import { inTurns, useBed } from './beds';
import type { Bed, Figures } from './figures';
import { type Answer, ceilingRequest, closedLoop, openLoop, send, statusCounts } from './load';
import { untilDrained } from './queue';
import { withReconcilesHeld } from './reconciles-held';
import { settle } from './seed';
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

/** One bed's deliveries: their run tag, numbering and the ids the panel acknowledged. */
class IngestRun {
    readonly run: string;
    private n = 0;
    readonly acked: string[] = [];

    constructor(
        readonly bed: Bed,
        private secret: string,
    ) {
        this.run = `${bed}${Date.now().toString(36)}`;
    }

    readonly one = async () => {
        const r = await signedPost(this.secret, unmappedEvent(++this.n, this.run));
        if (r.status === 202) this.acked.push(r.id);
        return r;
    };

    readonly batch = async () => {
        const r = await signedBatchPost(
            this.secret,
            Array.from({ length: BATCH_SIZE }, () => unmappedEvent(++this.n, this.run)),
        );
        this.acked.push(...r.stored);
        return r;
    };

    /** Not counted: after a switch of beds php-fpm's children are new and opcache compiles both paths. */
    async warm(): Promise<void> {
        await closedLoop(ceilingRequest, CONCURRENCY, 1);
        await closedLoop(this.one, CONCURRENCY, 1);
    }
}

/**
 * Each phase on every bed in turn (beds.ts `inTurns`), so a bed's figures are compared with the other's measured
 * seconds apart. The stored events/s of one event per delivery, by bed: the latency part's saturation rate.
 */
export async function benchIngest(
    figures: Figures,
    secret: string,
    seconds: number,
    beds: readonly Bed[],
): Promise<Map<Bed, number>> {
    const runs = new Map(beds.map((bed) => [bed, new IngestRun(bed, secret)]));
    // Each phase four times on each bed (empty, seeded, seeded, empty, …) in windows half as long: a window's rate
    // swings with the machine by more than 10 % within a minute, so the beds alternate as often as a switch allows.
    const window = Math.max(2, seconds / 2);
    const phase = async <T>(work: (r: IngestRun) => Promise<T>, merge: (results: T[]) => T) => {
        const results = await inTurns(beds, ROUNDS, async (bed) => {
            const r = runs.get(bed)!;
            await r.warm();
            return work(r); // inTurns drains the queues before the next run
        });
        return new Map([...results].map(([bed, all]) => [bed, merge(all)]));
    };
    const ceiling = await phase(() => closedLoop(ceilingRequest, CONCURRENCY, window), loops);
    const ingest = await phase((r) => closedLoop(r.one, CONCURRENCY, window), loops);
    const storeOnly = await phase(
        (r) => withReconcilesHeld(window + 2, () => closedLoop(r.one, CONCURRENCY, window)),
        loops,
    );
    const batches = await phase(
        async (r) => {
            const before = r.acked.length;
            const started = performance.now();
            const loop = await closedLoop(r.batch, CONCURRENCY, window);
            return { loop, rate: (r.acked.length - before) / ((performance.now() - started) / 1000) };
        },
        (all) => ({ loop: loops(all.map((b) => b.loop)), rate: mean(all.map((b) => b.rate)) }),
    );
    const overload = await phase(
        (r) => openLoop(r.one, Math.round(2 * ceiling.get(r.bed)!.rate), window),
        (all) => all.flat(),
    );
    return ingestFigures(figures, window, runs, { ceiling, ingest, storeOnly, batches, overload });
}

const ROUNDS = 4;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
/** Windows of the same length: their mean rate, and every answer. */
const loops = (all: Loop[]): Loop => ({ rate: mean(all.map((l) => l.rate)), answers: all.flatMap((l) => l.answers) });

type Loop = Awaited<ReturnType<typeof closedLoop>>;

interface Phases {
    ceiling: Map<Bed, Loop>;
    ingest: Map<Bed, Loop>;
    storeOnly: Map<Bed, Loop>;
    batches: Map<Bed, { loop: Loop; rate: number }>;
    overload: Map<Bed, Answer[]>;
}

async function ingestFigures(
    figures: Figures,
    seconds: number,
    runs: Map<Bed, IngestRun>,
    phases: Phases,
): Promise<Map<Bed, number>> {
    const rates = new Map<Bed, number>();
    for (const [bed, r] of runs) {
        await useBed(bed);
        figures.bed = bed;
        const ceiling = phases.ceiling.get(bed)!;
        const ingest = phases.ingest.get(bed)!;
        const storeOnly = phases.storeOnly.get(bed)!;
        const batches = phases.batches.get(bed)!;
        const overload = phases.overload.get(bed)!;
        const ok =
            (ingest.rate * ingest.answers.filter((a) => a.status === 202).length) / Math.max(1, ingest.answers.length);
        rates.set(bed, ok);
        figures.add(
            'ceiling.rps',
            'stack ceiling (OPTIONS: the panel boots, Tiergate does nothing), requests/s',
            ceiling.rate,
            '/s',
            undefined,
            `${CONCURRENCY} in flight, ${ROUNDS} × ${seconds} s`,
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
            batches.rate,
            '/s',
            undefined,
            `${batches.loop.rate.toFixed(1)} deliveries/s, statuses ${JSON.stringify(statusCounts(batches.loop.answers))}`,
        );
        figures.add('ingest.ratio', `ingest / ceiling, batches of ${BATCH_SIZE}`, batches.rate / ceiling.rate, '×', {
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
        const bad = overload.filter(
            (a) => a.status === 0 || (a.status >= 500 && !(a.status === 503 && a.retryAfter)),
        ).length;
        figures.add(
            'overload.bad_5xx',
            `2× ceiling offered (${offered}/s for ${ROUNDS} × ${seconds} s): 5xx without Retry-After or no answer`,
            bad,
            'count',
            { kind: 'max', target: 0 },
            `statuses ${JSON.stringify(statusCounts(overload))}`,
        );
        figures.add(
            'overload.shed',
            'of which answered 503/429 + Retry-After (nothing stored; the sender retries)',
            overload.filter((a) => (a.status === 503 || a.status === 429) && a.retryAfter).length,
            'count',
        );
        const once = await storedExactlyOnce(r.acked);
        figures.add(
            'ingest.lost_or_duplicated',
            `acknowledged events not in the inbox exactly once (of ${r.acked.length})`,
            r.acked.length - once,
            'count',
            { kind: 'max', target: 0 },
        );
        await untilDrained(); // the reconciles these events woke, before their rows go
        await db().execute('DELETE FROM tiergate_subscriptions WHERE customer_id LIKE ?', [`${INGEST_TAG}-${r.run}%`]);
        await db().execute('DELETE FROM tiergate_events WHERE customer_id LIKE ?', [`${INGEST_TAG}-${r.run}%`]);
        await settle(() => undefined); // its thousands of rows deleted: the purge and flush done before the next part
    }
    return rates;
}
