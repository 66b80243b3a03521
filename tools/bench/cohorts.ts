/**
 * Groups of bench subscribers made straight in the database with INSERT … SELECT (seconds for thousands):
 *  - `stored`: one processed subscription.created each, nothing applied yet (optionally with a panel user of the
 *    same email already there, as for customers who had accounts before Tiergate);
 *  - `applied`: the same, plus the account, the subuser rows and grants and the listing row a reconcile would have
 *    written, so a full reconcile has nothing to change (the bench checks that it finds nothing).
 * Every row carries the cohort's prefix; drop() removes them all.
 */
import type { RowDataPacket } from 'mysql2';
import { db } from '../testbed/client';

export const ALWAYS = 'websocket.connect';
const q = (sql: string, params: unknown[] = []) => db().query(sql, params);

export const newPrefix = (what: string) => `bench-${what}${Date.now().toString(36)}`;

async function storeEvents(prefix: string, n: number, product: string): Promise<void> {
    await q(
        `INSERT INTO tiergate_events (webhook_id, type, format, subscription_id, customer_id, occurred_at, sequence, body, canonical, headers, source_ip, received_at, processed_at)
         SELECT CONCAT('msg_', ?, '_', seq), 'subscription.created', 'canonical', CONCAT(?, '-sub-', seq), CONCAT(?, '-cus-', seq), UTC_TIMESTAMP(6), 1, c, c, '{}', '127.0.0.1', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
           FROM (SELECT seq, JSON_OBJECT('type', 'subscription.created', 'timestamp', DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%dT%H:%i:%sZ'), 'data', JSON_OBJECT(
                     'subscription', JSON_OBJECT('id', CONCAT(?, '-sub-', seq), 'status', 'active', 'product', JSON_OBJECT('id', ?, 'slug', ?), 'plan', JSON_OBJECT('type', 'one-time'), 'sequence', 1),
                     'customer', JSON_OBJECT('id', CONCAT(?, '-cus-', seq), 'email', CONCAT(?, '-', seq, '@bench.example.com'), 'first_name', 'Bench', 'last_name', CONCAT('No', seq)))) AS c
                   FROM seq_1_to_${n}) e`,
        [prefix, prefix, prefix, prefix, product, product, prefix, prefix],
    );
}

async function addUsers(prefix: string, n: number): Promise<void> {
    await q(
        `INSERT INTO users (uuid, username, email, name_first, name_last, password, language, root_admin, use_totp, gravatar, created_at, updated_at)
         SELECT UUID(), CONCAT(REPLACE(?, '-', ''), seq), CONCAT(?, '-', seq, '@bench.example.com'), 'Bench', CONCAT('No', seq), '!', 'en', 0, 0, 1, NOW(), NOW()
           FROM seq_1_to_${n}`,
        [prefix, prefix],
    );
}

/** Subscribers with stored events only; `withUsers`: each already has a panel account with the same email. */
export async function storedCohort(what: string, n: number, product: string, withUsers: boolean): Promise<string> {
    const prefix = newPrefix(what);
    await storeEvents(prefix, n, product);
    if (withUsers) await addUsers(prefix, n);
    return prefix;
}

/** Subscribers on `templateKey`'s product with every grant in place, as after their first apply. */
export async function appliedCohort(
    n: number,
    product: string,
    templateKey: string,
    tierName: string,
): Promise<string> {
    const prefix = newPrefix('applied');
    await storeEvents(prefix, n, product);
    await addUsers(prefix, n);
    const [[template]] = await db().query<RowDataPacket[]>(
        'SELECT permissions FROM tiergate_templates WHERE `key` = ?',
        [templateKey],
    );
    const raw = template!.permissions;
    const permissions = JSON.stringify(
        [...new Set([...(typeof raw === 'string' ? JSON.parse(raw) : raw), ALWAYS])].sort(),
    );
    const userOf = `(SELECT id FROM users WHERE email = CONCAT(?, '-', seq, '@bench.example.com'))`;
    await q(
        `INSERT INTO tiergate_accounts (customer_id, user_id, created_by_tiergate, created_at, updated_at)
         SELECT CONCAT(?, '-cus-', seq), ${userOf}, 1, NOW(), NOW() FROM seq_1_to_${n}`,
        [prefix, prefix],
    );
    await q(
        `INSERT INTO subusers (user_id, server_id, permissions, created_at, updated_at)
         SELECT a.user_id, s.id, ?, NOW(), NOW() FROM tiergate_accounts a CROSS JOIN servers s WHERE a.customer_id LIKE ?`,
        [permissions, `${prefix}-cus-%`],
    );
    await q(
        `INSERT INTO tiergate_grants (user_id, server_id, subuser_id, permissions, applied_at)
         SELECT su.user_id, su.server_id, su.id, su.permissions, NOW() FROM subusers su JOIN tiergate_accounts a ON a.user_id = su.user_id WHERE a.customer_id LIKE ?`,
        [`${prefix}-cus-%`],
    );
    await q(
        `INSERT INTO tiergate_subscriptions (subscription_id, customer_id, customer_email, product_key, template_key, tier_name, state, cause, reason, user_id, reconciled_at, created_at, updated_at)
         SELECT CONCAT(?, '-sub-', seq), CONCAT(?, '-cus-', seq), CONCAT(?, '-', seq, '@bench.example.com'), ?, ?, ?, 'active', 'active', '', ${userOf}, NOW(), NOW(), NOW()
           FROM seq_1_to_${n}`,
        [prefix, prefix, prefix, product, templateKey, tierName, prefix],
    );
    return prefix;
}

/** Every row the cohort's customers left, Tiergate's and the panel's, so the next part starts on the same bed. */
export async function dropCohort(prefix: string): Promise<void> {
    await dropRows(`${prefix}-%@bench.example.com`, 'customer_id LIKE ?', [`${prefix}-%`]);
}

/** What an aborted run left behind (every bench customer id starts with `bench-`, every bench email ends so). */
export async function removeLeftovers(): Promise<void> {
    await dropRows('%@bench.example.com', "customer_id LIKE 'bench-%' AND customer_id NOT LIKE 'bench-seed-%'", []);
}

/** Tiergate's tables that name a customer. */
const CUSTOMER_TABLES = [
    'tiergate_accounts',
    'tiergate_subscriptions',
    'tiergate_search_terms',
    'tiergate_events',
    'tiergate_log',
    'tiergate_log_conditions',
    'tiergate_notified',
    'tiergate_notifications',
    'tiergate_overrides',
    'tiergate_game_applied',
    'tiergate_game_commands',
];

async function dropRows(emails: string, customers: string, params: unknown[]): Promise<void> {
    // The panel's activity entries about these users (a subuser added, per server) go with them.
    const [logs] = await q(
        `SELECT DISTINCT s.activity_log_id AS id FROM activity_log_subjects s JOIN users u ON u.id = s.subject_id
         WHERE s.subject_type = 'user' AND u.email LIKE ?`,
        [emails],
    );
    const ids = (logs as RowDataPacket[]).map((row) => Number(row.id));
    for (let i = 0; i < ids.length; i += 5000) {
        const chunk = ids.slice(i, i + 5000);
        await q('DELETE FROM activity_log_subjects WHERE activity_log_id IN (?)', [chunk]);
        await q('DELETE FROM activity_logs WHERE id IN (?)', [chunk]);
    }
    await q('DELETE FROM users WHERE email LIKE ?', [emails]);
    for (const table of CUSTOMER_TABLES) await q(`DELETE FROM ${table} WHERE ${customers}`, params);
}
