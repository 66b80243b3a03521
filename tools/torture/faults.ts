import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { wingsUrl } from '../testbed/config';
import { readPid, sleep } from '../testbed/processes';
import { serviceStart } from '../testbed/services';

const exec = promisify(execFile);

export const FAULT_KINDS = ['worker-kill', 'php-fpm-kill', 'mariadb-down', 'redis-down', 'wings-down'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Child pids of `pid` (async, so the senders keep running while a fault is injected). */
async function children(pid: number): Promise<number[]> {
    try {
        const { stdout } = await exec('pgrep', ['-P', String(pid)]);
        return stdout.split('\n').filter(Boolean).map(Number);
    } catch {
        return []; // pgrep exits 1 when there are none
    }
}

/** The php processes under the supervised queue-worker loop (bash → runuser → php). */
async function queueWorkerPhp(): Promise<number[]> {
    const supervisor = readPid('queue-worker');
    if (supervisor === null) return [];
    const found: number[] = [];
    for (const runuser of await children(supervisor)) found.push(...(await children(runuser)));
    return found;
}

/** php-fpm's pool workers: the children of the master the test bed started (the master starts new ones). */
async function phpFpmWorkers(): Promise<number[]> {
    const master = readPid('php-fpm');
    return master === null ? [] : children(master);
}

function killAll(pids: number[]): number {
    let killed = 0;
    for (const pid of pids) {
        try {
            process.kill(pid, 'SIGKILL');
            killed += 1;
        } catch {
            // already gone
        }
    }
    return killed;
}

const service = (name: string, action: 'start' | 'stop') =>
    action === 'start'
        ? exec(...serviceStart(name), { timeout: 120_000 })
        : exec('service', [name, action], { timeout: 120_000 });

async function setWingsDown(down: boolean): Promise<void> {
    await fetch(`${wingsUrl()}/__double/down`, { method: 'POST', body: JSON.stringify({ down }) });
}

/** Repeats a kill every second for `holdMs`, so processes restarted meanwhile die too. */
async function killRepeatedly(find: () => Promise<number[]>, holdMs: number): Promise<string> {
    const until = Date.now() + holdMs;
    let killed = 0;
    do {
        killed += killAll(await find());
        await sleep(1000);
    } while (Date.now() < until);
    return `${killed} process(es) killed with SIGKILL`;
}

/** Injects one fault for about `holdMs` and ends it; resolves when the service is back. Returns what was done. */
export async function injectFault(kind: FaultKind, holdMs: number): Promise<string> {
    switch (kind) {
        case 'worker-kill':
            return killRepeatedly(queueWorkerPhp, holdMs);
        case 'php-fpm-kill':
            return killRepeatedly(phpFpmWorkers, holdMs);
        case 'mariadb-down':
            await service('mariadb', 'stop');
            await sleep(holdMs);
            await service('mariadb', 'start');
            return 'MariaDB stopped and started';
        case 'redis-down':
            await service('redis-server', 'stop');
            await sleep(holdMs);
            await service('redis-server', 'start');
            return 'Redis stopped and started';
        case 'wings-down':
            await setWingsDown(true);
            await sleep(holdMs);
            await setWingsDown(false);
            return 'the Wings double answered 502 throughout';
    }
}

/** Leaves the test bed as it found it: every service started, Wings answering. */
export async function restoreAll(): Promise<void> {
    const ping = async (cmd: string, args: string[]) =>
        exec(cmd, args).then(
            () => true,
            () => false,
        );
    if (!(await ping('mysqladmin', ['--protocol=socket', 'ping']))) await service('mariadb', 'start');
    if (!(await ping('redis-cli', ['-h', '127.0.0.1', 'ping']))) await service('redis-server', 'start');
    await setWingsDown(false).catch(() => undefined);
}
