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
import type { Figures } from './figures';
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

/** Nothing changes between runs of a cohort already in line, so a run can be repeated: the median of three. */
function medianOf3(run: () => Timing): Timing {
    return [run(), run(), run()].sort((a, b) => a.ms - b.ms)[1]!;
}

export async function benchNothingToChange(figures: Figures, sizes: number[], withEach = true): Promise<void> {
    const perSubscriber: string[] = [];
    for (const size of sizes) {
        const prefix = await appliedCohort(size, 'sovereign', 'subscriber_sovereign', 'Sovereign');
        try {
            await settle(() => undefined); // the cohort's bulk inserts flushed, so the runs time the reads
            const t = medianOf3(() => php<Timing>('reconcile-timing.php', prefix, 'chunked'));
            perSubscriber.push(`${size}: ${(t.ms / size).toFixed(2)} ms`);
            const label = `full reconcile, nothing to change, ${size.toLocaleString('en')} × ${SERVERS} servers`;
            figures.add(
                `reconcile.nothing.${size}`,
                label,
                t.ms,
                'ms',
                size === 1000 ? { kind: 'max', target: 1000 } : undefined,
                `median of 3 runs; ${(t.ms / size).toFixed(3)} ms/subscriber, ${t.reconciled} reconciled, ${t.changes} changes`,
            );
            if (withEach && size === sizes[0]) {
                const each = medianOf3(() => php<Timing>('reconcile-timing.php', prefix, 'each'));
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
            await dropCohort(prefix);
        }
    }
    if (sizes.length > 1) {
        const first = figures.find(`reconcile.nothing.${sizes[0]}`, figures.bed)!;
        const last = figures.find(`reconcile.nothing.${sizes[sizes.length - 1]}`, figures.bed)!;
        const growth = last.value! / sizes[sizes.length - 1]! / (first.value! / sizes[0]!);
        figures.add(
            'reconcile.nothing.linearity',
            `per-subscriber cost at ${sizes[sizes.length - 1]} / at ${sizes[0]} (1: linear)`,
            growth,
            '×',
            { kind: 'max', target: 1.5 },
            perSubscriber.join(', '),
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
