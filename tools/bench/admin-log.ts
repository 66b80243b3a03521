/**
 * The provisioning-log page with a million rows: keyset pages (first, deep, filtered) through the real admin API
 * as the admin page calls it. The rows are added with SQL and removed afterwards.
 */
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { db } from '../testbed/client';
import { PanelSession } from '../testbed/session';
import { ms, summary } from './stats';

const MARK = 'bench-million';

async function fill(target: number): Promise<number> {
    await db().query(
        `INSERT INTO tiergate_log (\`trigger\`, trigger_ref, customer_id, user_id, server_id, action, permissions_before, permissions_after, outcome, error, duration_ms, created_at)
         SELECT 'schedule', ?, CONCAT('bench-cus-', n), 1, 1 + n % 12, IF(n % 3 = 0, 'revoke', 'grant'), '[]', '["websocket.connect"]', IF(n % 997 = 0, 'failed', 'ok'), NULL, 3, NOW(6)
           FROM (SELECT @n := @n + 1 AS n FROM information_schema.columns a, information_schema.columns b, (SELECT @n := 0) z LIMIT 1024) seq`,
        [MARK],
    );
    for (;;) {
        const [[row]] = await db().query<RowDataPacket[]>(
            'SELECT COUNT(*) AS n FROM tiergate_log WHERE trigger_ref = ?',
            [MARK],
        );
        const n = Number(row!.n);
        if (n >= target) return n;
        await db().query(
            `INSERT INTO tiergate_log (\`trigger\`, trigger_ref, customer_id, user_id, server_id, action, permissions_before, permissions_after, outcome, error, duration_ms, created_at)
             SELECT \`trigger\`, trigger_ref, customer_id, user_id, server_id, action, permissions_before, permissions_after, outcome, error, duration_ms, created_at
               FROM tiergate_log WHERE trigger_ref = ? LIMIT ?`,
            [MARK, Math.min(n, target - n)],
        );
    }
}

export async function benchAdminLog(rows = 1_000_000): Promise<void> {
    const started = performance.now();
    const total = await fill(rows);
    console.log(
        `provisioning log with ${total.toLocaleString('en')} extra rows (filled in ${((performance.now() - started) / 1000).toFixed(0)} s), GET /extensions/tiergate/admin/api/log, 20 requests each:`,
    );
    try {
        const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
        const [[mid]] = await db().query<RowDataPacket[]>(
            'SELECT id FROM tiergate_log WHERE trigger_ref = ? ORDER BY id LIMIT 1 OFFSET ?',
            [MARK, Math.floor(total / 2)],
        );
        const pages: Array<[string, string]> = [
            ['first page', '/log?limit=50'],
            ['a page half a million rows deep', `/log?limit=50&cursor=${mid!.id}`],
            ['failures only (1 row in 997)', '/log?limit=50&outcome=failed'],
            ['one subscriber', '/log?limit=50&customer=bench-cus-4242'],
            ['one server, revokes', '/log?limit=50&server=5&action=revoke'],
        ];
        for (const [label, url] of pages) {
            const times: number[] = [];
            for (let i = 0; i < 20; i++) {
                const t = performance.now();
                const res = await admin.request(`/extensions/tiergate/admin/api${url}`, {
                    headers: { accept: 'application/json' },
                });
                if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
                await res.text();
                times.push(performance.now() - t);
            }
            const s = summary(times);
            console.log(`  ${label.padEnd(34)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}`);
        }
    } finally {
        await db().query('DELETE FROM tiergate_log WHERE trigger_ref = ?', [MARK]);
    }
}
