/**
 * Linters that run before any test: ESLint (eslint.config.mjs) and Prettier's format check (.prettierrc) over the
 * TypeScript and JavaScript. Each linter is one check in the totals; its findings are printed as it reports them.
 */
import { run } from '../lib/exec';
import { ROOT } from '../lib/paths';
import { Counts } from './results';

/** What Prettier formats; keep in step with the "lint" and "format" scripts in package.json. */
export const PRETTIER_FILES = '**/*.{ts,tsx,js,mjs,cjs}';

const oneCheck = (ok: boolean): Counts => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ran: true });

export function eslint(): Counts {
    const result = run('npx', ['eslint', '.'], { cwd: ROOT, allowFailure: true });
    const ok = result.status === 0;
    if (!ok) console.log(result.stdout.trim() || result.stderr.trim());
    console.log(`eslint: ${ok ? 'no problems' : 'problems found (fix with `npx eslint --fix .` where it can)'}`);
    return oneCheck(ok);
}

export function prettierCheck(): Counts {
    const result = run('npx', ['prettier', '--list-different', PRETTIER_FILES], { cwd: ROOT, allowFailure: true });
    const ok = result.status === 0;
    const files = result.stdout.trim();
    if (!ok) console.log(files || result.stderr.trim());
    const count = files ? files.split('\n').length : 0;
    console.log(`prettier: ${ok ? 'every file formatted' : `${count} file(s) not formatted (run \`npm run format\`)`}`);
    return oneCheck(ok);
}
