/**
 * `npm run torture [-- --events 10000 --customers 300 --faults worker-kill,php-fpm-kill,mariadb-down,redis-down,wings-down
 *   --fault-seconds 5 --concurrency 6 --seed N --seconds 1500 --converge-seconds 120 --limit 30]`
 * Against the running test bed (loopback only; it takes the test bed for itself: hold the test-bed lock). Prints
 * acknowledged, stored, lost, subscribers matching the model and the convergence time after each fault; exits 1
 * unless 0 lost, 0 mismatches and every fault converged within --limit seconds.
 */
import { randomBytes } from 'node:crypto';
import { WEBHOOK } from '../testbed/client';
import { FAULT_KINDS, FaultKind } from './faults';
import { formatReport, torture, verdict } from './run';
import { prepareTestbed } from './setup';

function option(name: string, fallback: number): number {
    const at = process.argv.indexOf(`--${name}`);
    const value = at === -1 ? fallback : Number(process.argv[at + 1]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
    return value;
}

function faults(): FaultKind[] {
    const at = process.argv.indexOf('--faults');
    if (at === -1) return [...FAULT_KINDS];
    const named = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
    const unknown = named.filter((f) => !(FAULT_KINDS as readonly string[]).includes(f));
    if (unknown.length > 0) throw new Error(`unknown fault(s) ${unknown.join(', ')}; known: ${FAULT_KINDS.join(', ')}`);
    return named as FaultKind[];
}

async function main(): Promise<number> {
    const limit = option('limit', 30);
    const { secret, restore } = await prepareTestbed();
    try {
        const report = await torture({
            url: WEBHOOK,
            secret,
            customers: Math.max(1, option('customers', 300)),
            events: Math.min(option('events', 10_000), 200_000),
            faults: faults(),
            faultSeconds: Math.min(option('fault-seconds', 5), 120),
            concurrency: Math.min(Math.max(1, option('concurrency', 6)), 32),
            seed: option('seed', randomBytes(4).readUInt32LE()),
            seconds: Math.min(option('seconds', 1500), 7200),
            convergeSeconds: option('converge-seconds', 120),
            log: (line) => console.log(line),
        });
        console.log(`\n${formatReport(report)}`);
        const failures = verdict(report, limit);
        console.log(
            failures.length === 0
                ? '\ngoal met: 0 lost, 0 mismatches, every fault converged in time'
                : `\ngoal NOT met:\n${failures.map((f) => `  ${f}`).join('\n')}`,
        );
        return failures.length === 0 ? 0 : 1;
    } finally {
        await restore();
    }
}

main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
        console.error(`torture: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        process.exit(1);
    });
