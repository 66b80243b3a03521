/**
 * Full reconciles, in-process as the queue worker runs them, Sovereign (every server) on 20 servers:
 *  - nothing to change at 250 / 500 / 1,000 / 4,000 subscribers, read a chunk at a time (ChunkPrefetch, as the
 *    scheduled full reconcile does), and at 1,000 one by one as before (which also checks the cohort is in line);
 *  - first apply (accounts made by the panel's UserCreationService, 20 grants each) against that service alone,
 *    same run, same count;
 *  - first apply for subscribers whose panel accounts already exist.
 */
import type { RowDataPacket } from 'mysql2';
import { artisan, db } from '../testbed/client';
import { appliedCohort, dropCohort, newPrefix, storedCohort } from './cohorts';
import { inTurns, useBed } from './beds';
import type { Bed, Figures } from './figures';
import { php } from './php-scripts';
import { settle } from './seed';

const SERVERS = 20;

interface Timing {
    customers: number;
    reconciled: number;
    changes: number;
    ms: number;
    peak_mb: number;
}

/** Adds bench servers up to 20 (removed by removeServers); a second passes so later reconciles postdate them. */
export async function addServers(): Promise<string> {
    const tag = newPrefix('srv');
    const [[row]] = await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM servers');
    for (let i = Number(row!.n); i < SERVERS; i++) artisan('testbed:add-server', `${tag}-${i}`, `Bench ${i}`);
    await new Promise((r) => setTimeout(r, 1100));
    return tag;
}

export async function removeServers(tag: string): Promise<void> {
    await db().execute('DELETE FROM servers WHERE external_id LIKE ?', [`${tag}-%`]);
}

/** The size both beds are measured at; the others show growth on the empty bed. */
const COMPARED = 1000;

const median = (runs: Timing[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;

/**
 * Nothing changes between runs of a cohort already in line, so a run can be repeated: the median of three. At 1,000
 * each bed has its cohort and the runs take the beds in turns (beds.ts `inTurns`).
 */
export async function benchNothingToChange(figures: Figures, sizes: number[], beds: readonly Bed[]): Promise<void> {
    const emptyBed: Array<{ size: number; ms: number }> = [];
    const servers = new Map<Bed, string>();
    try {
        for (const bed of beds) {
            await useBed(bed);
            servers.set(bed, await addServers());
        }
        for (const size of sizes) {
            const on = beds.filter((bed) => bed === 'empty' || size === COMPARED);
            const prefixes = new Map<Bed, string>();
            try {
                for (const bed of on) {
                    await useBed(bed);
                    prefixes.set(bed, await appliedCohort(size, 'sovereign', 'subscriber_sovereign', 'Sovereign'));
                    await settle(() => undefined); // the cohort's bulk inserts flushed, so the runs time the reads
                }
                const runs = await inTurns(on, 3, async (bed) =>
                    php<Timing>('reconcile-timing.php', prefixes.get(bed)!, 'chunked'),
                );
                for (const bed of on) {
                    figures.bed = bed;
                    const t = median(runs.get(bed)!);
                    if (bed === 'empty') emptyBed.push({ size, ms: t.ms });
                    figures.add(
                        `reconcile.nothing.${size}`,
                        `full reconcile, nothing to change, ${size.toLocaleString('en')} × ${SERVERS} servers`,
                        t.ms,
                        'ms',
                        size === COMPARED ? { kind: 'max', target: 1000 } : undefined,
                        `median of 3 runs${on.length > 1 ? ', the beds in turns' : ''}; ${(t.ms / size).toFixed(3)} ms/subscriber, ${t.reconciled} reconciled, ${t.changes} changes`,
                    );
                }
                if (size === sizes[0] && on.includes('empty')) {
                    await useBed('empty');
                    figures.bed = 'empty';
                    const each = median(
                        [1, 2, 3].map(() => php<Timing>('reconcile-timing.php', prefixes.get('empty')!, 'each')),
                    );
                    figures.add(
                        `reconcile.nothing.${size}.each`,
                        `the same ${size}, every subscriber reconciled one by one (the path before chunked reads)`,
                        each.ms,
                        'ms',
                        undefined,
                        `median of 3 runs; ${(each.ms / size).toFixed(2)} ms/subscriber, ${each.changes} changes (0: the cohort was in line)`,
                    );
                }
            } finally {
                for (const [bed, prefix] of prefixes) {
                    await useBed(bed);
                    await dropCohort(prefix);
                }
            }
        }
    } finally {
        for (const [bed, tag] of servers) {
            await useBed(bed);
            await removeServers(tag);
        }
    }
    if (emptyBed.length > 1) {
        const [first, last] = [emptyBed[0]!, emptyBed[emptyBed.length - 1]!];
        figures.bed = 'empty';
        figures.add(
            'reconcile.nothing.linearity',
            `per-subscriber cost at ${last.size} / at ${first.size} (1: linear)`,
            last.ms / last.size / (first.ms / first.size),
            '×',
            { kind: 'max', target: 1.5 },
            emptyBed.map(({ size, ms }) => `${size}: ${(ms / size).toFixed(2)} ms`).join(', '),
        );
    }
}

export async function benchFirstApply(figures: Figures, size: number, existingSize: number): Promise<void> {
    const fresh = await storedCohort('first', size, 'sovereign', false);
    try {
        await settle(() => undefined); // as before every timed cohort: its bulk inserts flushed first
        const apply = php<Timing>('reconcile-timing.php', fresh, 'each');
        const creation = php<{ ms: number }>(
            'user-creation-timing.php',
            String(size),
            newPrefix('uc').replace(/-/g, ''),
        );
        figures.add(
            'first_apply.ms',
            `first apply, ${size} new subscribers × ${SERVERS} servers (accounts made)`,
            apply.ms,
            'ms',
            undefined,
            `${(apply.ms / size).toFixed(1)} ms/subscriber, ${apply.changes} grants, peak ${apply.peak_mb} MB`,
        );
        figures.add(
            'first_apply.user_creation_ms',
            `the panel's UserCreationService alone, ${size} calls`,
            creation.ms,
            'ms',
            undefined,
            `${(creation.ms / size).toFixed(1)} ms/call`,
        );
        figures.add('first_apply.ratio', 'first apply / UserCreationService alone', apply.ms / creation.ms, '×', {
            kind: 'max',
            target: 1.3,
        });
    } finally {
        await dropCohort(fresh);
    }
    const existing = await storedCohort('existing', existingSize, 'sovereign', true);
    try {
        await settle(() => undefined);
        const t = php<Timing>('reconcile-timing.php', existing, 'each');
        const goal = (15_000 * existingSize) / 1000;
        figures.add(
            'first_apply.existing_ms',
            `first apply, ${existingSize.toLocaleString('en')} subscribers whose accounts exist × ${SERVERS} servers`,
            t.ms,
            'ms',
            { kind: 'max', target: goal },
            `${(t.ms / existingSize).toFixed(1)} ms/subscriber, ${t.changes} grants${existingSize === 1000 ? '' : `; goal 15 s per 1,000 scaled to ${existingSize}`}`,
        );
    } finally {
        await dropCohort(existing);
    }
}
