/** The panel's Redis queues (`high`, `standard`, `low`), so one part's leftover jobs do not weigh on the next. */
import { execFileSync } from 'node:child_process';

const PREFIX = 'pterodactyl_database_queues:';

export function queuedJobs(): number {
    return ['high', 'standard', 'low'].reduce(
        (n, q) => n + Number(execFileSync('redis-cli', ['LLEN', `${PREFIX}${q}`], { encoding: 'utf8' }).trim() || 0),
        0,
    );
}

/** Waits until the queues are empty (the job the worker holds may still be running), at most `limitMs`. */
export async function untilDrained(limitMs = 120_000): Promise<number> {
    const started = performance.now();
    while (queuedJobs() > 0 && performance.now() - started < limitMs) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 500));
    return performance.now() - started;
}
