/**
 * The PHP core suite (tests/php/phpunit-core.xml): the pure core and the other classes that need no database,
 * run against this checkout's source before the test bed is up. It needs PHP and the panel double's Composer
 * vendor directory (PHPUnit, Carbon, a few Illuminate classes), nothing else: no MariaDB, Redis or booted panel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { testbed } from '../testbed/config';
import { installPanelDependencies } from '../testbed/panel';
import { ensureSystemPackages } from '../testbed/system-packages';
import { Counts, junitCounts } from './results';

export function phpCore(results: string): Counts {
    ensureSystemPackages((line) => console.log(line));
    installPanelDependencies();
    const out = path.join(results, 'phpunit-core.xml');
    fs.rmSync(out, { force: true });
    run(
        path.join(testbed.panelSource, 'vendor/bin/phpunit'),
        ['-c', path.join(ROOT, 'tests/php/phpunit-core.xml'), '--log-junit', out],
        { cwd: ROOT, stream: true, allowFailure: true },
    );
    return junitCounts(out);
}
