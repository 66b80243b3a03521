/**
 * The admin provisioning-log API as the page calls it, p95 over 100 requests per filter the page offers. On the
 * seeded bed the log holds 1,000,000 rows (seed.ts). On the empty bed each request finds the same rows as on the
 * seeded one (seed.ts `only`: the subscriber two filters name, and each filter's newest page), so that the two beds
 * differ only in the data around them.
 */
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { db } from '../testbed/client';
import { PanelSession } from '../testbed/session';
import type { Figures } from './figures';
import { percentile } from './stats';
import { isSeeded, seed, seededLog, unseed } from './seed';

/** The seeded subscriber the one-subscriber filters name. */
const NAMED = 4242;

/**
 * A label, the request's query (built from the id half way down the bed's log, for the one that pages there) and the
 * seeded log rows it matches.
 */
type Filter = [label: string, query: string | ((midId: number) => string), rows: string | null];

export async function benchLogApi(figures: Figures, requests: number): Promise<void> {
    const [servers] = await db().query<RowDataPacket[]>('SELECT id, name FROM servers ORDER BY id');
    const server = servers[4]!;
    const day = new Date(Date.now() - 3 * 86400_000).toISOString().slice(0, 10);
    const at = (index: number) => seededLog.server(index, servers.length);
    const and = (...conditions: string[]) => conditions.join(' AND ');
    // Each filter the page offers, and which seeded log rows it matches (the empty bed gets its newest page of them).
    const filters: Filter[] = [
        ['first page', '', seededLog.all],
        ['a page half way down', (midId) => `cursor=${midId}`, null],
        ['one subscriber (id)', `customer=bench-seed-cus-${NAMED}`, null],
        ['one subscriber (email search)', `customer=bench-seed-${NAMED}%40seed`, null],
        ['one server', `server=${server.id}`, at(4)],
        ['one server by name', `server=${encodeURIComponent(String(server.name))}`, at(4)],
        ['one server + one action', `server=${server.id}&action=revoke`, and(at(4), seededLog.action('revoke'))],
        ['one action', 'action=update', seededLog.action('update')],
        ['failures only', 'outcome=failed', seededLog.failed],
        ['one day', `since=${day}T00:00:00Z&until=${day}T23:59:59Z`, seededLog.day(day)],
        [
            'failures on one server in one day',
            `server=${server.id}&outcome=failed&since=${day}T00:00:00Z&until=${day}T23:59:59Z`,
            and(at(4), seededLog.failed, seededLog.day(day)),
        ],
    ];
    const fixture = !(await isSeeded());
    if (fixture) {
        const pages = [...new Set(filters.map(([, , rows]) => rows).filter((rows): rows is string => rows !== null))];
        await seed((line) => console.log(line), { subscriber: NAMED, pages });
    }
    try {
        await measure(figures, requests, filters);
    } finally {
        if (fixture) await unseed();
    }
}

async function measure(figures: Figures, requests: number, filters: Filter[]): Promise<void> {
    const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
    const [[mid]] = await db().query<RowDataPacket[]>('SELECT id FROM tiergate_log ORDER BY id LIMIT 1 OFFSET ?', [
        Math.floor(Number((await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM tiergate_log'))[0][0]!.n) / 2),
    ]);
    for (const [label, filter] of filters) {
        const query = typeof filter === 'string' ? filter : filter(Number(mid?.id ?? 1));
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
