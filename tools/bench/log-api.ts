/**
 * The admin provisioning-log API as the page calls it, p95 over 100 requests per filter the page offers. On the
 * seeded bed the log holds 1,000,000 rows (seed.ts); on the empty bed the same requests show the flat baseline.
 */
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { db } from '../testbed/client';
import { PanelSession } from '../testbed/session';
import type { Figures } from './figures';
import { percentile } from './stats';

export async function benchLogApi(figures: Figures, requests: number): Promise<void> {
    const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
    const [[mid]] = await db().query<RowDataPacket[]>('SELECT id FROM tiergate_log ORDER BY id LIMIT 1 OFFSET ?', [
        Math.floor(Number((await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM tiergate_log'))[0][0]!.n) / 2),
    ]);
    const [[server]] = await db().query<RowDataPacket[]>('SELECT id, name FROM servers ORDER BY id LIMIT 1 OFFSET 4');
    const day = new Date(Date.now() - 3 * 86400_000).toISOString().slice(0, 10);
    const filters: Array<[string, string]> = [
        ['first page', ''],
        ['a page half way down', `cursor=${mid?.id ?? 1}`],
        ['one subscriber (id)', 'customer=bench-seed-cus-4242'],
        ['one subscriber (email search)', 'customer=bench-seed-4242%40seed'],
        ['one server', `server=${server!.id}`],
        ['one server by name', `server=${encodeURIComponent(String(server!.name))}`],
        ['one server + one action', `server=${server!.id}&action=revoke`],
        ['one action', 'action=update'],
        ['failures only', 'outcome=failed'],
        ['one day', `since=${day}T00:00:00Z&until=${day}T23:59:59Z`],
        [
            'failures on one server in one day',
            `server=${server!.id}&outcome=failed&since=${day}T00:00:00Z&until=${day}T23:59:59Z`,
        ],
    ];
    for (const [label, query] of filters) {
        const times: number[] = [];
        for (let i = 0; i < requests; i++) {
            const started = performance.now();
            const res = await admin.request(`/extensions/tiergate/admin/api/log?limit=50${query ? `&${query}` : ''}`, {
                headers: { accept: 'application/json' },
            });
            await res.text();
            if (res.status !== 200) throw new Error(`log API ${query} answered ${res.status}`);
            times.push(performance.now() - started);
        }
        const p95 = percentile(
            [...times].sort((a, b) => a - b),
            95,
        );
        figures.add(`log.p95.${label.replace(/\W+/g, '_')}`, `admin log API p95, ${label}`, p95, 'ms', {
            kind: 'max',
            target: 100,
        });
    }
}
