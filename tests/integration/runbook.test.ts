import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { artisan, closeDb, db } from '../../tools/testbed/client';
import { eventually, subuserAccess } from './support/panel-state';
import { SimulatedSubscriber } from './support/subscriber';

// docs/operations.md is run here as written: every `php artisan tiergate:…` it names exists, the pause and the
// backup/restore work as the runbook says, on the test bed.
const RUNBOOK = fs.readFileSync(path.join(__dirname, '../../docs/operations.md'), 'utf8');
const secret = newSecret();

beforeAll(() => {
    artisan('tiergate:secret', `--set=${secret}`);
});
afterAll(async () => {
    artisan('tiergate:unpause');
    artisan('tiergate:go-live');
    await closeDb();
});

describe('the operations runbook', () => {
    it('names only commands the panel has', () => {
        const named = new Set(Array.from(RUNBOOK.matchAll(/php artisan (tiergate:[a-z-]+)/g), (m) => m[1]!));
        const listed = artisan('list', '--raw');
        expect(named.size).toBeGreaterThan(8);
        for (const command of named) {
            // tiergate:outbox runs on the Paymenter host, not on the panel.
            if (command === 'tiergate:outbox') continue;
            expect(listed).toMatch(new RegExp(`^${command}\\s`, 'm'));
        }
    });

    it('pauses: events are stored and answered, access is held, and unpausing applies what arrived meanwhile', async () => {
        artisan('tiergate:pause', '--reason=Wings maintenance');
        expect(artisan('tiergate:status')).toMatch(/PAUSED since .* \(Wings maintenance\)/);

        const s = new SimulatedSubscriber(secret, 'awakened', { tag: 'runbook' });
        const answer = await s.send('subscription.created');
        expect(answer.status).toBe(202);
        await new Promise((r) => setTimeout(r, 2500));
        expect(await subuserAccess(s.email)).toEqual({});

        expect(artisan('tiergate:unpause')).toContain('applying what arrived meanwhile');
        await eventually('access after unpausing', async () =>
            expect(Object.keys(await subuserAccess(s.email)).length).toBeGreaterThan(0),
        );
        expect(artisan('tiergate:status')).toMatch(/mode\s+\|?\s*live/);
    });

    it("backs up and restores Tiergate's tables with the runbook's mysqldump line", async () => {
        const block = /```bash\n\s*(mysqldump[^`]+?)```/.exec(RUNBOOK)?.[1];
        expect(block).toBeDefined();
        const { username, password, database } = testbed.db;
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-runbook-'));
        // The runbook's line as written, with the prompts answered by the environment and the file in a scratch folder.
        const backup = block!
            .replace(/\\\n\s*/g, ' ')
            .trim()
            .replace(/-p /g, ' ')
            .replace(/-u pterodactyl/g, `-u ${username} -h 127.0.0.1`)
            .replace(/\bpanel\b/g, database)
            .replace('tiergate-backup.sql', path.join(dir, 'tiergate-backup.sql'));
        execSync(backup, { shell: '/bin/bash', env: { ...process.env, MYSQL_PWD: password } });
        const dump = fs.readFileSync(path.join(dir, 'tiergate-backup.sql'), 'utf8');
        expect(dump).toContain('CREATE TABLE `tiergate_events`');
        expect(dump).not.toMatch(/CREATE TABLE `(users|subusers|servers)`/);

        // A scratch database to restore into (as root over the local socket: the panel's user may not create databases).
        const scratch = `tiergate_restore_${process.pid}`;
        const root = (sql: string) => execSync(`mysql -N -e ${JSON.stringify(sql)}`, { encoding: 'utf8' }).trim();
        root(`CREATE DATABASE ${scratch}`);
        try {
            const restore = /`(mysql -u pterodactyl -p panel < tiergate-backup\.sql)`/.exec(RUNBOOK)?.[1];
            expect(restore).toBeDefined();
            execSync(
                restore!
                    .replace('-u pterodactyl -p panel', scratch)
                    .replace('tiergate-backup.sql', path.join(dir, 'tiergate-backup.sql')),
                { shell: '/bin/bash' },
            );
            const [live] = await db().query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM tiergate_events');
            expect(Number(root(`SELECT COUNT(*) FROM ${scratch}.tiergate_events`))).toBe(Number(live[0]!.n));
        } finally {
            root(`DROP DATABASE IF EXISTS ${scratch}`);
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
