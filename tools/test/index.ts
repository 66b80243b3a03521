/**
 * `npm test`: builds, brings the test bed up (installing what it needs), then runs every suite and prints each
 * runner's own summary plus one closing line "N passed, N failed". Exits non-zero if anything failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { testbed } from '../testbed/config';
import { stopOwnProcesses } from '../testbed/services';
import { up } from '../testbed/up';
import { jestCounts, junitCounts, Counts } from './results';
import { runPaymenterTests } from './paymenter';
import { eslint, prettierCheck } from './lint';
import { phpLint, typecheck } from './static-checks';
import { phpAnalysis } from './php-analysis';
import { phpCore } from './php-core';

const RESULTS = path.join(testbed.home, 'results');

function banner(text: string): void {
    console.log(`\n=== ${text} ===`);
}

function jest(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Counts {
    const out = path.join(RESULTS, `jest-${name}.json`);
    fs.rmSync(out, { force: true });
    run('npx', ['jest', ...args, '--json', `--outputFile=${out}`], {
        cwd: ROOT,
        stream: true,
        allowFailure: true,
        env: { ...process.env, ...env },
    });
    return jestCounts(out);
}

function phpunit(): Counts {
    const out = path.join(RESULTS, 'phpunit.xml');
    fs.rmSync(out, { force: true });
    const cache = path.join(testbed.home, 'phpunit-cache');
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(out, '');
    run('chown', ['-R', `${testbed.webUser}:${testbed.webUser}`, cache, out]);
    // As the web user, so files the panel writes during tests (logs, cache) stay writable by php-fpm.
    run(
        'runuser',
        [
            '-u',
            testbed.webUser,
            '--',
            path.join(testbed.panelDir, 'vendor/bin/phpunit'),
            '-c',
            path.join(ROOT, 'tests/php/phpunit.xml'),
            '--log-junit',
            out,
        ],
        { cwd: ROOT, stream: true, allowFailure: true },
    );
    return junitCounts(out);
}

async function main(): Promise<number> {
    fs.mkdirSync(RESULTS, { recursive: true });
    const totals: Array<[string, Counts]> = [];

    banner('build');
    run('npx', ['tsx', 'tools/build/index.ts'], { cwd: ROOT, stream: true });

    banner('static checks: TypeScript type-check, PHP syntax');
    totals.push(['typecheck', typecheck()]);
    totals.push(['php -l', phpLint()]);

    banner('PHP core suite (PHPUnit, no database): tests/php/phpunit-core.xml');
    totals.push(['phpunit core', phpCore(RESULTS)]);

    banner('linters: ESLint, Prettier');
    totals.push(['eslint', eslint()]);
    totals.push(['prettier', prettierCheck()]);

    banner('PHP static analysis: PHP CS Fixer (check only), PHPStan');
    totals.push(...phpAnalysis());

    banner('TypeScript unit and component tests (jest)');
    totals.push(['jest unit', jest('unit', ['tests/unit'])]);

    banner('test bed');
    await up((line) => console.log(line));

    banner('PHP tests in the test-bed panel (PHPUnit)');
    totals.push(['phpunit', phpunit()]);

    banner('the Paymenter extension in the Paymenter double (PHPUnit), delivering to the test bed');
    const paymenterResults = path.join(RESULTS, 'phpunit-paymenter.xml');
    fs.rmSync(paymenterResults, { force: true });
    runPaymenterTests(paymenterResults);
    totals.push(['phpunit paymenter', junitCounts(paymenterResults)]);

    banner('integration tests against the running test bed (jest)');
    totals.push(['jest integration', jest('integration', ['tests/integration', '--runInBand', '--testTimeout=60000'])]);

    banner('browser tests in Debian Chromium (jest + playwright-core); screenshots in artifacts/screenshots');
    totals.push(['jest browser', jest('browser', ['tests/e2e', '--runInBand', '--testTimeout=120000'])]);

    if (process.env.CI) await stopOwnProcesses();

    banner('summary');
    let passed = 0;
    let failed = 0;
    for (const [name, c] of totals) {
        console.log(
            `${name.padEnd(18)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.ran ? '' : '  (did not report: counted as failed)'}`,
        );
        passed += c.passed;
        failed += c.failed + (c.ran ? 0 : 1);
    }
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
}

main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
        console.error(`npm test: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        console.log('0 passed, 1 failed');
        process.exit(1);
    });
