/** The bench's parts, each runnable alone (`--parts`), in the order a run takes them, with their sizes. */
import { benchAccessLatency } from './access-latency';
import { benchDuringFullReconcile } from './during';
import type { Bed, Figures } from './figures';
import { benchGameCommands } from './game-commands';
import { benchLogApi } from './log-api';
import { benchWorkerMemory } from './memory';
import { addServers, benchFirstApply, benchNothingToChange, removeServers } from './reconcile';
import { benchRowsExamined } from './rows-examined';
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
    logRequests: quick ? 40 : 400, // a p95 of 40 is its second-worst request; of 200, 1 ms in 11 moved it past 10 %
});

/** The parts measured on both beds, to compare; the others measure what the seed does not weigh on. */
export const BOTH_BEDS: readonly Part[] = ['ingest', 'latency', 'rows', 'reconcile', 'log'];

/**
 * The parts that take the beds in turns run by run themselves (beds.ts `inTurns`), and what the ingest part finds
 * for the latency part: each bed's saturation rate. The others run on one bed.
 */
export const IN_TURNS: readonly Part[] = ['ingest', 'latency', 'reconcile', 'log'];

export async function runPartInTurns(
    part: Part,
    beds: readonly Bed[],
    figures: Figures,
    settings: Settings,
    saturation: Map<Bed, number>,
): Promise<void> {
    const size = sizes(settings.quick);
    if (part === 'ingest') {
        for (const [bed, rate] of await benchIngest(figures, settings.secret, settings.seconds, beds))
            saturation.set(bed, rate);
    }
    if (part === 'latency')
        await benchAccessLatency(
            figures,
            settings.secret,
            settings.seconds,
            size.latencyCohort,
            beds,
            (bed) => saturation.get(bed) ?? 60, // without the ingest part: a rate every bed takes
        );
    if (part === 'reconcile') await benchNothingToChange(figures, size.nothingToChange, beds);
    if (part === 'log') await benchLogApi(figures, size.logRequests, beds);
}

export async function runPart(part: Part, figures: Figures, settings: Settings): Promise<void> {
    const size = sizes(settings.quick);
    if (part === 'rows') await benchRowsExamined(figures, settings.secret);
    if (['first', 'during', 'memory'].includes(part)) {
        const servers = await addServers();
        try {
            if (part === 'first') await benchFirstApply(figures, size.firstApply, size.existing);
            if (part === 'during')
                await benchDuringFullReconcile(figures, settings.secret, size.during, size.duringEvents);
            if (part === 'memory') await benchWorkerMemory(figures, settings.secret, size.memoryEvents);
        } finally {
            await removeServers(servers);
        }
    }
    if (part === 'game') await benchGameCommands(figures, settings.quick ? 200 : 1000);
}
