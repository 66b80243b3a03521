import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';

const DOUBLE = path.join(ROOT, 'testbed', 'paymenter');

/** The Paymenter extension's PHPUnit suite, inside the Paymenter double (installed from the Composer registry copy). */
export function runPaymenterTests(resultsFile: string): void {
    if (!fs.existsSync(path.join(DOUBLE, 'vendor', 'autoload.php'))) {
        run('composer', ['install', '--no-interaction', '--no-progress'], { cwd: DOUBLE, env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' } });
    }
    run(path.join(DOUBLE, 'vendor', 'bin', 'phpunit'), ['-c', path.join(ROOT, 'tests', 'paymenter', 'phpunit.xml'), '--log-junit', resultsFile], { cwd: ROOT, stream: true, allowFailure: true });
}
