import type { RowDataPacket } from 'mysql2';
import { newSecret } from '../sim/sign';
import { artisan, closeDb, db, setSetting } from '../testbed/client';
import { processStatus } from '../testbed/services';

/**
 * Gives the run its own webhook secret and makes 127.0.0.1 a trusted proxy (the senders spread their requests over
 * documentation addresses, like the fuzzer, so the route's per-address rate limit is not what is measured).
 * Returns the secret and a function that puts the trusted proxies back.
 */
export async function prepareTestbed(): Promise<{ secret: string; restore: () => Promise<void> }> {
    const down = Object.entries(processStatus())
        .filter(([, up]) => !up)
        .map(([name]) => name);
    if (down.length > 0)
        throw new Error(`the test bed is not fully up (${down.join(', ')} not running): run npm run testbed -- up`);
    const secret = newSecret();
    artisan('tiergate:secret', `--set=${secret}`);
    const [rows] = await db().execute<RowDataPacket[]>(
        "SELECT value FROM tiergate_settings WHERE `key` = 'trusted_proxies'",
    );
    const previous = rows[0] ? JSON.parse(String(rows[0].value)) : null;
    await setSetting('trusted_proxies', ['127.0.0.1']);
    return {
        secret,
        restore: async () => {
            await setSetting('trusted_proxies', previous);
            await closeDb();
        },
    };
}
