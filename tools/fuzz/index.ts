/**
 * `npm run fuzz [-- --count 10000 --seconds 240 --concurrency 6 --seed N]`: mutated deliveries against the running
 * test bed's webhook route (loopback only). Prints status → count and fails on any 5xx, any status the README's
 * webhook table does not document, or a request that got no answer.
 */
import { randomBytes } from 'node:crypto';
import type { RowDataPacket } from 'mysql2';
import { artisan, closeDb, db, setSetting, WEBHOOK } from '../testbed/client';
import { formatReport, fuzz } from './run';

function option(name: string, fallback: number): number {
    const at = process.argv.indexOf(`--${name}`);
    const value = at === -1 ? fallback : Number(process.argv[at + 1]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
    return value;
}

async function main(): Promise<number> {
    const count = Math.min(option('count', 10_000), 100_000);
    const seconds = Math.min(option('seconds', 240), 900);
    const concurrency = Math.min(Math.max(1, option('concurrency', 6)), 32);
    const seed = option('seed', randomBytes(4).readUInt32LE());
    const secret = `whsec_${randomBytes(32).toString('base64')}`;

    // The fuzzer's own secret; its requests come through 127.0.0.1 as a trusted proxy, from documentation addresses
    // (203.0.113.0/24) that change every few hundred requests, so neither it nor the test bed meets the rate limit.
    const [rows] = await db().execute<RowDataPacket[]>(
        "SELECT value FROM tiergate_settings WHERE `key` = 'trusted_proxies'",
    );
    const previousProxies = rows[0] ? JSON.parse(String(rows[0].value)) : null;
    artisan('tiergate:secret', `--set=${secret}`);
    await setSetting('trusted_proxies', ['127.0.0.1']);
    try {
        console.log(
            `fuzz: up to ${count} requests, ${seconds} s, ${concurrency} at a time, seed ${seed}, against ${WEBHOOK}`,
        );
        const report = await fuzz({ url: WEBHOOK, secret, count, seconds, concurrency, seed }, (n) =>
            console.log(`  ${n} sent`),
        );
        console.log(formatReport(report));
        if (report.failures.length > 0) {
            console.error(
                `\n${report.failures.length} answer(s) broke the rules (first 20):\n${report.failures.slice(0, 20).join('\n')}`,
            );
            return 1;
        }
        console.log('no 5xx, every status documented');
        return 0;
    } finally {
        await setSetting('trusted_proxies', previousProxies);
        await closeDb();
    }
}

main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
        console.error(`fuzz: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
    });
