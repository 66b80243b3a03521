/** Load shapes over loopback: closed loop (N in flight) and open loop (requests leave on schedule). */
import { panelUrl } from '../testbed/config';

export interface Answer {
    status: number; // 0: no answer (connection error or timeout)
    ms: number;
    retryAfter: string | null;
    error?: string; // why there was no answer: the error's code (ECONNRESET, …) or name (TimeoutError)
    body?: string; // the answer's text, when asked for
}

/** One request that never throws: a lost connection is an answer with status 0. */
export async function send(url: string, init: RequestInit, timeoutMs = 30_000, keepBody = false): Promise<Answer> {
    const started = performance.now();
    try {
        const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const body = keepBody ? await res.text() : (await res.arrayBuffer(), undefined);
        return {
            status: res.status,
            ms: performance.now() - started,
            retryAfter: res.headers.get('retry-after'),
            body,
        };
    } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause;
        return {
            status: 0,
            ms: performance.now() - started,
            retryAfter: null,
            error: cause?.code ?? (err instanceof Error ? err.name : String(err)),
        };
    }
}

export const ceilingRequest = (): Promise<Answer> =>
    send(`${panelUrl()}/extensions/tiergate/webhook`, { method: 'OPTIONS' });

/** Requests per second with `concurrency` always in flight, over `seconds`. */
export async function closedLoop(
    request: () => Promise<Answer>,
    concurrency: number,
    seconds: number,
): Promise<{ rate: number; answers: Answer[] }> {
    const answers: Answer[] = [];
    const until = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            while (performance.now() < until) answers.push(await request());
        }),
    );
    return { rate: answers.length / ((performance.now() - started) / 1000), answers };
}

/** `rate` requests per second for `seconds`, each leaving on schedule whether or not earlier ones were answered. */
export async function openLoop(request: () => Promise<Answer>, rate: number, seconds: number): Promise<Answer[]> {
    const pending: Promise<Answer>[] = [];
    const started = performance.now();
    for (let i = 0; i < Math.round(rate * seconds); i++) {
        const wait = started + (i * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        pending.push(request());
    }
    return Promise.all(pending);
}

/** Answers by status; no answer counts under its error, as `0 ECONNRESET`. */
export function statusCounts(answers: Answer[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const a of answers) {
        const key = a.status === 0 ? `0 ${a.error ?? '?'}` : String(a.status);
        counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
}

/** `count` requests with `concurrency` in flight. */
export async function closedLoopCount(
    request: () => Promise<Answer>,
    concurrency: number,
    count: number,
): Promise<Answer[]> {
    const answers: Answer[] = [];
    let issued = 0;
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            while (issued < count) {
                issued++;
                answers.push(await request());
            }
        }),
    );
    return answers;
}
