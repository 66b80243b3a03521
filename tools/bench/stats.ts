export function percentile(sorted: number[], p: number): number {
    if (sorted.length === 0) return NaN;
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[i]!;
}

export function summary(samples: number[]): { n: number; p50: number; p99: number; max: number } {
    const sorted = [...samples].sort((a, b) => a - b);
    return {
        n: sorted.length,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
    };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
