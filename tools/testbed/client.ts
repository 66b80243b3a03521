import { execFileSync } from 'node:child_process';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { panelUrl, testbed, wingsUrl } from './config';

export const PANEL = process.env.TIERGATE_PANEL_URL ?? panelUrl();
export const WEBHOOK = `${PANEL}/extensions/tiergate/webhook`;
export const WINGS = wingsUrl();

/** Runs an artisan command in the test-bed panel as the web user, like an admin on the box would. */
export function artisan(...args: string[]): string {
    return execFileSync(
        'runuser',
        ['-u', testbed.webUser, '--', 'php', path.join(testbed.panelDir, 'artisan'), ...args],
        { cwd: testbed.panelDir, encoding: 'utf8' },
    );
}

let pool: mysql.Pool | null = null;

/** The live panel database the test bed serves from (not panel_test). */
export function db(): mysql.Pool {
    pool ??= mysql.createPool({
        host: testbed.db.host,
        port: testbed.db.port,
        user: testbed.db.username,
        password: testbed.db.password,
        database: testbed.db.database,
        connectionLimit: 4,
    });
    return pool;
}

/** One statement as MariaDB's root over the local socket (server settings the panel's user may not change); its
 * output without column names. */
export function mysqlAsRoot(sql: string): string {
    return execFileSync('mysql', ['--protocol=socket', '-uroot', '-N', '-e', sql], { encoding: 'utf8' }).trim();
}

export async function closeDb(): Promise<void> {
    await pool?.end();
    pool = null;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
    if (value === null) {
        await db().execute('DELETE FROM tiergate_settings WHERE `key` = ?', [key]);
        return;
    }
    await db().execute(
        'INSERT INTO tiergate_settings (`key`, value, created_at, updated_at) VALUES (?, ?, NOW(), NOW()) ON DUPLICATE KEY UPDATE value = VALUES(value)',
        [key, JSON.stringify(value)],
    );
}
