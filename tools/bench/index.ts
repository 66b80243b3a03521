/**
 * `npm run bench [-- --quick] [-- --parts ingest,latency,rows,reconcile,first,during,memory,log,game] [-- --bed empty|seeded|both]`
 * prints every figure with its goal, merges them into artifacts/bench.json (a figure measured again replaces the
 * old one) and regenerates the README's figures table from that file. `-- --readme` only regenerates the table (and the
 * seeded / empty comparisons, by the current rules).
 * With both beds, the parts they share take them in turns run by run (beds.ts `inTurns`), so a seeded / empty ratio
 * compares measurements seconds apart rather than a quarter of an hour.
 * Needs the test bed up; it takes it for minutes (hold the test-bed lock), and leaves it as it found it.
 */
import fs from 'node:fs';
import os from 'node:os';
import { newSecret } from '../sim/sign';
import { artisan, closeDb, setSetting } from '../testbed/client';
import { type Bed, type Figure, Figures, SEEDED_VS_EMPTY } from './figures';
import { BENCH_JSON, type BenchFile, readBench, rewriteReadme, writeBench } from './readme-table';
import { removeLeftovers } from './cohorts';
import { createSeededBed, dropSeededBed, useBed } from './beds';
import { BOTH_BEDS, DEFAULT_PARTS, IN_TURNS, type Part, PARTS, runPart, runPartInTurns, type Settings } from './parts';

function option(name: string): string | undefined {
    const i = process.argv.indexOf(`--${name}`);
    return i < 0 ? undefined : process.argv[i + 1];
}

/** A run of some parts (`--parts`) updates their figures and keeps the others; a whole run replaces the file. */
function merge(figures: Figure[], settings: Settings, parts: Part[]): BenchFile {
    const previous = option('parts') !== undefined && fs.existsSync(BENCH_JSON) ? readBench() : null;
    const fresh = new Set(figures.map((f) => `${f.id}@${f.bed}`));
    return {
        measured_at: new Date().toISOString(),
        mode: settings.quick || previous?.mode === 'quick' ? 'quick' : 'full', // a merge of quick and full says quick
        parts: [...new Set([...(previous?.parts ?? []), ...parts])],
        machine: { cores: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30) },
        figures: [...(previous?.figures ?? []).filter((f) => !fresh.has(`${f.id}@${f.bed}`)), ...figures],
    };
}

/** The table again from the stored figures, their seeded / empty comparisons derived anew by today's rules. */
function recompare(): void {
    const bench = readBench();
    const figures = new Figures();
    figures.all.push(...bench.figures.filter((f) => !f.id.endsWith(SEEDED_VS_EMPTY)));
    figures.compareBeds();
    const again = { ...bench, figures: figures.all };
    writeBench(again);
    rewriteReadme(again);
}

async function main(): Promise<void> {
    if (process.argv.includes('--readme')) return recompare();
    if (process.argv.includes('--help')) {
        console.log(
            `npm run bench [-- --quick] [-- --parts ${PARTS.join(',')}] [-- --bed empty|seeded|both] [-- --readme]`,
        );
        return;
    }
    const quick = process.argv.includes('--quick');
    const parts = (option('parts')?.split(',') ?? DEFAULT_PARTS) as Part[];
    const unknown = parts.filter((p) => !PARTS.includes(p));
    if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; known: ${PARTS.join(', ')}`);
    const bed = option('bed') ?? (quick ? 'empty' : 'both');
    const beds: Bed[] = bed === 'both' ? ['empty', 'seeded'] : [bed as Bed];
    const settings: Settings = { quick, seconds: quick ? 4 : 8, secret: newSecret() };

    await useBed('empty', true); // the pool and nginx as configured now, on the database the install configured
    await removeLeftovers();
    artisan('tiergate:secret', `--set=${settings.secret}`);
    await setSetting('rate_limit_per_minute', 1_000_000);
    await setSetting('reconcile_interval_minutes', 1440); // no scheduled full reconcile in the middle of a figure
    const figures = new Figures();
    const started = performance.now();
    const saturation = new Map<Bed, number>();
    try {
        if (beds.includes('seeded')) {
            console.log('\n== the seeded bed ==');
            await createSeededBed((l) => console.log(l));
        }
        for (const part of parts) {
            const on = beds.filter((bed) => bed === 'empty' || BOTH_BEDS.includes(part));
            if (IN_TURNS.includes(part)) {
                console.log(`\n== ${part}, ${on.join(' and ')} bed${on.length > 1 ? 's in turns' : ''} ==`);
                await runPartInTurns(part, on, figures, settings, saturation);
            } else {
                for (const bed of on) {
                    console.log(`\n== ${part}, ${bed} bed ==`);
                    await useBed(bed);
                    figures.bed = bed;
                    await runPart(part, figures, settings);
                }
            }
        }
        figures.compareBeds();
    } finally {
        await useBed('empty');
        dropSeededBed();
        await setSetting('rate_limit_per_minute', null);
        await setSetting('reconcile_interval_minutes', null);
    }
    const bench = merge(figures.all, settings, parts);
    writeBench(bench);
    rewriteReadme(bench);
    const missed = figures.all.filter((f) => f.ok === false);
    console.log(
        `\n${figures.all.length} figures in ${((performance.now() - started) / 1000).toFixed(0)} s, ${missed.length} missed their goal; written to artifacts/bench.json and the README.`,
    );
}

main()
    .catch((err: unknown) => {
        console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
        process.exitCode = 1;
    })
    .finally(() => closeDb());
