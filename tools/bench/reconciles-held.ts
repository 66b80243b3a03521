/**
 * Runs `work` while nothing applies events: the panel's queue worker is stopped (SIGSTOP, then SIGCONT) and every
 * inline reconcile slot is held by a PHP process, as busy php-fpm children would hold them. What is stored
 * meanwhile waits, and is applied once the worker runs again.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from '../lib/paths';
import { testbed } from '../testbed/config';

function workerPids(): number[] {
    try {
        return execFileSync('pgrep', ['-f', 'artisan queue:work'], { encoding: 'utf8' })
            .trim()
            .split('\n')
            .filter(Boolean)
            .map(Number);
    } catch {
        return []; // pgrep exits 1 when nothing matches
    }
}

function signal(pids: number[], sig: NodeJS.Signals): void {
    for (const pid of pids) {
        try {
            process.kill(pid, sig);
        } catch {
            // gone meanwhile
        }
    }
}

export async function withReconcilesHeld<T>(seconds: number, work: () => Promise<T>): Promise<T> {
    const script = path.join(ROOT, 'tools/bench/php/hold-inline-slots.php');
    const holder = spawn('runuser', ['-u', testbed.webUser, '--', 'php', script, testbed.panelDir, String(seconds)], {
        stdio: ['ignore', 'pipe', 'ignore'], // runuser says "Session terminated" when it is stopped early
    });
    const held = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: holder.stdout }).once('line', resolve);
        holder.once('exit', (code) => reject(new Error(`hold-inline-slots.php exited ${code} before holding`)));
    });
    if (!/"held":[1-9]/.test(held)) throw new Error(`no inline slot could be held: ${held}`);
    const workers = workerPids();
    signal(workers, 'SIGSTOP');
    try {
        return await work();
    } finally {
        signal(workers, 'SIGCONT');
        // It releases the slots itself when its time is up; killed, it would leave them to their TTL, and the next
        // bed's turn could hold none.
        if (holder.exitCode === null) await new Promise((resolve) => holder.once('exit', resolve));
    }
}
