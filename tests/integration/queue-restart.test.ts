import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { testbed } from '../../tools/testbed/config';

// Blueprint runs `php artisan queue:restart` on every install and remove: the panel's worker exits after its
// current job, and only a supervisor (pteroq's systemd unit on a real panel) brings it back.
const workerPhpPid = (): number | null => {
    const supervisor = fs.readFileSync(path.join(testbed.runDir, 'queue-worker.pid'), 'utf8').trim();
    const tree = execFileSync('pstree', ['-p', supervisor], { encoding: 'utf8' });
    const match = /php\((\d+)\)/.exec(tree);
    return match ? Number(match[1]) : null;
};

describe("the test bed's queue worker after Blueprint's queue:restart", () => {
    it('exits and is started again by its supervisor', async () => {
        const before = workerPhpPid();
        expect(before).not.toBeNull();
        execFileSync('runuser', ['-u', testbed.webUser, '--', 'php', 'artisan', 'queue:restart'], {
            cwd: testbed.panelDir,
        });

        let after: number | null = before;
        for (let i = 0; i < 60 && (after === before || after === null); i++) {
            await new Promise((r) => setTimeout(r, 500));
            after = workerPhpPid();
        }
        expect(after).not.toBeNull();
        expect(after).not.toBe(before);
        const cmdline = fs.readFileSync(`/proc/${after}/cmdline`, 'utf8').split('\0').join(' ');
        expect(cmdline).toContain('queue:work --queue=high,standard,low');
    });
});
