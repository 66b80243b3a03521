/**
 * The queue worker's resident memory (VmRSS of the `artisan queue:work` php process), sampled every 500 ms while a
 * part runs. The long-lived worker must stay flat.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function workerPid(): number | null {
    const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
    const line = out.split('\n').find((l) => /\bphp .*artisan queue:work/.test(l) && !/runuser|bash -c/.test(l));
    return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

function rssMb(pid: number): number | null {
    try {
        const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : null;
    } catch {
        return null;
    }
}

export class RssSampler {
    readonly samples: number[] = [];
    readonly pids = new Set<number>();
    private timer: NodeJS.Timeout | null = null;

    start(): this {
        const sample = () => {
            const pid = workerPid();
            const mb = pid === null ? null : rssMb(pid);
            if (pid !== null && mb !== null) {
                this.pids.add(pid);
                this.samples.push(mb);
            }
        };
        sample();
        this.timer = setInterval(sample, 500);
        return this;
    }

    stop(): { start: number; peak: number; end: number; restarts: number } {
        if (this.timer) clearInterval(this.timer);
        const s = this.samples;
        return { start: s[0] ?? NaN, peak: Math.max(...s), end: s[s.length - 1] ?? NaN, restarts: this.pids.size - 1 };
    }
}
