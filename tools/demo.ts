/**
 * `npm run demo`: the test bed with Tiergate installed, the demo tiers, and a few simulated subscribers sent
 * through the signed webhook exactly as Paymenter's extension would. Leaves everything running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { ROOT } from './lib/paths';
import { loadScenario, runScenario } from './sim/scenario';
import { deliver } from './sim/send';
import { newSecret } from './sim/sign';
import { panelUrl, testbed } from './testbed/config';
import { panelArtisan } from './testbed/panel';
import { up } from './testbed/up';
import { closeDb, db, WEBHOOK, WINGS } from './testbed/client';
import { demoTiersWithGameActions } from './demo/game-actions';

const SCENARIOS = ['lifecycle.json', 'sovereign.json', 'grace.json'];

/** The flat payload the project started from: product fire-elemental (mapped to Elemental), `tier` only a hint. */
const SEED_PAYLOAD =
    '{"event":"subscription.created","subscription_id":"12345","customer_email":"user@example.com","product_id":"fire-elemental","tier":"elemental","status":"active"}';

async function main(): Promise<void> {
    await up((line) => console.log(line));

    const secret = newSecret();
    panelArtisan(['tiergate:secret', `--set=${secret}`]);
    const withGame = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-demo-')),
        'tiers-with-game-actions.json',
    );
    fs.writeFileSync(withGame, JSON.stringify(demoTiersWithGameActions(), null, 2));
    fs.chmodSync(path.dirname(withGame), 0o755);
    console.log('\nThe demo tiers get their in-game actions (LuckPerms groups, whitelists):');
    console.log(`  ${panelArtisan(['tiergate:import', withGame]).stdout.trim()}`);
    await fetch(`${WINGS}/__double/calls`, { method: 'DELETE' });
    console.log('\nSending the demo subscribers through the signed webhook:');
    for (const file of SCENARIOS) {
        const scenario = loadScenario(path.join(ROOT, 'tools/sim/scenarios', file));
        console.log(`  ${scenario.name}`);
        await runScenario(scenario, WEBHOOK, [secret], (type, r) =>
            console.log(`    ${type.padEnd(26)} ${r.status} ${JSON.stringify(r.body)}`),
        );
    }
    console.log('  the flat payload from the project brief');
    const flat = await deliver({ url: WEBHOOK, secrets: [secret], body: SEED_PAYLOAD });
    console.log(`    ${'subscription.created'.padEnd(26)} ${flat.status} ${JSON.stringify(flat.body)}`);

    await new Promise((r) => setTimeout(r, 3000)); // the queue worker applies them
    const [rows] = await db().query<RowDataPacket[]>(
        `SELECT s.customer_email, s.tier_name, s.state, s.reason, s.grace_until, s.access_until,
                (SELECT COUNT(*) FROM subusers su WHERE su.user_id = s.user_id) AS servers
           FROM tiergate_subscriptions s WHERE s.subscription_id LIKE 'demo-%' OR s.subscription_id = '12345' ORDER BY s.subscription_id`,
    );
    console.log('\nSubscribers now:');
    for (const r of rows) {
        const until = r.grace_until
            ? `, grace until ${new Date(r.grace_until).toISOString()}`
            : r.access_until
              ? `, access until ${new Date(r.access_until).toISOString()}`
              : '';
        console.log(
            `  ${String(r.customer_email).padEnd(28)} ${String(r.tier_name).padEnd(10)} ${r.state} (${r.reason}${until}), subuser on ${r.servers} server(s)`,
        );
    }
    await printConsoleCommands();
    await closeDb();

    console.log(`
Admin page:   ${panelUrl()}/admin/extensions/tiergate   (login ${testbed.admin.username} / ${testbed.admin.password})
Webhook URL:  ${WEBHOOK}
Secret:       ${secret}
Try:          npm run sim -- send --secret ${secret} --type subscription.created --subscription 4242 --email you@example.com --slug fire-knight
              runuser -u www-data -- php .testbed/panel/artisan tiergate:status
Stop it with: npm run testbed -- down`);
}

/** What each server's console received, from the Wings double's record of the panel's calls, in order. */
async function printConsoleCommands(): Promise<void> {
    const [servers] = await db().query<RowDataPacket[]>('SELECT uuid, name FROM servers');
    const names = new Map(servers.map((s) => [String(s.uuid), String(s.name)]));
    const { calls } = (await (await fetch(`${WINGS}/__double/calls`)).json()) as {
        calls: Array<{ path: string; body: { commands?: string[] } }>;
    };
    const received = new Map<string, string[]>();
    for (const call of calls) {
        const uuid = /^\/api\/servers\/([0-9a-f-]{36})\/commands$/.exec(call.path)?.[1];
        if (!uuid) continue;
        const name = names.get(uuid) ?? uuid;
        received.set(name, [...(received.get(name) ?? []), ...(call.body.commands ?? [])]);
    }
    console.log('\nConsole commands each server received (Wings double):');
    if (received.size === 0) console.log('  none');
    for (const [name, commands] of [...received].sort(([a], [b]) => a.localeCompare(b))) {
        console.log(`  ${name}`);
        for (const command of commands) console.log(`    ${command}`);
    }
}

main().catch((err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
