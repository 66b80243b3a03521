/**
 * Static checks that run before any test: the TypeScript type-check (strict, every project in tsconfig.json) and
 * PHP's own syntax check of every PHP file Tiergate ships. Each file or project is one check in the totals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { Counts } from './results';

const PHP_ROOTS = ['blueprint', 'paymenter', 'admin', 'routes'];

function phpFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return phpFiles(file);
        return entry.name.endsWith('.php') ? [file] : [];
    });
}

export function typecheck(): Counts {
    const result = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, allowFailure: true });
    const errors = (result.stdout.match(/error TS\d+/g) ?? []).length;
    if (result.status !== 0) console.log(result.stdout.trim() || result.stderr.trim());
    console.log(`tsc --noEmit: ${result.status === 0 ? 'no type errors' : `${errors} type error(s)`}`);
    return { passed: result.status === 0 ? 1 : 0, failed: result.status === 0 ? 0 : 1, skipped: 0, ran: true };
}

export function phpLint(): Counts {
    const files = PHP_ROOTS.flatMap((root) => phpFiles(path.join(ROOT, root)));
    let failed = 0;
    for (const file of files) {
        const result = run('php', ['-l', file], { allowFailure: true });
        if (result.status !== 0) {
            failed++;
            console.log((result.stdout + result.stderr).trim());
        }
    }
    console.log(`php -l: ${files.length - failed} of ${files.length} files parse`);
    return { passed: files.length - failed, failed, skipped: 0, ran: true };
}
