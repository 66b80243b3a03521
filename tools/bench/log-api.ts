/**
 * The admin provisioning-log API as the page calls it, p95 over `requests` requests per filter the page offers. On
 * the seeded bed the log holds 1,000,000 rows (seed.ts). On the empty bed each request finds the same rows as on the
 * seeded one (seed.ts `only`: the subscriber two filters name, and each filter's newest page), so that the two beds
 * differ only in the data around them. The requests are made in rounds that alternate between the beds (beds.ts
 * `inTurns`), and within a round one per filter in turn, so every filter's requests on both beds are spread over the
 * same minute rather than each taking its own second.
 */
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { db } from '../testbed/client';
import { PanelSession } from '../testbed/session';
import { inTurns, useBed } from './beds';
import type { Bed, Figures } from './figures';
import { percentile } from './stats';
import { isSeeded, seed, seededLog, unseed } from './seed';

/** The seeded subscriber the one-subscriber filters name. */
const NAMED = 4242;

/**
 * A label, the request's query (built from the id half way down the bed's log, for the one that pages there) and the
 * seeded log rows it matches.
 */
type Filter = [label: string, query: string | ((midId: number) => string), rows: string | null];

const ROUNDS = 4;

export async function benchLogApi(figures: Figures, requests: number, beds: readonly Bed[]): Promise<void> {
    const fixtures: Bed[] = [];
    try {
        const requesters = new Map<Bed, Requester>();
        for (const bed of beds) {
            await useBed(bed);
            const filters = await offeredFilters();
            if (!(await isSeeded())) {
                fixtures.push(bed);
                const pages = [
                    ...new Set(filters.map(([, , rows]) => rows).filter((rows): rows is string => rows !== null)),
                ];
                await seed((line) => console.log(line), { subscriber: NAMED, pages });
            }
            requesters.set(bed, await requester(filters));
        }
        const rounds = await inTurns(beds, ROUNDS, (bed) => requesters.get(bed)!(Math.ceil(requests / ROUNDS)));
        for (const bed of beds) {
            figures.bed = bed;
            const byRound = rounds.get(bed)!;
            for (const label of byRound[0]!.keys()) {
                const times = byRound.flatMap((round) => round.get(label)!).sort((a, b) => a - b);
                figures.add(
                    `log.p95.${label.replace(/\W+/g, '_')}`,
                    `admin log API p95, ${label}`,
                    percentile(times, 95),
                    'ms',
                    { kind: 'max', target: 100 },
                );
            }
        }
    } finally {
        for (const bed of fixtures) {
            await useBed(bed);
            await unseed();
        }
    }
}

/** Each filter the page offers, and which seeded log rows it matches (the empty bed gets its newest page of them). */
async function offeredFilters(): Promise<Filter[]> {
    const [servers] = await db().query<RowDataPacket[]>('SELECT id, name FROM servers ORDER BY id');
    const server = servers[4]!;
    const day = new Date(Date.now() - 3 * 86400_000).toISOString().slice(0, 10);
    const at = (index: number) => seededLog.server(index, servers.length);
    const and = (...conditions: string[]) => conditions.join(' AND ');
    return [
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
}

/** Times in ms of `n` requests per filter, one per filter in turn, on the bed in use: by filter label. */
type Requester = (n: number) => Promise<Map<string, number[]>>;

/** The bed's admin session and the requests' queries (the cursor half way down its own log). */
async function requester(filters: Filter[]): Promise<Requester> {
    const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
    const [[mid]] = await db().query<RowDataPacket[]>('SELECT id FROM tiergate_log ORDER BY id LIMIT 1 OFFSET ?', [
        Math.floor(Number((await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM tiergate_log'))[0][0]!.n) / 2),
    ]);
    const queries = filters.map(([label, filter]) => ({
        label,
        query: typeof filter === 'string' ? filter : filter(Number(mid?.id ?? 1)),
    }));
    // A round's first pass is not timed: it follows a switch of beds, which restarts php-fpm's children.
    return async (n) => {
        const times = new Map(queries.map(({ label }) => [label, [] as number[]]));
        for (let i = -1; i < n; i++) {
            for (const { label, query } of queries) {
                const started = performance.now();
                const res = await admin.request(
                    `/extensions/tiergate/admin/api/log?limit=50${query ? `&${query}` : ''}`,
                    { headers: { accept: 'application/json' } },
                );
                await res.text();
                if (res.status !== 200) throw new Error(`log API ${query} answered ${res.status}`);
                if (i >= 0) times.get(label)!.push(performance.now() - started);
            }
        }
        return times;
    };
}
