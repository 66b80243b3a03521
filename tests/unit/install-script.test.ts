/**
 * blueprint/data/install.sh against a stand-in panel folder and a fake `php` that plays the failures seen on the
 * real panel (Blueprint runs the script before its own migrate and prints SUCCESS whatever the script says).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

const FAKE_PHP = `#!/bin/bash
echo "php $*" >> "$FAKE_LOG"
case "$1 $2" in
  "artisan list")
    if [ -n "\${FAKE_LIST_FAIL:-}" ]; then
      echo 'PHP Parse error:  syntax error, unexpected identifier "s", expecting "," or ";" in TiergateAbcCommand.php on line 11'
      exit 255
    fi
    printf '%s\\n' "\${FAKE_LIST:-tiergate:status          Show the health of Tiergate}"; exit 0 ;;
  "artisan migrate")
    if [ -n "\${FAKE_MIGRATE_FAIL:-}" ]; then echo 'SQLSTATE[HY000] [2002] Connection refused'; exit 1; fi
    exit 0 ;;
esac
if [ "$1" = "-r" ]; then
  case "$2" in *PHP_VERSION*) exec /usr/bin/php "$@" ;; esac
  printf '%s' "\${FAKE_MISSING:-}"; exit 0
fi
exit 2
`;

function setup() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-install-sh-'));
    const panel = path.join(dir, 'panel');
    const priv = path.join(panel, '.blueprint/extensions/tiergate/private');
    const bin = path.join(dir, 'bin');
    for (const d of [priv, bin, path.join(panel, 'database/migrations')]) fs.mkdirSync(d, { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'blueprint/data/install.sh'), path.join(priv, 'install.sh'));
    fs.writeFileSync(
        path.join(priv, 'migrations.list'),
        '2026_01_01_000001_create_tiergate_a.php\n2026_01_01_000002_alter.php\n',
    );
    const migration = (name: string, body: string) =>
        fs.writeFileSync(path.join(panel, 'database/migrations', name), body);
    migration(
        '2026_01_01_000001_create_tiergate_a.php',
        "Schema::create('tiergate_a', fn () => null);\nSchema::create('tiergate_b', fn () => null);\n",
    );
    migration('2026_01_01_000002_alter.php', "Schema::table('tiergate_a', fn () => null);\n");
    migration('2026_01_01_000003_someone_else.php', "Schema::create('other_table', fn () => null);\n");
    fs.writeFileSync(path.join(panel, '.env'), 'QUEUE_CONNECTION=redis\n');
    fs.writeFileSync(path.join(bin, 'php'), FAKE_PHP, { mode: 0o755 });
    return { dir, panel, priv, bin, log: path.join(dir, 'php.log') };
}

function runInstall(env: Record<string, string> = {}) {
    const t = setup();
    const r = spawnSync('bash', ['.blueprint/extensions/tiergate/private/install.sh'], {
        cwd: t.panel,
        encoding: 'utf8',
        env: {
            ...process.env,
            PATH: `${t.bin}:${process.env.PATH}`,
            PTERODACTYL_DIRECTORY: t.panel,
            EXTENSION_VERSION: '0.1.0',
            FAKE_LOG: t.log,
            ...env,
        },
    });
    const calls = fs.existsSync(t.log) ? fs.readFileSync(t.log, 'utf8') : '';
    fs.rmSync(t.dir, { recursive: true, force: true });
    return { ...r, calls };
}

describe('blueprint/data/install.sh', () => {
    it("runs only Tiergate's migrations, checks the tables they create, and reports success", () => {
        const r = runInstall();
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.calls).toContain(
            'php artisan migrate --force --path=database/migrations/2026_01_01_000001_create_tiergate_a.php ' +
                '--path=database/migrations/2026_01_01_000002_alter.php\n',
        );
        expect(r.calls).not.toContain('someone_else');
        expect(r.calls).toMatch(/php -r .* tiergate_a tiergate_b \n/s);
        expect(r.stdout).toContain('Tiergate 0.1.0 installed: artisan works');
    });

    it('says loudly on stderr that artisan is broken (the apostrophe defect) and stops', () => {
        const r = runInstall({ FAKE_LIST_FAIL: '1' });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('TIERGATE INSTALL FAILED');
        expect(r.stderr).toContain('`php artisan` no longer starts');
        expect(r.stderr).toContain('unexpected identifier "s"');
        expect(r.stderr).toContain('blueprint -install tiergate');
        expect(r.calls).not.toContain('artisan migrate');
    });

    it('fails when the tiergate:* commands are not listed, the migrations fail, or a table is missing', () => {
        expect(runInstall({ FAKE_LIST: 'migrate   Run the database migrations' }).stderr).toContain(
            'tiergate:* artisan commands are missing',
        );
        const migrate = runInstall({ FAKE_MIGRATE_FAIL: '1' });
        expect(migrate.status).toBe(1);
        expect(migrate.stderr).toContain('Connection refused');
        const missing = runInstall({ FAKE_MISSING: 'tiergate_b ' });
        expect(missing.status).toBe(1);
        expect(missing.stderr).toContain('These tables are missing after the migrations: tiergate_b');
    });
});
