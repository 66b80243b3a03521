/** The bench's parts, each runnable alone (`--parts`), in the order a run takes them, with their sizes. */
import { benchAccessLatency, makeCohort } from './access-latency';
import { dropCohort } from './cohorts';
import { benchDuringFullReconcile } from './during';
import type { Figures } from './figures';
import { benchGameCommands } from './game-commands';
import { benchLogApi } from './log-api';
import { benchWorkerMemory } from './memory';
import { addServers, benchFirstApply, benchNothingToChange, removeServers } from './reconcile';
import { benchRowsExamined } from './rows-examined';
import { untilDrained } from './queue';
import { settle } from './seed';
import { benchIngest } from './webhook-ingress';

export const PARTS = ['ingest', 'latency', 'rows', 'reconcile', 'first', 'during', 'memory', 'log', 'game'] as const;
/** What a run does without `--parts`: everything but the in-game commands bench (tools/bench/game-commands.ts). */
export const DEFAULT_PARTS: readonly Part[] = PARTS.filter((p) => p !== 'game');
export type Part = (typeof PARTS)[number];

export interface Settings {
    quick: boolean;
    seconds: number;
    secret: string;
}

const sizes = (quick: boolean) => ({
    latencyCohort: quick ? 50 : 100,
    nothingToChange: quick ? [250, 1000] : [250, 500, 1000, 4000],
    firstApply: quick ? 50 : 100,
    existing: quick ? 200 : 1000,
    during: quick ? 100 : 1000,
    duringEvents: quick ? 8 : 30,
    memoryEvents: quick ? 1500 : 10_000,
    logRequests: quick ? 40 : 100, // a p95 of fewer is its second-worst request, mostly noise
});

/** The parts measured on both beds, to compare; the others measure what the seed does not weigh on. */
export const BOTH_BEDS: readonly Part[] = ['ingest', 'latency', 'rows', 'reconcile', 'log'];

/** What one bed's earlier parts found that a later one needs: the latency part offers the saturation rate. */
export interface BedState {
    saturation: number;
}

export const newBedState = (): BedState => ({ saturation: 60 });

export async function runPart(part: Part, figures: Figures, settings: Settings, state: BedState): Promise<void> {
    const log = (line: string) => console.log(line);
    const size = sizes(settings.quick);
    const seeded = figures.bed === 'seeded';
    if (part === 'ingest') {
        state.saturation = (await benchIngest(figures, settings.secret, settings.seconds)).ingestRate;
        await settle(log); // its thousands of rows deleted: the purge and flush done before the next part times
    }
    if (part === 'latency') {
        const cohort = makeCohort(size.latencyCohort);
        try {
            await benchAccessLatency(figures, settings.secret, state.saturation, settings.seconds, cohort);
        } finally {
            await dropCohort(cohort.prefix);
        }
        await untilDrained();
        await settle(log);
    }
    if (part === 'rows') await benchRowsExamined(figures, settings.secret);
    if (['reconcile', 'first', 'during', 'memory'].includes(part)) {
        const servers = await addServers();
        try {
            // On the seeded bed only the 1,000 figure, to compare with the empty bed's.
            if (part === 'reconcile')
                await benchNothingToChange(figures, seeded ? [1000] : size.nothingToChange, !seeded);
            if (part === 'first') await benchFirstApply(figures, size.firstApply, size.existing);
            if (part === 'during')
                await benchDuringFullReconcile(figures, settings.secret, size.during, size.duringEvents);
            if (part === 'memory') await benchWorkerMemory(figures, settings.secret, size.memoryEvents);
        } finally {
            await removeServers(servers);
        }
    }
    if (part === 'log') await benchLogApi(figures, size.logRequests);
    if (part === 'game') await benchGameCommands(figures, settings.quick ? 200 : 1000);
}
