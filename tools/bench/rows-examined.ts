/**
 * The queries of an event's path (the delivery and the reconcile that applies it, in the php-fpm child), from
 * MariaDB's slow log at long_query_time = 0, with Rows_examined for each. Only connections opened while the log is
 * on are logged, so the queue worker's long-lived connection is not; the event is made to reconcile in the child.
 */
import fs from 'node:fs';
import type { RowDataPacket } from 'mysql2';
import { canonicalEvent } from '../sim/events';
import { newMessageId } from '../sim/sign';
import { db, mysqlAsRoot } from '../testbed/client';
import type { EventType } from '../../contract/event';
import { dropCohort } from './cohorts';
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

/** One event's queries: the slow log on while it is delivered and applied, its connection's queries read back. */
async function logged(secret: string, tag: string, body: string): Promise<LoggedQuery[]> {
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
    return all.filter(
        (q) =>
            threads.has(q.thread) &&
            !/^(commit|rollback|start transaction|savepoint|release savepoint|select get_lock|select release_lock|set )/i.test(
                q.sql,
            ),
    );
}

const event = (tag: string, type: EventType, product: string, sequence: number) =>
    JSON.stringify(
        canonicalEvent({
            type,
            subscription: { id: `${tag}-sub`, status: 'active', product: { id: product, slug: product }, sequence },
            customer: { id: `${tag}-cus`, email: `${tag}-1@bench.example.com` },
        }),
    );

/**
 * Two events of one subscriber: the first (a new subscriber on Awakened: account, grants) and a tier change to Frost
 * Knight (subuser permissions changed on the servers both tiers share, tokens revoked on Wings, the overdue flag
 * cleared).
 */
export async function benchRowsExamined(figures: Figures, secret: string): Promise<void> {
    const tag = `bench-rows${Date.now().toString(36)}`;
    const steps = [
        {
            id: 'rows',
            label: 'one event',
            what: 'new subscriber, Awakened',
            body: event(tag, 'subscription.created', 'awakened', 1),
        },
        {
            id: 'rows.change',
            label: 'a tier change',
            what: 'Awakened → Frost Knight',
            body: event(tag, 'subscription.updated', 'frost-knight', 2),
        },
    ];
    for (const step of steps) {
        const mine = await logged(secret, tag, step.body);
        console.log(`  ${step.label} (${step.what}): ${mine.length} queries; the most rows examined:`);
        for (const q of [...mine].sort((a, b) => b.rowsExamined - a.rowsExamined).slice(0, 12)) {
            console.log(
                `    ${String(q.rowsExamined).padStart(7)} examined ${String(q.rowsSent).padStart(5)} sent  ${q.sql.slice(0, 150)}`,
            );
        }
        const [[waiting]] = await db().query<RowDataPacket[]>(
            'SELECT COUNT(*) AS n FROM tiergate_events WHERE customer_id = ? AND processed_at IS NULL',
            [`${tag}-cus`],
        );
        figures.add(
            `${step.id}.queries`,
            `${step.label}, delivery + reconcile in the php-fpm child: queries`,
            mine.length,
            'count',
            undefined,
            Number(waiting!.n) === 0 ? 'applied in the child' : 'NOT applied in the child (the worker took it)',
        );
        figures.add(
            `${step.id}.max_examined`,
            `${step.label}: most rows examined by one query`,
            Math.max(0, ...mine.map((q) => q.rowsExamined)),
            'count',
        );
        figures.add(
            `${step.id}.total_examined`,
            `${step.label}: rows examined, all queries`,
            mine.reduce((s, q) => s + q.rowsExamined, 0),
            'count',
        );
    }
    await dropCohort(tag);
}
