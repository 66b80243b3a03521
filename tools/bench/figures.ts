/**
 * Every figure the bench measures, with its goal beside it: printed as it is measured, then written to
 * artifacts/bench.json (the README's figures table is generated from that file, see readme-table.ts).
 * A figure that misses its goal is printed and stored as a miss.
 */
export type Bed = 'empty' | 'seeded';

export interface Goal {
    /** `max`: the value must be at most target; `min`: at least target. */
    kind: 'max' | 'min';
    target: number;
}

export interface Figure {
    id: string;
    bed: Bed;
    label: string;
    value: number | null;
    unit: string;
    goal?: Goal;
    ok: boolean | null;
    /** What the value was measured against (e.g. the ceiling for a ratio), or how. */
    detail?: string;
}

export function meets(value: number | null, goal?: Goal): boolean | null {
    if (!goal) return null;
    if (value === null || !Number.isFinite(value)) return false;
    return goal.kind === 'max' ? value <= goal.target : value >= goal.target;
}

export const goalText = (goal: Goal | undefined, unit: string) =>
    goal ? `${goal.kind === 'max' ? '≤' : '≥'} ${formatValue(goal.target, unit)}` : '';

export function formatValue(value: number | null, unit: string): string {
    if (value === null || !Number.isFinite(value)) return 'n/a';
    if (unit === 'ms')
        return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
    if (unit === 's') return `${value.toFixed(value < 10 ? 2 : 1)} s`;
    if (unit === '×') return `${value.toFixed(2)}×`;
    if (unit === 'MB') return `${value.toFixed(1)} MB`;
    if (unit === 'count') return value.toLocaleString('en');
    return `${Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;
}

/** The suffix of a figure's seeded / empty comparison (Figures.compareBeds). */
export const SEEDED_VS_EMPTY = '.seeded_vs_empty';

export class Figures {
    readonly all: Figure[] = [];

    constructor(public bed: Bed = 'empty') {}

    add(id: string, label: string, value: number | null, unit: string, goal?: Goal, detail?: string): Figure {
        const figure: Figure = { id, bed: this.bed, label, value, unit, goal, ok: meets(value, goal), detail };
        this.all.push(figure);
        const mark = figure.ok === null ? '     ' : figure.ok ? ' ok  ' : 'MISS ';
        const goalPart = goal ? `  (goal ${goalText(goal, unit)})` : '';
        console.log(
            `  ${mark} [${this.bed}] ${label}: ${formatValue(value, unit)}${goalPart}${detail ? `  — ${detail}` : ''}`,
        );
        return figure;
    }

    find(id: string, bed: Bed): Figure | undefined {
        return this.all.find((f) => f.id === id && f.bed === bed);
    }

    /** For each figure measured on both beds: seeded against empty, within 10 % in the figure's bad direction. */
    compareBeds(): void {
        // Without a goal: rates and the ratios of a rate to the ceiling are better higher, times and counts lower.
        const lowerIsBetter = (f: Figure) => (f.goal ? f.goal.kind === 'max' : f.unit !== '/s' && f.unit !== '×');
        for (const empty of this.all.filter((f) => f.bed === 'empty')) {
            const seeded = this.find(empty.id, 'seeded');
            // Counts compare only where they measure the data path (rows examined); others (lost, shed) have goals of their own.
            if (
                !seeded ||
                !empty.value ||
                seeded.value === null ||
                (empty.unit === 'count' && !empty.id.startsWith('rows.'))
            )
                continue;
            const ratio = seeded.value / empty.value;
            const lower = lowerIsBetter(empty);
            const previous = this.bed;
            this.bed = 'seeded';
            this.add(
                `${empty.id}${SEEDED_VS_EMPTY}`,
                `${empty.label}: seeded / empty`,
                ratio,
                '×',
                lower ? { kind: 'max', target: 1.1 } : { kind: 'min', target: 0.9 },
                `${formatValue(seeded.value, seeded.unit)} vs ${formatValue(empty.value, empty.unit)}`,
            );
            this.bed = previous;
        }
    }
}
