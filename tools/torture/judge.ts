import mysql from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { testbed } from '../testbed/config';
import { sleep } from '../testbed/processes';
import type { Customer } from './histories';
import { Access, expectedAccess } from './model';

/** Its own small pool: it must keep polling through a MariaDB restart. */
export function judgePool(): mysql.Pool {
    const { host, port, username, password, database } = testbed.db;
    return mysql.createPool({
        host,
        port,
        user: username,
        password,
        database,
        connectionLimit: 2,
        connectTimeout: 3000,
    });
}

interface PanelAccount {
    externalId: string | null;
    access: Access;
}

/** The panel's own `users` and `subusers` for this run's accounts (their emails start with `tt-{tag}-`). */
async function panelAccounts(pool: mysql.Pool, tag: string): Promise<Map<string, PanelAccount>> {
    const [rows] = await pool.query<RowDataPacket[]>(
        'SELECT u.email, u.external_id, s.external_id AS server, su.permissions FROM users u ' +
            'LEFT JOIN subusers su ON su.user_id = u.id LEFT JOIN servers s ON s.id = su.server_id WHERE u.email LIKE ?',
        [`tt-${tag}-%`],
    );
    const accounts = new Map<string, PanelAccount>();
    for (const row of rows) {
        const email = String(row.email).toLowerCase();
        const account = accounts.get(email) ?? {
            externalId: row.external_id === null ? null : String(row.external_id),
            access: {},
        };
        if (row.server !== null) {
            const permissions = typeof row.permissions === 'string' ? JSON.parse(row.permissions) : row.permissions;
            account.access[String(row.server)] = [...(permissions as string[])].sort();
        }
        accounts.set(email, account);
    }
    return accounts;
}

export async function allServers(pool: mysql.Pool): Promise<string[]> {
    const [rows] = await pool.query<RowDataPacket[]>(
        'SELECT external_id FROM servers WHERE external_id IS NOT NULL ORDER BY id',
    );
    return rows.map((r) => String(r.external_id));
}

const same = (a: Access, b: Access) =>
    JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Customers whose panel account differs from the model, with a one-line reason each. */
export async function mismatches(
    pool: mysql.Pool,
    tag: string,
    customers: Customer[],
    servers: readonly string[],
): Promise<string[]> {
    const accounts = await panelAccounts(pool, tag);
    const wrong: string[] = [];
    for (const customer of customers) {
        const expected = expectedAccess(customer, servers);
        const account = accounts.get(customer.email.toLowerCase());
        const actual = account?.access ?? {};
        if (!same(expected, actual)) {
            wrong.push(
                `${customer.customerId}: expected ${JSON.stringify(expected)}, panel has ${JSON.stringify(actual)}`,
            );
        } else if (Object.keys(expected).length > 0 && account?.externalId !== `paymenter:${customer.customerId}`) {
            wrong.push(`${customer.customerId}: account external_id is ${JSON.stringify(account?.externalId)}`);
        }
    }
    return wrong;
}

/** Polls until the panel matches the model for every customer; returns the seconds it took, or null and the last differences. */
export async function waitForConvergence(
    pool: mysql.Pool,
    tag: string,
    customers: Customer[],
    servers: readonly string[],
    since: number,
    until: number,
): Promise<{ seconds: number | null; wrong: string[] }> {
    let wrong: string[];
    for (;;) {
        try {
            wrong = await mismatches(pool, tag, customers, servers);
            if (wrong.length === 0) return { seconds: Math.max(0, Date.now() - since) / 1000, wrong };
        } catch (e) {
            wrong = [`the database could not be read: ${(e as Error).message}`];
        }
        if (Date.now() > until) return { seconds: null, wrong };
        await sleep(500);
    }
}

/** Which of this run's webhook ids are in `tiergate_events`, and how many of those are still unprocessed. */
export async function storedIds(
    pool: mysql.Pool,
    idPrefix: string,
): Promise<{ ids: Set<string>; unprocessed: number }> {
    const [rows] = await pool.query<RowDataPacket[]>(
        'SELECT webhook_id, processed_at FROM tiergate_events WHERE webhook_id LIKE ?',
        [`${idPrefix}%`],
    );
    return {
        ids: new Set(
            rows.map((r) => (Buffer.isBuffer(r.webhook_id) ? r.webhook_id.toString('utf8') : String(r.webhook_id))),
        ),
        unprocessed: rows.filter((r) => r.processed_at === null).length,
    };
}
