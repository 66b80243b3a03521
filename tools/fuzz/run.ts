import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/paths';
import { sendRaw } from './http';
import { Mutator } from './mutations';
import { Random } from './random';

export interface FuzzOptions {
    url: string;
    secret: string;
    count: number;
    seconds: number;
    concurrency: number;
    seed: number;
}

/** Requests per source address: under the route's default limit (600/min), so the fuzzer never meets it. */
const PER_ADDRESS = 500;

export interface FuzzReport {
    sent: number;
    byStatus: Map<number, number>;
    byKind: Map<string, Map<number, number>>;
    /** Answers that break the rules: a 5xx, a status the README does not document, or no answer at all. */
    failures: string[];
    seconds: number;
}

/** The statuses of the README's table under "## The webhook route", plus 405 for other methods. */
export function documentedStatuses(readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')): Set<number> {
    const section = readme.slice(readme.indexOf('## The webhook route'));
    const table = section.slice(0, section.indexOf('\n## ', 5));
    return new Set([...table.matchAll(/^\| (\d{3}) \|/gm)].map((m) => Number(m[1])));
}

/** Only ever against this machine: the fuzzer sends thousands of hostile requests. */
export function assertLoopback(url: URL): void {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
        throw new Error(`refusing to fuzz ${url.host}: loopback only`);
}

export async function fuzz(options: FuzzOptions, onProgress?: (sent: number) => void): Promise<FuzzReport> {
    const url = new URL(options.url);
    assertLoopback(url);
    const allowed = documentedStatuses();
    const rnd = new Random(options.seed);
    const mutator = new Mutator(rnd, options.secret, `fz${options.seed.toString(36)}${Date.now().toString(36)}`);
    const report: FuzzReport = { sent: 0, byStatus: new Map(), byKind: new Map(), failures: [], seconds: 0 };
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    let completed = 0;

    const worker = async () => {
        while (report.sent < options.count && Date.now() < deadline) {
            report.sent += 1;
            const { kind, request } = mutator.next();
            // Through the trusted proxy 127.0.0.1 (the caller sets trusted_proxies): its own addresses, not the test bed's.
            const n = report.sent - 1;
            request.headers.push([
                'X-Forwarded-For',
                `203.0.113.${1 + ((options.seed + Math.floor(n / PER_ADDRESS)) % 254)}`,
            ]);
            let status = 0;
            try {
                const answer = await sendRaw(url, request);
                status = answer.status;
                if (status >= 500 || !allowed.has(status))
                    report.failures.push(`${kind}: ${status} ${answer.body.slice(0, 300)}`);
            } catch (e) {
                report.failures.push(`${kind}: no answer (${(e as Error).message})`);
            }
            report.byStatus.set(status, (report.byStatus.get(status) ?? 0) + 1);
            const perKind = report.byKind.get(kind) ?? new Map<number, number>();
            perKind.set(status, (perKind.get(status) ?? 0) + 1);
            report.byKind.set(kind, perKind);
            completed += 1;
            if (completed % 1000 === 0) onProgress?.(completed);
        }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    report.seconds = (Date.now() - started) / 1000;
    return report;
}

export function formatReport(report: FuzzReport): string {
    const rows = [...report.byStatus.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${String(status || 'none').padEnd(6)} ${String(n).padStart(7)}`);
    const kinds = [...report.byKind.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
            ([kind, statuses]) =>
                `  ${kind.padEnd(32)} ${[...statuses.entries()]
                    .sort(([a], [b]) => a - b)
                    .map(([s, n]) => `${s}×${n}`)
                    .join('  ')}`,
        );
    return [
        `status   count`,
        ...rows,
        `${report.sent} requests in ${report.seconds.toFixed(1)} s`,
        '',
        'by mutation:',
        ...kinds,
    ].join('\n');
}
