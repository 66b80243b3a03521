import { spawnSync, SpawnSyncOptions } from 'node:child_process';

export interface RunOptions extends SpawnSyncOptions {
    /** Print the command's output as it runs (default: only on failure). */
    stream?: boolean;
    /** Return the result instead of throwing on a non-zero exit. */
    allowFailure?: boolean;
}

export interface RunResult {
    status: number;
    stdout: string;
    stderr: string;
}

export function run(cmd: string, args: string[], options: RunOptions = {}): RunResult {
    const { stream, allowFailure, ...spawnOptions } = options;
    const result = spawnSync(cmd, args, {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: stream ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
        ...spawnOptions,
    });
    const out: RunResult = {
        status: result.status ?? 1,
        stdout: String(result.stdout ?? ''),
        stderr: String(result.stderr ?? ''),
    };
    if (result.error) out.stderr += String(result.error);
    if (out.status !== 0 && !allowFailure) {
        throw new Error(
            `${cmd} ${args.join(' ')} exited ${out.status}\n${out.stdout.slice(-4000)}\n${out.stderr.slice(-4000)}`,
        );
    }
    return out;
}

export const succeeds = (cmd: string, args: string[], options: RunOptions = {}): boolean =>
    run(cmd, args, { ...options, allowFailure: true }).status === 0;
