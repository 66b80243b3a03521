import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { testbed, panelUrl } from './config';

const artisan = (args: string[], options: { stream?: boolean } = {}) =>
    run('runuser', ['-u', testbed.webUser, '--', 'php', 'artisan', ...args], { cwd: testbed.panelDir, ...options });

export const panelArtisan = artisan;

/** Composer dependencies of the panel double, from the Composer registry copy (see testbed/panel/composer.json). */
export function installPanelDependencies(): void {
    if (fs.existsSync(path.join(testbed.panelSource, 'vendor', 'autoload.php'))) return;
    run('composer', ['install', '--no-interaction', '--no-progress', '--prefer-dist'], {
        cwd: testbed.panelSource,
        env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' },
    });
}

function envFile(): string {
    const { db, redis } = testbed;
    return [
        'APP_NAME=Pterodactyl',
        'APP_ENV=production',
        'APP_DEBUG=false',
        'APP_KEY=',
        `APP_URL=${panelUrl()}`,
        'APP_TIMEZONE=UTC',
        'DB_CONNECTION=mysql',
        `DB_HOST=${db.host}`,
        `DB_PORT=${db.port}`,
        `DB_DATABASE=${db.database}`,
        `DB_USERNAME=${db.username}`,
        `DB_PASSWORD=${db.password}`,
        `REDIS_HOST=${redis.host}`,
        `REDIS_PORT=${redis.port}`,
        'CACHE_DRIVER=redis',
        'QUEUE_CONNECTION=redis',
        'SESSION_DRIVER=file',
        'MAIL_MAILER=log',
        'MAIL_FROM_ADDRESS=panel@tiergate.test',
        `WINGS_DOUBLE_PORT=${testbed.wingsPort}`,
        `TESTBED_ADMIN_PASSWORD=${testbed.admin.password}`,
        `TESTBED_USER_PASSWORD=${testbed.user.password}`,
        '',
    ].join('\n');
}

export const panelExists = () => fs.existsSync(path.join(testbed.panelDir, 'artisan'));

/**
 * False when the `panel` database holds another checkout's seed: a clean clone's CI run on this machine re-creates
 * it under its own APP_KEY, and this instance can then no longer decrypt the node tokens ("The MAC is invalid").
 */
export function ownsDatabase(): boolean {
    const check = run('runuser', ['-u', testbed.webUser, '--', 'php', 'artisan', 'testbed:owns-database'], {
        cwd: testbed.panelDir,
        allowFailure: true,
    });
    if (check.status === 0) return true;
    if (check.stdout.includes('another APP_KEY')) return false;
    throw new Error(`testbed:owns-database failed\n${check.stdout}\n${check.stderr}`);
}

/** A fresh panel instance: the double's code copied to .testbed/panel, configured, migrated and seeded. */
export function createPanel(): void {
    fs.mkdirSync(testbed.panelDir, { recursive: true });
    run('rsync', [
        '-a',
        '--delete',
        '--exclude=.env',
        '--exclude=storage/logs/*',
        `${testbed.panelSource}/`,
        `${testbed.panelDir}/`,
    ]);
    fs.writeFileSync(path.join(testbed.panelDir, '.env'), envFile());
    for (const dir of [
        'storage/app',
        'storage/framework/cache',
        'storage/framework/sessions',
        'storage/framework/views',
        'storage/logs',
        'bootstrap/cache',
    ]) {
        fs.mkdirSync(path.join(testbed.panelDir, dir), { recursive: true });
    }
    run('chown', ['-R', `${testbed.webUser}:${testbed.webUser}`, testbed.panelDir]);
    artisan(['key:generate', '--force']);
    artisan(['migrate:fresh', '--force', '--seed']);
    artisan(['db:seed', '--class=TestbedSeeder', '--force']);
}

/** As Pterodactyl's install does (`composer install --optimize-autoloader`): a classmap, not PSR-4 lookups per request. */
export function optimizeAutoloader(): void {
    run('composer', ['dump-autoload', '--optimize', '--no-interaction', '--quiet'], {
        cwd: testbed.panelDir,
        env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' },
    });
    run('chown', ['-R', `${testbed.webUser}:${testbed.webUser}`, path.join(testbed.panelDir, 'vendor/composer')]);
}

/** Brings an existing instance up to date with the double's source (what Blueprint installed there stays). */
export function syncPanelCode(): void {
    run('rsync', [
        '-a',
        '--exclude=.env',
        '--exclude=storage/',
        '--exclude=bootstrap/cache/*',
        `${testbed.panelSource}/`,
        `${testbed.panelDir}/`,
    ]);
    run('chown', ['-R', `${testbed.webUser}:${testbed.webUser}`, testbed.panelDir]);
}

export function fixtures(): Record<string, unknown> {
    return JSON.parse(artisan(['testbed:fixtures']).stdout);
}
