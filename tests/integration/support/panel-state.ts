import type { RowDataPacket } from 'mysql2';
import tiers from '../../../tools/demo/tiers.json';
import { db, WINGS } from '../../../tools/testbed/client';

export const TIER_SERVERS: Record<string, string[]> = {
    Awakened: ['frost-hub', 'frost-survival'],
    Elemental: ['frost-hub', 'frost-survival', 'frost-skyblock', 'frost-creative', 'frost-events'],
    Knight: [
        'frost-hub',
        'frost-survival',
        'frost-skyblock',
        'frost-creative',
        'frost-events',
        'fire-hub',
        'fire-survival',
        'fire-skyblock',
        'fire-factions',
        'fire-events',
    ],
    Legend: [
        'frost-hub',
        'frost-survival',
        'frost-skyblock',
        'frost-creative',
        'frost-events',
        'fire-hub',
        'fire-survival',
        'fire-skyblock',
        'fire-factions',
        'fire-events',
        'beta-proxy',
        'beta-lab',
    ],
};
TIER_SERVERS.Master = TIER_SERVERS.Knight!;
TIER_SERVERS.Sovereign = TIER_SERVERS.Legend!;

/** The permissions a tier's subuser rows must hold: its template's, plus websocket.connect, sorted. */
export function tierPermissions(tierName: string): string[] {
    const template = tiers.templates.find((t) => t.name === tierName);
    if (!template) throw new Error(`no tier ${tierName} in tools/demo/tiers.json`);
    return [...new Set([...template.permissions, 'websocket.connect'])].sort();
}

export function expectedAccess(tierName: string): Record<string, string[]> {
    return Object.fromEntries(TIER_SERVERS[tierName]!.map((s) => [s, tierPermissions(tierName)]));
}

/** What the panel's own tables say a user can reach: server external id → subuser permissions. */
export async function subuserAccess(email: string): Promise<Record<string, string[]>> {
    const [rows] = await db().execute<RowDataPacket[]>(
        'SELECT s.external_id, su.permissions FROM subusers su JOIN users u ON u.id = su.user_id JOIN servers s ON s.id = su.server_id WHERE LOWER(u.email) = LOWER(?) ORDER BY s.id',
        [email],
    );
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as string[];
    return Object.fromEntries(rows.map((r) => [r.external_id as string, [...parse(r.permissions)].sort()]));
}

export async function panelUser(email: string): Promise<RowDataPacket | undefined> {
    const [rows] = await db().execute<RowDataPacket[]>('SELECT * FROM users WHERE LOWER(email) = LOWER(?)', [email]);
    return rows[0];
}

export async function subscriptionRow(subscriptionId: string): Promise<RowDataPacket | undefined> {
    const [rows] = await db().execute<RowDataPacket[]>(
        'SELECT * FROM tiergate_subscriptions WHERE subscription_id = ?',
        [subscriptionId],
    );
    return rows[0];
}

export async function serverUuid(externalId: string): Promise<string> {
    const [rows] = await db().execute<RowDataPacket[]>('SELECT uuid FROM servers WHERE external_id = ?', [externalId]);
    return rows[0]!.uuid as string;
}

export interface WingsCall {
    method: string;
    path: string;
    body: { jtis?: string[] } | null;
}

export async function wingsCalls(): Promise<WingsCall[]> {
    return (await (await fetch(`${WINGS}/__double/calls`)).json()).calls;
}

export async function setWingsDown(down: boolean): Promise<void> {
    await fetch(`${WINGS}/__double/down`, { method: 'POST', body: JSON.stringify({ down }) });
}

/** Polls until `check` passes (the queue worker applies events asynchronously). */
export async function eventually<T>(what: string, check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
        try {
            return await check();
        } catch (err) {
            last = err;
        }
        if (Date.now() > until)
            throw new Error(
                `${what} did not happen within ${timeoutMs / 1000}s: ${last instanceof Error ? last.message : String(last)}`,
            );
        await new Promise((r) => setTimeout(r, 250));
    }
}

/** An ordinary panel user who was given a subuser row on Fire Hub by hand, unique to this test run. */
export async function manualUserOnFireHub(tag: string): Promise<{ email: string; subuserId: number }> {
    const email = `${tag}@manual.example.com`;
    const [user] = await db().execute<import('mysql2').ResultSetHeader>(
        "INSERT INTO users (uuid, username, email, name_first, name_last, password, use_totp, created_at, updated_at) VALUES (UUID(), ?, ?, 'Manual', 'User', 'x', 0, NOW(), NOW())",
        [tag.toLowerCase(), email],
    );
    const [sub] = await db().execute<import('mysql2').ResultSetHeader>(
        'INSERT INTO subusers (user_id, server_id, permissions, created_at, updated_at) SELECT ?, id, \'["websocket.connect","control.console"]\', NOW(), NOW() FROM servers WHERE external_id = \'fire-hub\'',
        [user.insertId],
    );
    return { email, subuserId: sub.insertId };
}

export async function subuserRow(id: number): Promise<RowDataPacket | undefined> {
    const [rows] = await db().execute<RowDataPacket[]>(
        'SELECT id, user_id, server_id, permissions, updated_at FROM subusers WHERE id = ?',
        [id],
    );
    return rows[0];
}
