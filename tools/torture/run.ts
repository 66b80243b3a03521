import type { RowDataPacket } from 'mysql2';
import { Random } from '../fuzz/random';
import { assertLoopback } from '../fuzz/run';
import { sleep } from '../testbed/processes';
import { FaultKind, injectFault, restoreAll } from './faults';
import { Customer, generate, HistoryEvent } from './histories';
import { allServers, judgePool, mismatches, storedIds, waitForConvergence } from './judge';
import { PRODUCTS } from './model';
import { Delivery, newStats, sendAll, SendStats } from './sender';

export interface TortureOptions {
    url: string;
    secret: string;
    customers: number;
    events: number;
    faults: FaultKind[];
    /** How long each fault lasts. */
    faultSeconds: number;
    concurrency: number;
    seed: number;
    /** Overall deadline for the whole run, in seconds. */
    seconds: number;
    /** How long to wait for convergence after each wave before calling it not converged. */
    convergeSeconds: number;
    log?: (line: string) => void;
}

export interface WaveReport {
    fault: FaultKind | 'none';
    faultDone: string;
    deliveries: number;
    customers: number;
    /** Seconds from the later of the fault's end and the wave's last acknowledgement until the panel matched; null = never. */
    convergence: number | null;
    wrong: string[];
}

export interface TortureReport {
    tag: string;
    seed: number;
    deliveries: number;
    uniqueIds: number;
    stats: SendStats;
    stored: number;
    lost: string[];
    unprocessed: number;
    customers: number;
    matching: number;
    finalWrong: string[];
    waves: WaveReport[];
    seconds: number;
}

/**
 * Each original event once under its own webhook-id; about 15 % resent later with the same id and bytes (must be
 * 200 `duplicate`), about 3 % sent again under a new id (as if Paymenter emitted it twice); all shuffled.
 */
function deliveriesOf(rnd: Random, events: HistoryEvent[], idPrefix: string, counter: { n: number }): Delivery[] {
    const list: Delivery[] = [];
    for (const e of events) {
        list.push({ id: `${idPrefix}${counter.n++}`, body: e.body });
        if (rnd.chance(0.03)) list.push({ id: `${idPrefix}${counter.n++}`, body: e.body });
    }
    for (let i = list.length - 1; i > 0; i--) {
        const j = rnd.int(i + 1);
        [list[i], list[j]] = [list[j]!, list[i]!];
    }
    // Resends go after their original, so a sender waiting on one never waits on a delivery nobody picked up.
    const resends = list.filter(() => rnd.chance(0.15)).map((d) => ({ ...d, resend: true }));
    for (const resend of resends) {
        const at = list.findIndex((d) => d.id === resend.id);
        list.splice(at + 1 + rnd.int(list.length - at), 0, resend);
    }
    return list;
}

function splitIntoWaves<T>(items: T[], waves: number): T[][] {
    return Array.from({ length: waves }, (_, w) => items.filter((_, i) => i % waves === w));
}

async function graceDays(pool: ReturnType<typeof judgePool>): Promise<number> {
    const [rows] = await pool.query<RowDataPacket[]>("SELECT value FROM tiergate_settings WHERE `key` = 'grace_days'");
    return rows[0] ? Number(JSON.parse(String(rows[0].value))) : 7;
}

/**
 * The torture run. Customers are split into one wave per fault: each wave's events (duplicated, shuffled) are sent
 * while its fault is injected part-way through; then the run waits until the panel's users and subusers match the
 * model for every customer sent so far and records how long that took after the fault or the last event.
 */
export async function torture(o: TortureOptions): Promise<TortureReport> {
    assertLoopback(new URL(o.url));
    const log = o.log ?? (() => undefined);
    const started = Date.now();
    const deadline = started + o.seconds * 1000;
    const rnd = new Random(o.seed);
    const tag = `${o.seed.toString(36)}${Date.now().toString(36)}`;
    const idPrefix = `msg_tt${tag}_`;
    const pool = judgePool();
    const stats = newStats();
    const waves: WaveReport[] = [];
    const sentCustomers: Customer[] = [];
    let deliveries = 0;
    const ids = new Set<string>();

    try {
        const servers = await allServers(pool);
        // About 18 % more deliveries than distinct events (resends and copies); the margin keeps the total ≥ o.events.
        const { customers, events } = generate(
            rnd,
            tag,
            o.customers,
            Math.ceil(o.events / 1.12),
            PRODUCTS,
            await graceDays(pool),
        );
        const faults: Array<FaultKind | 'none'> = o.faults.length > 0 ? o.faults : ['none'];
        const counter = { n: 0 };
        const customerWaves = splitIntoWaves(customers, faults.length);
        log(
            `torture: tag ${tag}, seed ${o.seed}, ${customers.length} customers, ${events.length} distinct events, ${faults.length} wave(s)`,
        );

        for (const [w, fault] of faults.entries()) {
            const waveCustomers = customerWaves[w]!;
            const inWave = new Set(waveCustomers.map((c) => c.customerId));
            const list = deliveriesOf(
                rnd,
                events.filter((e) => inWave.has(e.customerId)),
                idPrefix,
                counter,
            );
            deliveries += list.length;
            list.forEach((d) => ids.add(d.id));
            sentCustomers.push(...waveCustomers);
            const ackedBefore = stats.acknowledged.size;

            const sending = sendAll(o.url, o.secret, list, o.concurrency, stats, deadline);
            let faultEnd = Date.now();
            let faultDone = 'no fault';
            if (fault !== 'none') {
                // Part-way through the wave, so events flow before, during and after the fault.
                const startAt = ackedBefore + Math.floor(list.length * 0.25);
                while (stats.acknowledged.size < startAt && Date.now() < deadline) await sleep(50);
                log(`  wave ${w + 1}: ${fault} for ${o.faultSeconds} s`);
                faultDone = await injectFault(fault, o.faultSeconds * 1000);
                faultEnd = Date.now();
            }
            await sending;
            const since = Math.max(faultEnd, stats.lastAckAt);
            const until = Math.min(deadline, since + o.convergeSeconds * 1000);
            const { seconds, wrong } = await waitForConvergence(pool, tag, sentCustomers, servers, since, until);
            log(
                `  wave ${w + 1}: ${list.length} deliveries, ${waveCustomers.length} customers; ${fault}: ${faultDone}; ` +
                    (seconds === null
                        ? `NOT converged (${wrong.length} differ)`
                        : `converged ${seconds.toFixed(1)} s after the fault / last event`),
            );
            waves.push({
                fault,
                faultDone,
                deliveries: list.length,
                customers: waveCustomers.length,
                convergence: seconds,
                wrong,
            });
        }

        // Converged once is not enough: a late reconcile must not move anybody away from the model.
        await sleep(3000);
        const finalWrong = await mismatches(pool, tag, sentCustomers, servers).catch((e: Error) => [
            `the database could not be read: ${e.message}`,
        ]);
        const stored = await storedIds(pool, idPrefix);
        const lost = [...stats.acknowledged].filter((id) => !stored.ids.has(id));
        return {
            tag,
            seed: o.seed,
            deliveries,
            uniqueIds: ids.size,
            stats,
            stored: stored.ids.size,
            lost,
            unprocessed: stored.unprocessed,
            customers: sentCustomers.length,
            matching: sentCustomers.length - finalWrong.length,
            finalWrong,
            waves,
            seconds: (Date.now() - started) / 1000,
        };
    } finally {
        await restoreAll();
        await pool.end();
    }
}

/** The figures the issue asks for, one per line, then each wave. */
export function formatReport(r: TortureReport): string {
    const statuses = [...r.stats.statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s || 'no answer'}×${n}`)
        .join('  ');
    const lines = [
        `deliveries        ${r.deliveries} (${r.uniqueIds} distinct webhook ids, ${r.stats.sent} requests incl. retries)`,
        `answers           ${statuses}`,
        `acknowledged      ${r.stats.acknowledged.size}`,
        `stored            ${r.stored}`,
        `lost              ${r.lost.length}`,
        `refused (4xx)     ${r.stats.refused.length}`,
        `never answered    ${r.stats.abandoned.length}`,
        `bad duplicates    ${r.stats.badDuplicates.length}`,
        `still unprocessed ${r.unprocessed}`,
        `subscribers       ${r.matching} of ${r.customers} match the model`,
        'convergence after each fault (and the last event of its wave):',
        ...r.waves.map(
            (w) =>
                `  ${w.fault.padEnd(13)} ${w.convergence === null ? 'NOT converged' : `${w.convergence.toFixed(1)} s`}  (${w.deliveries} deliveries, ${w.customers} customers; ${w.faultDone})`,
        ),
        `${r.seconds.toFixed(0)} s in all, tag ${r.tag}, seed ${r.seed}`,
    ];
    const details = (title: string, items: string[]) =>
        items.length ? [`${title} (first 10):`, ...items.slice(0, 10).map((i) => `  ${i}`)] : [];
    return [
        ...lines,
        ...details('lost', r.lost),
        ...details('refused', r.stats.refused),
        ...details('bad duplicates', r.stats.badDuplicates),
        ...details('mismatches at the end', r.finalWrong),
        ...r.waves.flatMap((w) => (w.convergence === null ? details(`still different after ${w.fault}`, w.wrong) : [])),
    ].join('\n');
}

/** Whether the run met the issue's goal: 0 lost, 0 mismatches, every wave converged within `limitSeconds`. */
export function verdict(r: TortureReport, limitSeconds: number): string[] {
    const failures: string[] = [];
    if (r.lost.length > 0) failures.push(`${r.lost.length} acknowledged event(s) not stored`);
    if (r.stats.refused.length > 0) failures.push(`${r.stats.refused.length} valid event(s) refused`);
    if (r.stats.abandoned.length > 0)
        failures.push(`${r.stats.abandoned.length} event(s) never acknowledged before the deadline`);
    if (r.stats.badDuplicates.length > 0)
        failures.push(`${r.stats.badDuplicates.length} resend(s) not answered 200 duplicate`);
    if (r.finalWrong.length > 0) failures.push(`${r.finalWrong.length} subscriber(s) differ from the model`);
    for (const w of r.waves) {
        if (w.convergence === null || w.convergence > limitSeconds)
            failures.push(
                `${w.fault}: converged ${w.convergence === null ? 'never' : `after ${w.convergence.toFixed(1)} s`} (limit ${limitSeconds} s)`,
            );
    }
    return failures;
}
