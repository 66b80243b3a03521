import path from 'node:path';
import { run, succeeds } from '../lib/exec';

/**
 * php-fpm, the queue worker and the PHP tests run as the web user, as on a real panel, and read files from this
 * checkout. A clone under a private directory (say /root) would hide it from them, so every ancestor the web user
 * cannot pass through gets the "search" bit for others (o+x: enter, not list).
 */
export function ensureTraversable(dir: string, user: string, log: (line: string) => void): void {
    const ancestors: string[] = [];
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        ancestors.unshift(d);
        if (d === path.dirname(d)) break;
    }
    for (const d of ancestors) {
        if (!succeeds('runuser', ['-u', user, '--', 'test', '-x', d])) {
            log(`  granting ${user} passage through ${d} (chmod o+x)`);
            run('chmod', ['o+x', d]);
        }
    }
}
