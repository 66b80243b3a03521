import { deliver } from '../sim/send';
import { sleep } from '../testbed/processes';

export interface Delivery {
    id: string;
    body: string;
    /** A resend of an earlier delivery with the same webhook-id and bytes: it waits for the original's answer. */
    resend?: boolean;
}

export interface SendStats {
    sent: number;
    acknowledged: Set<string>;
    /** Answers by status over every attempt; 0 = no answer (connection refused, reset, timed out). */
    statuses: Map<number, number>;
    /** Resends of an acknowledged id that were not answered 200 `duplicate`. */
    badDuplicates: string[];
    /** A 4xx other than 408/429: the sender gives up, as Paymenter's outbox does. */
    refused: string[];
    /** Still not acknowledged when the deadline came. */
    abandoned: string[];
    lastAckAt: number;
}

export const newStats = (): SendStats => ({
    sent: 0,
    acknowledged: new Set(),
    statuses: new Map(),
    badDuplicates: [],
    refused: [],
    abandoned: [],
    lastAckAt: 0,
});

const retryable = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

/** Same bytes and webhook-id on every attempt, freshly signed, with a capped exponential backoff (like an outbox). */
async function sendUntilAnswered(
    url: string,
    secret: string,
    d: Delivery,
    stats: SendStats,
    source: () => string,
    deadline: number,
): Promise<void> {
    for (let attempt = 0; ; attempt++) {
        let status: number;
        let answer: unknown = null;
        try {
            const r = await deliver({
                url,
                secrets: [secret],
                body: d.body,
                id: d.id,
                headers: { 'X-Forwarded-For': source() },
                timeoutMs: 20_000,
            });
            status = r.status;
            answer = r.body;
        } catch {
            status = 0;
        }
        stats.sent += 1;
        stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
        if (status === 200 || status === 202) {
            if (d.resend && (status !== 200 || (answer as { status?: string })?.status !== 'duplicate')) {
                stats.badDuplicates.push(`${d.id}: ${status} ${JSON.stringify(answer)}`);
            }
            stats.acknowledged.add(d.id);
            stats.lastAckAt = Date.now();
            return;
        }
        if (!retryable(status)) {
            stats.refused.push(`${d.id}: ${status} ${JSON.stringify(answer).slice(0, 300)}`);
            return;
        }
        if (Date.now() > deadline) {
            stats.abandoned.push(d.id);
            return;
        }
        await sleep(Math.min(2000, 50 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
    }
}

/**
 * Sends every delivery with `concurrency` senders; resolves when each is acknowledged, refused or abandoned.
 * A resend must come after its original in `deliveries` (so no sender waits on one nobody has picked up).
 * Each source address carries about 100 requests, far under the route's 600/min limit (127.0.0.1 is a trusted proxy).
 */
export async function sendAll(
    url: string,
    secret: string,
    deliveries: Delivery[],
    concurrency: number,
    stats: SendStats,
    deadline: number,
): Promise<void> {
    let next = 0;
    // Counted over the whole run (the stats), not per call: waves follow each other within the limit's minute.
    const source = () => `198.51.100.${1 + (Math.floor(stats.sent / 100) % 250)}`;
    const originals = new Map<string, Promise<void>>();
    const worker = async () => {
        while (next < deliveries.length) {
            const d = deliveries[next++]!;
            if (d.resend) await originals.get(d.id);
            const done = sendUntilAnswered(url, secret, d, stats, source, deadline);
            if (!d.resend) originals.set(d.id, done);
            await done;
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
}
