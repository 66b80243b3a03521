import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { testbed } from './config';

/** Long-running test-bed processes we start ourselves, tracked by pid files in .testbed/run. */
const pidFile = (name: string) => path.join(testbed.runDir, `${name}.pid`);

export function readPid(name: string): number | null {
    try {
        const pid = Number(fs.readFileSync(pidFile(name), 'utf8').trim());
        return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
        return null;
    }
}

export function isAlive(pid: number | null): boolean {
    if (pid === null) return false;
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

export function startDetached(
    name: string,
    cmd: string,
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): number {
    const existing = readPid(name);
    if (isAlive(existing)) return existing!;
    fs.mkdirSync(testbed.runDir, { recursive: true });
    fs.mkdirSync(testbed.logDir, { recursive: true });
    const log = fs.openSync(path.join(testbed.logDir, `${name}.log`), 'a');
    const child = spawn(cmd, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        detached: true,
        stdio: ['ignore', log, log],
    });
    child.unref();
    fs.writeFileSync(pidFile(name), String(child.pid));
    return child.pid!;
}

export async function stopDetached(name: string): Promise<void> {
    const pid = readPid(name);
    if (isAlive(pid)) {
        try {
            process.kill(-pid!, 'SIGTERM'); // the whole group: runuser and the php it started
        } catch {
            process.kill(pid!, 'SIGTERM');
        }
        for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
        if (isAlive(pid)) process.kill(-pid!, 'SIGKILL');
    }
    fs.rmSync(pidFile(name), { force: true });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
    return new Promise((resolve) => {
        const socket = net.connect({ port, host });
        socket.once('connect', () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.setTimeout(1000, () => {
            socket.destroy();
            resolve(false);
        });
    });
}

export async function waitForPort(port: number, what: string, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        if (await portOpen(port)) return;
        await sleep(200);
    }
    throw new Error(
        `${what} did not start listening on 127.0.0.1:${port} within ${timeoutMs / 1000}s (see .testbed/logs)`,
    );
}
