/**
 * The lifecycle engine's figures on the test bed:
 *  - event → access latency through the real queue worker (signed POST until the subuser rows exist);
 *  - a full reconcile of N subscribers × 20 servers at three sizes, first apply and again with nothing to change;
 *  - one subscriber granted on 20 servers in-process vs through the panel's HTTP API, as an API bridge does.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { ROOT } from '../lib/paths';
import { canonicalEvent } from '../sim/events';
import { deliver } from '../sim/send';
import { newSecret } from '../sim/sign';
import { PanelSession } from '../testbed/session';
import { artisan, db, setSetting, WEBHOOK } from '../testbed/client';
import { ms, summary } from './stats';

const tag = `bench${Date.now().toString(36)}`;
const php = (script: string, ...args: string[]) =>
    JSON.parse(
        execFileSync(
            'runuser',
            ['-u', testbed.webUser, '--', 'php', path.join(ROOT, 'tools/bench/php', script), testbed.panelDir, ...args],
            { encoding: 'utf8', maxBuffer: 64 << 20 },
        )
            .trim()
            .split('\n')
            .pop()!,
    );

async function addServersUpTo(count: number): Promise<string[]> {
    const [rows] = await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM servers');
    const added: string[] = [];
    for (let i = Number(rows[0]!.n); i < count; i++) {
        const id = `${tag}-srv-${i}`;
        artisan('testbed:add-server', id, `Bench ${i}`);
        added.push(id);
    }
    return added;
}

async function subuserCount(email: string): Promise<number> {
    const [rows] = await db().execute<RowDataPacket[]>(
        'SELECT COUNT(*) AS n FROM subusers su JOIN users u ON u.id = su.user_id WHERE u.email = ?',
        [email],
    );
    return Number(rows[0]!.n);
}

async function eventToAccess(secret: string, samples: number): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
        const email = `${tag}-latency-${i}@bench.example.com`;
        const started = performance.now();
        const r = await deliver({
            url: WEBHOOK,
            secrets: [secret],
            body: JSON.stringify(
                canonicalEvent({
                    type: 'subscription.created',
                    subscription: {
                        id: `${tag}-lat-${i}`,
                        status: 'active',
                        product: { id: 'awakened', slug: 'awakened' },
                        sequence: 1,
                    },
                    customer: { id: `${tag}-latcus-${i}`, email },
                }),
            ),
        });
        if (r.status !== 202) throw new Error(`delivery refused: ${r.status}`);
        while ((await subuserCount(email)) < 2) await new Promise((res) => setTimeout(res, 5));
        latencies.push(performance.now() - started);
    }
    return latencies;
}

async function cleanup(): Promise<void> {
    await db().execute('DELETE FROM users WHERE email LIKE ?', [`${tag}%`]);
    await db().execute('DELETE FROM tiergate_accounts WHERE customer_id LIKE ?', [`${tag}%`]);
    await db().execute('DELETE FROM tiergate_subscriptions WHERE customer_id LIKE ?', [`${tag}%`]);
    await db().execute('DELETE FROM tiergate_events WHERE customer_id LIKE ?', [`${tag}%`]);
    await db().execute('DELETE FROM servers WHERE external_id LIKE ?', [`${tag}-srv-%`]);
}

async function reportLatency(secret: string): Promise<void> {
    const latencies = summary(await eventToAccess(secret, 40));
    console.log(
        `event → access (Awakened, 2 servers): p50 ${ms(latencies.p50)}  p99 ${ms(latencies.p99)}  (${latencies.n} events, one at a time)`,
    );
}

async function reportFullReconcile(sizes: number[]): Promise<void> {
    console.log('full reconcile, Sovereign (all servers including future) on 20 servers, in-process:');
    let previous = 0;
    for (const [i, size] of sizes.entries()) {
        const prefix = `${tag}-n${size}`;
        php('seed-subscribers.php', String(size), prefix, 'sovereign');
        const first = php('reconcile-timing.php', prefix);
        const again = php('reconcile-timing.php', prefix);
        const growth = previous
            ? `; ×${(first.ms / previous).toFixed(2)} for ×${(size / sizes[i - 1]!).toFixed(0)} subscribers`
            : '';
        console.log(
            `  ${String(size).padStart(5)} subscribers: first apply ${(first.ms / 1000).toFixed(1)} s (${first.changes} grants, ${(first.ms / size).toFixed(1)} ms/subscriber, peak ${first.peak_mb} MB);` +
                ` nothing to change ${(again.ms / 1000).toFixed(2)} s (${again.changes} changes, ${(again.ms / size).toFixed(2)} ms/subscriber)${growth}`,
        );
        previous = first.ms;
    }
}

/** One subscriber on 20 servers: one in-process reconcile vs one client-API call per server, in the same run. */
async function reportInProcessVsApi(): Promise<void> {
    const single = `${tag}-single`;
    php('seed-subscribers.php', '1', single, 'sovereign');
    const inProcess = php('reconcile-timing.php', single);
    const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
    const token = /name="_token" content="([^"]+)"/.exec(await (await admin.request('/admin')).text())![1]!;
    const [servers] = await db().query<RowDataPacket[]>('SELECT uuidShort FROM servers ORDER BY id LIMIT 20');
    const email = `${tag}-api@bench.example.com`;
    const started = performance.now();
    for (const s of servers) {
        const res = await admin.request(`/api/client/servers/${s.uuidShort}/users`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token },
            body: JSON.stringify({ email, permissions: ['control.console', 'control.start'] }),
        });
        if (res.status !== 200) throw new Error(`client API answered ${res.status}: ${await res.text()}`);
    }
    const api = performance.now() - started;
    console.log(
        `one subscriber on 20 servers: in-process ${ms(inProcess.ms)} vs HTTP API ${ms(api)} (${servers.length} requests): API/in-process = ${(api / inProcess.ms).toFixed(1)}×`,
    );
}

export type LifecyclePart = 'latency' | 'reconcile' | 'grant';

export async function benchLifecycle(
    parts: LifecyclePart[] = ['latency', 'reconcile', 'grant'],
    sizes = [250, 500, 1000],
): Promise<void> {
    const secret = newSecret();
    artisan('tiergate:secret', `--set=${secret}`);
    await setSetting('rate_limit_per_minute', 1_000_000);
    try {
        if (parts.includes('latency')) await reportLatency(secret);
        await addServersUpTo(20);
        if (parts.includes('reconcile')) await reportFullReconcile(sizes);
        if (parts.includes('grant')) await reportInProcessVsApi();
    } finally {
        await setSetting('rate_limit_per_minute', null);
        await cleanup();
    }
}
