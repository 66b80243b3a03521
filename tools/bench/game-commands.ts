/**
 * In-game commands after a tier-wide change: N subscribers (1,000 by default) hold a tier whose LuckPerms group and
 * whitelist run on every server of the test bed (12); the tier's group is then renamed, and every subscriber is
 * reconciled as the queue worker would, each command going to the Wings double over HTTP. Prints the time, the
 * commands sent and the Wings calls, next to the hand-typed count: the same commands, one console line each, that an
 * admin would otherwise type. Runs in the test bed's panel_test database, in one transaction that is rolled back
 * (tools/bench/php/game-commands.php).
 *
 * `npx tsx tools/bench/game-commands.ts [--subscribers N]` (test bed up; hold the test-bed lock), or as a part of
 * `npm run bench`.
 */
import { type Figures } from './figures';
import { php } from './php-scripts';

interface Phase {
    ms: number;
    commands: number;
    sent: number;
    wings_calls: number;
    /** why commands stayed pending, if any did (a few distinct reasons) */
    errors: string[];
}

interface Result {
    subscribers: number;
    servers: number;
    grant: Phase;
    change: Phase;
    again: Phase;
    peak_mb: number;
}

const WINGS = `http://127.0.0.1:${process.env.WINGS_DOUBLE_PORT ?? 8081}`;

export async function benchGameCommands(figures: Figures, subscribers = 1000): Promise<Result> {
    await fetch(`${WINGS}/__double/servers`, { method: 'DELETE' });
    const r = php<Result>('game-commands.php', String(subscribers));
    await fetch(`${WINGS}/__double/calls`, { method: 'DELETE' });
    for (const error of new Set([...r.grant.errors, ...r.change.errors])) console.log(`  pending because: ${error}`);

    const label = `${r.subscribers.toLocaleString('en')} subscribers × ${r.servers} servers`;
    figures.add(
        'game_grant_seconds',
        `in-game grants for ${label} (with their panel access)`,
        r.grant.ms / 1000,
        's',
        undefined,
        `${r.grant.sent.toLocaleString('en')} commands in ${r.grant.wings_calls.toLocaleString('en')} Wings calls`,
    );
    figures.add(
        'game_change_seconds',
        `tier-wide change: in-game commands for ${label}`,
        r.change.ms / 1000,
        's',
        undefined,
        `${(r.change.sent / (r.change.ms / 1000)).toFixed(0)} commands/s`,
    );
    figures.add(
        'game_change_commands',
        'tier-wide change: commands sent by Tiergate',
        r.change.sent,
        'count',
        undefined,
        `of ${r.change.commands.toLocaleString('en')} queued, in ${r.change.wings_calls.toLocaleString('en')} Wings calls (one per subscriber and server)`,
    );
    figures.add(
        'game_change_hand_typed',
        'tier-wide change: commands typed by hand without Tiergate',
        r.change.commands,
        'count',
        undefined,
        'one console line per subscriber, server and rank change (remove the old group, add the new)',
    );
    figures.add('game_change_repeat_commands', 'the same reconcile again: commands sent', r.again.sent, 'count', {
        kind: 'max',
        target: 0,
    });
    return r;
}

if (require.main === module) {
    const i = process.argv.indexOf('--subscribers');
    const subscribers = i < 0 ? 1000 : Number(process.argv[i + 1]);
    void (async () => {
        const { Figures } = await import('./figures');
        const r = await benchGameCommands(new Figures(), subscribers);
        console.log(
            `\n${r.change.sent.toLocaleString('en')} commands sent by Tiergate in ${(r.change.ms / 1000).toFixed(1)} s; ` +
                `${r.change.commands.toLocaleString('en')} typed by hand. Peak memory ${r.peak_mb.toFixed(0)} MB.`,
        );
    })().catch((err: unknown) => {
        console.error(err);
        process.exitCode = 1;
    });
}
