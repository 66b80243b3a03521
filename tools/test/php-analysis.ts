/**
 * PHP static analysis, after the linters: PHP CS Fixer in check mode with Pterodactyl panel v1.11.8's rule set
 * (.php-cs-fixer.dist.php), PHPStan over the panel extension against the panel double (phpstan.neon.dist) and
 * PHPStan with Larastan over the Paymenter extension against the Paymenter double
 * (tools/php-tools/phpstan-paymenter.neon). Each tool is one check in the totals; its findings are printed.
 * The tools are locked Composer projects in tools/php-tools (vendor/ is not committed); installed here when missing.
 *
 * Alone: npx tsx tools/test/php-analysis.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { installPanelDependencies } from '../testbed/panel';
import { ensureSystemPackages } from '../testbed/system-packages';
import { installPaymenterDouble } from './paymenter';
import { startMariaDb } from '../testbed/services';
import { Counts } from './results';

const TOOLS = path.join(ROOT, 'tools', 'php-tools');
const PAYMENTER_DOUBLE = path.join(ROOT, 'testbed', 'paymenter');
const composerEnv = { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' };

const oneCheck = (ok: boolean): Counts => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ran: true });
const bin = (project: string, tool: string) => path.join(TOOLS, project, 'vendor', 'bin', tool);

/** Each tool from its composer.lock (a no-op when vendor/ already matches it). */
function installTools(): void {
    for (const project of ['php-cs-fixer', 'phpstan', 'larastan']) {
        run('composer', ['install', '--no-interaction', '--no-progress', '--quiet'], {
            cwd: path.join(TOOLS, project),
            env: composerEnv,
        });
    }
}

interface FixerReport {
    files: Array<{ name: string; appliedFixers?: string[] }>;
}

/** Check only: other work may be editing these files, so fixing is left to `php-cs-fixer fix`. */
export function phpCsFixer(): Counts {
    const result = run(bin('php-cs-fixer', 'php-cs-fixer'), ['check', '--verbose', '--format=json'], {
        cwd: ROOT,
        allowFailure: true,
    });
    let report: FixerReport | null = null;
    try {
        report = JSON.parse(result.stdout) as FixerReport;
    } catch {
        console.log(result.stdout.trim() || result.stderr.trim());
    }
    // 0: every file follows the rules; 8: some would be changed; anything else: the fixer itself failed.
    const ok = result.status === 0 && report !== null;
    if (report && result.status === 8) {
        for (const file of report.files) console.log(`${file.name}: ${(file.appliedFixers ?? []).join(', ')}`);
        console.log(
            `php-cs-fixer: ${report.files.length} file(s) break the panel's rules ` +
                '(fix: tools/php-tools/php-cs-fixer/vendor/bin/php-cs-fixer fix)',
        );
    } else if (report && result.status !== 0) {
        console.log(result.stderr.trim());
        console.log(`php-cs-fixer: failed (exit ${result.status})`);
    } else if (ok) {
        console.log("php-cs-fixer: every file follows the panel's rules");
    }
    return oneCheck(ok);
}

function phpstan(name: string, project: string, config: string, cwd: string, env: NodeJS.ProcessEnv = {}): Counts {
    const result = run(
        bin(project, 'phpstan'),
        ['analyse', '-c', config, '--no-progress', '--memory-limit=1G', '--error-format=raw'],
        { cwd, allowFailure: true, env: { ...process.env, ...env } },
    );
    const findings = result.stdout.split('\n').filter((line) => line.startsWith('/'));
    if (result.status !== 0) {
        console.log(
            findings.length > 0 ? findings.map((l) => path.relative(ROOT, l)).join('\n') : result.stdout.trim(),
        );
        if (findings.length === 0) console.log(result.stderr.trim());
    }
    const ok = result.status === 0;
    console.log(`${name}: ${ok ? 'no errors' : `${findings.length || 'failed:'} error(s)`}`);
    return oneCheck(ok);
}

/** The panel extension, against the panel double's classes and its Laravel 10 vendor/. */
export function phpstanExtension(): Counts {
    installPanelDependencies();
    return phpstan('phpstan (panel extension)', 'phpstan', path.join(ROOT, 'phpstan.neon.dist'), ROOT);
}

/**
 * The Paymenter extension; run in the double's directory so Larastan boots that Laravel application. Booting asks
 * MariaDB whether an `extensions` table exists, so the server must be up (on a fresh machine nothing has started it
 * yet); pointed at information_schema, the answer is no and no Paymenter database is needed.
 */
export function phpstanPaymenter(): Counts {
    installPaymenterDouble();
    startMariaDb();
    const config = path.join(TOOLS, 'phpstan-paymenter.neon');
    return phpstan('phpstan (Paymenter extension)', 'larastan', config, PAYMENTER_DOUBLE, {
        DB_DATABASE: 'information_schema',
    });
}

export function phpAnalysis(): Array<[string, Counts]> {
    ensureSystemPackages((line) => console.log(line));
    fs.mkdirSync(path.join(ROOT, '.testbed'), { recursive: true });
    installTools();
    return [
        ['php-cs-fixer', phpCsFixer()],
        ['phpstan extension', phpstanExtension()],
        ['phpstan paymenter', phpstanPaymenter()],
    ];
}

if (require.main === module) {
    const failed = phpAnalysis().some(([, c]) => c.failed > 0);
    process.exit(failed ? 1 : 0);
}
