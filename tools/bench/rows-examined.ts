/**
 * The queries of one event's path (the delivery and the reconcile that applies it, in the php-fpm child), from
 * MariaDB's slow log at long_query_time = 0, with Rows_examined for each. Only connections opened while the log is
 * on are logged, so the queue worker's long-lived connection is not; the event is made to reconcile in the child.
 */
import fs from 'node:fs';
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { newMessageId } from '../sim/sign';
import { db, mysqlAsRoot } from '../testbed/client';
import type { Figures } from './figures';
import { signedPost } from './webhook-ingress';

const LOG = '/var/lib/mysql/tiergate-bench-slow.log';

interface LoggedQuery {
    thread: string;
    rowsExamined: number;
    rowsSent: number;
    ms: number;
    sql: string;
}

function parse(text: string): LoggedQuery[] {
    const queries: LoggedQuery[] = [];
    for (const entry of text.split(/^# Time: .*$|^(?=# User@Host)/m)) {
        const thread = /# Thread_id: (\d+)/.exec(entry)?.[1];
        const stats = /# Query_time: ([\d.]+)\s+Lock_time: [\d.]+\s+Rows_sent: (\d+)\s+Rows_examined: (\d+)/.exec(
            entry,
        );
        if (!thread || !stats) continue;
        const sql = entry
            .split('\n')
            .filter((l) => l && !l.startsWith('#') && !/^(SET timestamp|use )/i.test(l))
            .join(' ')
            .trim();
        queries.push({
            thread,
            ms: Number(stats[1]) * 1000,
            rowsSent: Number(stats[2]),
            rowsExamined: Number(stats[3]),
            sql,
        });
    }
    return queries;
}

export async function benchRowsExamined(figures: Figures, secret: string): Promise<void> {
    const tag = `bench-rows${Date.now().toString(36)}`;
    const body = JSON.stringify(
        canonicalEvent({
            type: 'subscription.created',
            subscription: {
                id: `${tag}-sub`,
                status: 'active',
                product: { id: 'awakened', slug: 'awakened' },
                sequence: 1,
            },
            customer: { id: `${tag}-cus`, email: `${tag}@bench.example.com` },
        }),
    );
    fs.rmSync(LOG, { force: true });
    mysqlAsRoot(
        `SET GLOBAL slow_query_log_file = '${LOG}'; SET GLOBAL long_query_time = 0; SET GLOBAL slow_query_log = 1;`,
    );
    let text: string;
    try {
        const r = await signedPost(secret, body, newMessageId());
        if (r.status !== 202) throw new Error(`the event was answered ${r.status}`);
        await new Promise((res) => setTimeout(res, 2500)); // the after-response reconcile, with no bench query logged
    } finally {
        mysqlAsRoot('SET GLOBAL slow_query_log = 0; SET GLOBAL long_query_time = 10;');
        text = fs.readFileSync(LOG, 'utf8');
    }
    const all = parse(text);
    const threads = new Set(all.filter((q) => q.sql.includes(tag)).map((q) => q.thread));
    const mine = all.filter(
        (q) =>
            threads.has(q.thread) &&
            !/^(commit|rollback|start transaction|savepoint|release savepoint|select get_lock|select release_lock|set )/i.test(
                q.sql,
            ),
    );
    console.log(
        `  one event (new subscriber, Awakened): ${mine.length} queries on ${threads.size} connection(s); the most rows examined:`,
    );
    for (const q of [...mine].sort((a, b) => b.rowsExamined - a.rowsExamined).slice(0, 12)) {
        console.log(
            `    ${String(q.rowsExamined).padStart(7)} examined ${String(q.rowsSent).padStart(5)} sent  ${q.sql.slice(0, 150)}`,
        );
    }
    const [[applied]] = await db().query<RowDataPacket[]>(
        'SELECT COUNT(*) AS n FROM tiergate_events WHERE customer_id = ? AND processed_at IS NOT NULL',
        [`${tag}-cus`],
    );
    figures.add(
        'rows.queries',
        'one event, delivery + reconcile in the php-fpm child: queries',
        mine.length,
        'count',
        undefined,
        Number(applied!.n) ? 'applied in the child' : 'NOT applied in the child (the worker took it)',
    );
    figures.add(
        'rows.max_examined',
        'one event: most rows examined by one query',
        Math.max(0, ...mine.map((q) => q.rowsExamined)),
        'count',
    );
    figures.add(
        'rows.total_examined',
        'one event: rows examined, all queries',
        mine.reduce((s, q) => s + q.rowsExamined, 0),
        'count',
    );
    await db().execute('DELETE FROM users WHERE email = ?', [`${tag}@bench.example.com`]);
    for (const table of ['tiergate_accounts', 'tiergate_subscriptions', 'tiergate_events', 'tiergate_log']) {
        await db().execute(`DELETE FROM ${table} WHERE customer_id = ?`, [`${tag}-cus`]);
    }
}
