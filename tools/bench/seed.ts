/**
 * The seeded bed: 10,000 panel users, 10,000 subscribers (each linked to one of those users, a past customer whose
 * subscription was cancelled: 10 stored events each, 100,000 in all, every one processed) and 1,000,000 provisioning
 * log rows, written with INSERT … SELECT over MariaDB's sequence tables (seconds, not minutes) into the seeded bed's
 * own database (beds.ts). Every seeded row carries the `bench-seed-` prefix, so the few the log part writes into the
 * empty bed as well are removed by one DELETE per table. It is consistent: a reconcile of a seeded subscriber finds
 * nothing to change.
 */
import { execFileSync } from 'node:child_process';
import type { RowDataPacket } from 'mysql2';
import { db, mysqlAsRoot } from '../testbed/client';
import { php } from './php-scripts';

export const SEED = 'bench-seed-';
export const SEED_SIZES = { users: 10_000, subscribers: 10_000, eventsPerSubscriber: 10, logRows: 1_000_000 };

// A real bcrypt hash of a random password nobody knows, so the seeded users look like the panel's own.
const password = () =>
    execFileSync('php', ['-r', 'echo password_hash(bin2hex(random_bytes(16)), PASSWORD_BCRYPT);'], {
        encoding: 'utf8',
    });

/** The log API's page (the admin page asks for 50). */
const PAGE = 50;

/** Which seeded log rows a log filter matches, in the seed's own encoding: SQL over its sequence number `seq`. */
export const seededLog = {
    all: 'TRUE',
    /** `index`: the server's place among the panel's servers by id, as the seed spreads rows over them. */
    server: (index: number, servers: number) => `seq MOD ${servers} = ${index}`,
    action: (action: 'grant' | 'update' | 'revoke') => `seq MOD 3 = ${['grant', 'update', 'revoke'].indexOf(action)}`,
    failed: 'seq MOD 997 = 0',
    day: (day: string) =>
        `UTC_TIMESTAMP(6) - INTERVAL (${SEED_SIZES.logRows} - seq) SECOND BETWEEN '${day} 00:00:00' AND '${day} 23:59:59.999999'`,
};

export async function isSeeded(): Promise<boolean> {
    const [[row]] = await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM users WHERE email LIKE ?', [
        `${SEED}%`,
    ]);
    return Number(row!.n) >= SEED_SIZES.users;
}

/**
 * `only`: the empty bed's fixture for the log requests. Just one seeded subscriber's rows (its user, account, 10
 * events, subscription, search terms and 100 log rows), for each of `pages` (conditions of `seededLog`) the newest
 * page of log rows that match it, and the subscribers those rows name (without their other log rows), all exactly as
 * the full seed writes them. So a request finds the same rows on both beds, and only the amount of data around them
 * differs.
 */
export async function seed(log: (line: string) => void, only?: { subscriber: number; pages: string[] }): Promise<void> {
    if (only === undefined) await unseed(); // the log part's fixture, if a killed run left it in the bed copied
    const started = performance.now();
    const { users, subscribers, eventsPerSubscriber, logRows } = SEED_SIZES;
    const q = (sql: string, params: unknown[] = []) => db().query(sql, params);
    const newestPages = (only?.pages ?? [])
        .map(
            (page) =>
                ` OR seq IN (SELECT seq FROM (SELECT seq FROM seq_1_to_${logRows} WHERE ${page} ORDER BY seq DESC LIMIT ${PAGE + 1}) p)`,
        )
        .join('');
    // The subscribers those pages name get their user, account, events and subscription too: a page's rows are shown
    // with their subscriber's email, which the seeded bed finds for every row.
    const [named] =
        only === undefined
            ? [[]]
            : await db().query<RowDataPacket[]>(
                  `SELECT DISTINCT 1 + seq MOD ${subscribers} AS s FROM seq_1_to_${logRows} WHERE FALSE ${newestPages}`,
              );
    // Which seeded rows are written, as a condition on the expression giving a row's subscriber (none: every row).
    // Users, accounts, events and subscriptions: only's subscriber and those the pages name; log rows: only's and the
    // pages' own.
    const people = only === undefined ? [] : [only.subscriber, ...named.map((row) => Number(row.s))];
    const ofPeople = (subscriber: string) =>
        only === undefined ? '' : `WHERE ${subscriber} IN (${people.join(', ')})`;
    const ofLogRows =
        only === undefined ? '' : `WHERE 1 + seq MOD ${subscribers} = ${Number(only.subscriber)}${newestPages}`;
    await q(
        `INSERT INTO users (uuid, username, email, name_first, name_last, password, language, root_admin, use_totp, gravatar, created_at, updated_at)
         SELECT UUID(), CONCAT('benchseed', seq), CONCAT(?, seq, '@seed.example.com'), 'Seed', CONCAT('No', seq), ?, 'en', 0, 0, 1, NOW(), NOW()
           FROM seq_1_to_${users} ${ofPeople('seq')}`,
        [SEED, password()],
    );
    await q(
        `INSERT INTO tiergate_accounts (customer_id, user_id, created_by_tiergate, created_at, updated_at)
         SELECT CONCAT(?, 'cus-', seq), u.id, 0, NOW(), NOW()
           FROM seq_1_to_${subscribers} JOIN users u ON u.email = CONCAT(?, seq, '@seed.example.com') ${ofPeople('seq')}`,
        [SEED, SEED],
    );
    const snapshot = (status: string) =>
        `JSON_OBJECT('id', CONCAT(?, 'sub-', s), 'status', ${status}, 'product', JSON_OBJECT('id', 'awakened', 'slug', 'awakened'), 'sequence', k)`;
    await q(
        `INSERT INTO tiergate_events (webhook_id, type, format, subscription_id, customer_id, occurred_at, sequence, body, canonical, headers, source_ip, received_at, processed_at)
         SELECT CONCAT('msg_', ?, n), t, 'canonical', CONCAT(?, 'sub-', s), CONCAT(?, 'cus-', s), at, k, c, c, '{}', '127.0.0.1', at, at
           FROM (SELECT n, s, k, t, at,
                        JSON_OBJECT('type', t, 'timestamp', DATE_FORMAT(at, '%Y-%m-%dT%H:%i:%sZ'), 'data', JSON_OBJECT(
                            'subscription', ${snapshot('IF(k = ' + eventsPerSubscriber + ", 'cancelled', 'active')")},
                            'customer', JSON_OBJECT('id', CONCAT(?, 'cus-', s), 'email', CONCAT(?, s, '@seed.example.com')))) AS c
                   FROM (SELECT seq AS n, (seq - 1) DIV ${eventsPerSubscriber} + 1 AS s, (seq - 1) MOD ${eventsPerSubscriber} + 1 AS k,
                                CASE (seq - 1) MOD ${eventsPerSubscriber} + 1 WHEN 1 THEN 'subscription.created' WHEN ${eventsPerSubscriber} THEN 'subscription.cancelled' ELSE 'payment.succeeded' END AS t,
                                UTC_TIMESTAMP(6) - INTERVAL (${eventsPerSubscriber} + 1 - ((seq - 1) MOD ${eventsPerSubscriber} + 1)) DAY AS at
                           FROM seq_1_to_${subscribers * eventsPerSubscriber} ${ofPeople(`(seq - 1) DIV ${eventsPerSubscriber} + 1`)}) e) ev`,
        [SEED, SEED, SEED, SEED, SEED, SEED],
    );
    await q(
        `INSERT INTO tiergate_subscriptions (subscription_id, customer_id, customer_email, product_key, template_key, tier_name, state, cause, reason, user_id, last_event_at, reconciled_at, created_at, updated_at)
         SELECT CONCAT(?, 'sub-', seq), CONCAT(?, 'cus-', seq), CONCAT(?, seq, '@seed.example.com'), 'awakened', 'subscriber_awakened', 'Awakened', 'ended', 'cancelled', '', a.user_id, NOW(), NOW(), NOW(), NOW()
           FROM seq_1_to_${subscribers} JOIN tiergate_accounts a ON a.customer_id = CONCAT(?, 'cus-', seq) ${ofPeople('seq')}`,
        [SEED, SEED, SEED, SEED],
    );
    // Rows written straight to the tables, as an install finds them: the search index is filled the same way.
    php('rebuild-search-terms.php');
    const [servers] = await db().query<RowDataPacket[]>('SELECT id FROM servers ORDER BY id');
    const ids = servers.map((s) => Number(s.id));
    await q(
        `INSERT INTO tiergate_log (\`trigger\`, trigger_ref, customer_id, user_id, server_id, action, permissions_before, permissions_after, outcome, error, duration_ms, created_at)
         SELECT 'event', CONCAT('msg_', ?, seq), CONCAT(?, 'cus-', 1 + seq MOD ${subscribers}), NULL, ELT(1 + seq MOD ${ids.length}, ${ids.join(',')}),
                ELT(1 + seq MOD 3, 'grant', 'update', 'revoke'), '[]', '["websocket.connect"]', IF(seq MOD 997 = 0, 'failed', 'ok'), NULL, 3,
                UTC_TIMESTAMP(6) - INTERVAL (${logRows} - seq) SECOND
           FROM seq_1_to_${logRows} ${ofLogRows}`,
        [SEED, SEED],
    );
    if (only !== undefined)
        return log(
            `  seeded subscriber ${only.subscriber}, the newest page of ${only.pages.length} log filters and the ${named.length} subscribers they name (the empty bed's fixture)`,
        );
    await settle(log);
    log(
        `  seeded ${users.toLocaleString('en')} users, ${subscribers.toLocaleString('en')} subscribers, ${(subscribers * eventsPerSubscriber).toLocaleString('en')} events, ${logRows.toLocaleString('en')} log rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
}

/**
 * Bulk inserts leave InnoDB flushing dirty pages and purging old row versions for minutes afterwards, which slows
 * everything else on the machine (a request that touches no data served half as fast): the seeded bed is measured at
 * rest, as the empty one is. Fresh index statistics, then every dirty page flushed (at most 3 minutes).
 */
export async function settle(log: (line: string) => void): Promise<void> {
    const started = performance.now();
    await db().query(
        'ANALYZE TABLE users, servers, nodes, tiergate_accounts, tiergate_events, tiergate_subscriptions, tiergate_search_terms, tiergate_log',
    );
    const pct = mysqlAsRoot('SELECT @@GLOBAL.innodb_max_dirty_pages_pct');
    mysqlAsRoot('SET GLOBAL innodb_max_dirty_pages_pct = 0');
    try {
        const dirty = () =>
            Number(mysqlAsRoot("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'").split(/\s+/)[1]);
        // Undo history the purge thread has not removed yet (rows deleted by the last part): it works meanwhile.
        const unpurged = () =>
            Number(
                mysqlAsRoot("SELECT count FROM information_schema.INNODB_METRICS WHERE name = 'trx_rseg_history_len'"),
            );
        while ((dirty() > 100 || unpurged() > 1000) && performance.now() - started < 180_000)
            await new Promise((r) => setTimeout(r, 1000));
    } finally {
        mysqlAsRoot(`SET GLOBAL innodb_max_dirty_pages_pct = ${Number(pct)}`);
    }
    log(
        `  settled in ${((performance.now() - started) / 1000).toFixed(0)} s (statistics analysed, dirty pages flushed, deleted rows purged)`,
    );
}

export async function unseed(): Promise<void> {
    const like = `${SEED}%`;
    await db().query('DELETE FROM tiergate_log WHERE customer_id LIKE ?', [like]);
    await db().query('DELETE FROM tiergate_events WHERE customer_id LIKE ?', [like]);
    await db().query('DELETE FROM tiergate_subscriptions WHERE customer_id LIKE ?', [like]);
    await db().query('DELETE FROM tiergate_search_terms WHERE customer_id LIKE ?', [like]);
    await db().query('DELETE FROM tiergate_accounts WHERE customer_id LIKE ?', [like]);
    await db().query('DELETE FROM users WHERE email LIKE ?', [like]);
}
