import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';

const DOUBLE = path.join(ROOT, 'testbed', 'paymenter');

/** Installed, with the Laravel major composer.json asks for (the double moved from 10 to 12; an old vendor/ must go). */
function doubleIsInstalled(): boolean {
    const installed = path.join(DOUBLE, 'vendor', 'composer', 'installed.json');
    if (!fs.existsSync(path.join(DOUBLE, 'vendor', 'autoload.php')) || !fs.existsSync(installed)) {
        return false;
    }
    const wanted = /\d+/.exec(
        JSON.parse(fs.readFileSync(path.join(DOUBLE, 'composer.json'), 'utf8')).require['laravel/framework'],
    )?.[0];
    const packages: { name: string; version: string }[] = JSON.parse(fs.readFileSync(installed, 'utf8')).packages ?? [];
    return packages.some((p) => p.name === 'laravel/framework' && p.version.replace(/^v/, '').startsWith(`${wanted}.`));
}

/** The double's Composer dependencies (the extension's tests run in it; PHPStan analyses the extension against it). */
export function installPaymenterDouble(): void {
    if (doubleIsInstalled()) return;
    run('composer', ['update', '--no-interaction', '--no-progress'], {
        cwd: DOUBLE,
        env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' },
    });
}

/** The Paymenter extension's PHPUnit suite, inside the Paymenter double (installed from the Composer registry copy). */
export function runPaymenterTests(resultsFile: string): void {
    installPaymenterDouble();
    run(
        path.join(DOUBLE, 'vendor', 'bin', 'phpunit'),
        ['-c', path.join(ROOT, 'tests', 'paymenter', 'phpunit.xml'), '--log-junit', resultsFile],
        { cwd: ROOT, stream: true, allowFailure: true },
    );
}
