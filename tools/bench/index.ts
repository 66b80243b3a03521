/** `npm run bench`: figures, not pass/fail tests. Needs the test bed up (`npm run testbed -- up`). */
import { closeDb } from '../testbed/client';
import { benchAdminLog } from './admin-log';
import { benchLifecycle, LifecyclePart } from './lifecycle';
import { benchWebhookIngress } from './webhook-ingress';

async function main(): Promise<void> {
    const only = process.argv[2];
    if (!only || only === 'ingress') await benchWebhookIngress();
    if (!only || only === 'lifecycle') await benchLifecycle();
    if (only && ['latency', 'reconcile', 'grant'].includes(only)) await benchLifecycle([only as LifecyclePart]);
    if (!only || only === 'log') await benchAdminLog();
    await closeDb();
}

main().catch(async (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
    await closeDb();
    process.exit(1);
});
