/** Runs one of the PHP scripts beside this file in the test-bed panel (as its queue worker would), and parses its JSON. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../lib/paths';
import { testbed } from '../testbed/config';

export function php<T = Record<string, number>>(script: string, ...args: string[]): T {
    const out = execFileSync(
        'runuser',
        [
            '-u',
            testbed.webUser,
            '--',
            'php',
            '-d',
            'memory_limit=1G',
            path.join(ROOT, 'tools/bench/php', script),
            testbed.panelDir,
            ...args,
        ],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    return JSON.parse(out.trim().split('\n').pop()!) as T;
}
