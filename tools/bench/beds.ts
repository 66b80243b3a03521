/**
 * The two beds live side by side, so a part can be measured on one and then on the other within minutes: the
 * machine's speed drifts by more than the 10 % the seeded / empty comparison allows over the quarter of an hour a
 * run takes. The empty bed is the test bed's own database; the seeded bed is a copy of it (`panel_bench_seeded`)
 * with the seed written into it. Switching points the same panel, php-fpm pool and queue worker at the other
 * database: the panel's configuration is cached again with `DB_DATABASE` set, and the processes that read it at
 * start are restarted. Each switch waits for the queues to empty first (the worker that would run a job is about to
 * read the other database), and warms the new processes before a part times them.
 */
import { execFileSync, execSync } from 'node:child_process';
import path from 'node:path';
import { testbed } from '../testbed/config';
import { closeDb, mysqlAsRoot } from '../testbed/client';
import { startPanelWorkers, startWebServer, stopPanelWorkers } from '../testbed/services';
import type { Bed } from './figures';
import { ceilingRequest, closedLoop } from './load';
import { untilDrained } from './queue';
import { seed } from './seed';

export const SEEDED_DATABASE = 'panel_bench_seeded';
const EMPTY_DATABASE = testbed.db.database;

let current: Bed = 'empty';

/** Points the panel, its php-fpm pool, its workers and this process's connections at `bed`'s database. */
export async function useBed(bed: Bed, force = false): Promise<void> {
    if (bed === current && !force) return;
    await untilDrained();
    const database = bed === 'seeded' ? SEEDED_DATABASE : EMPTY_DATABASE;
    // The environment wins over .env when Laravel reads it, so .env itself stays the empty bed's.
    execFileSync(
        'runuser',
        ['-u', testbed.webUser, '--', 'env', `DB_DATABASE=${database}`, 'php', 'artisan', 'config:cache'],
        { cwd: testbed.panelDir, stdio: 'ignore' },
    );
    await stopPanelWorkers();
    await startWebServer();
    startPanelWorkers();
    await closeDb();
    testbed.db.database = database;
    current = bed;
    await warm();
}

/** A few seconds of the stack ceiling's request, so the restarted php-fpm children have their code cached. */
const warm = () => closedLoop(ceilingRequest, 4, 2);

/** The seeded bed: the empty bed's database as it is now, copied, and the seed written into the copy. */
export async function createSeededBed(log: (line: string) => void): Promise<void> {
    const started = performance.now();
    dropSeededBed();
    const { username } = testbed.db;
    mysqlAsRoot(
        `CREATE DATABASE \`${SEEDED_DATABASE}\`; GRANT ALL PRIVILEGES ON \`${SEEDED_DATABASE}\`.* TO '${username}'@'127.0.0.1', '${username}'@'localhost'`,
    );
    const dump = path.join(testbed.runDir, 'bench-empty-bed.sql');
    execSync(
        `mariadb-dump --protocol=socket -uroot --single-transaction --routines ${EMPTY_DATABASE} > '${dump}' && mariadb --protocol=socket -uroot ${SEEDED_DATABASE} < '${dump}' && rm -f '${dump}'`,
    );
    log(`  copied the empty bed's database in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await useBed('seeded');
    await seed(log);
}

export function dropSeededBed(): void {
    mysqlAsRoot(`DROP DATABASE IF EXISTS \`${SEEDED_DATABASE}\``);
}

/**
 * `run` on each bed in turn, switching to it first, `rounds` times, the order reversed every round (empty, seeded,
 * seeded, empty, …), so the runs a figure compares are seconds apart and neither bed is always first. Every run
 * starts with the queues empty, also when the bed stays the same (seeded, seeded), so none inherits the jobs the run
 * before it left. Its results by bed, in run order.
 */
export async function inTurns<T>(
    beds: readonly Bed[],
    rounds: number,
    run: (bed: Bed) => Promise<T>,
): Promise<Map<Bed, T[]>> {
    const results = new Map<Bed, T[]>(beds.map((bed) => [bed, []]));
    let order = [...beds];
    for (let round = 0; round < rounds; round++) {
        for (const bed of order) {
            await useBed(bed);
            await untilDrained();
            results.get(bed)!.push(await run(bed));
        }
        order = order.reverse();
    }
    return results;
}
