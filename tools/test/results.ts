import fs from 'node:fs';

export interface Counts {
    passed: number;
    failed: number;
    skipped: number;
    /** false when the runner left no readable report (crashed before reporting). */
    ran: boolean;
}

const none: Counts = { passed: 0, failed: 0, skipped: 0, ran: false };

export function jestCounts(file: string): Counts {
    if (!fs.existsSync(file)) return none;
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    // A suite that failed to load reports no tests; count it as a failure rather than losing it.
    const brokenSuites = (r.testResults ?? []).filter(
        (s: { status: string; assertionResults: unknown[] }) =>
            s.status === 'failed' && s.assertionResults.length === 0,
    ).length;
    return {
        passed: r.numPassedTests,
        failed: r.numFailedTests + brokenSuites,
        skipped: r.numPendingTests + r.numTodoTests,
        ran: true,
    };
}

export function junitCounts(file: string): Counts {
    if (!fs.existsSync(file)) return none;
    const xml = fs.readFileSync(file, 'utf8');
    const top = /<testsuite\b[^>]*>/.exec(xml)?.[0];
    if (!top) return none;
    const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(top)?.[1] ?? 0);
    const failed = attr('failures') + attr('errors');
    const skipped = attr('skipped');
    return { passed: attr('tests') - failed - skipped, failed, skipped, ran: true };
}
