import type { SubscriberGame } from '../../api/game';
import { Badge } from '../elements/Badge';
import { Muted } from '../elements/Card';
import { when } from '../elements/format';
import { Table } from '../elements/Table';

const TONE = { sent: 'ok', pending: 'pending', failed: 'failed' } as const;

/** The console commands for this subscriber per server, oldest first (the order each server gets them in). */
export function PendingCommands({ commands }: { commands: SubscriberGame['commands'] }) {
    if (commands.length === 0) return <Muted>No console command has been sent for this subscriber.</Muted>;
    const pending = commands.filter((c) => c.status === 'pending').length;
    return (
        <>
            {pending > 0 && (
                <p data-testid={'pending-commands'}>
                    {pending} command(s) pending: their server was not running. Tiergate sends them, in order, once it
                    runs again.
                </p>
            )}
            <Table label={'Console commands'} testId={'game-commands'}>
                <thead>
                    <tr>
                        <th>Server</th>
                        <th>Command</th>
                        <th>Status</th>
                        <th>When</th>
                    </tr>
                </thead>
                <tbody>
                    {commands.map((c) => (
                        <tr key={c.id} data-problem={c.status === 'failed' ? 'true' : undefined}>
                            <td>{c.serverName}</td>
                            <td>
                                <code>{c.command}</code>
                            </td>
                            <td className={'nowrap'}>
                                <Badge $tone={TONE[c.status]}>{c.status}</Badge>
                                {c.attempts > 1 && <Muted> after {c.attempts} tries</Muted>}
                                {c.lastError && c.status !== 'sent' && (
                                    <div>
                                        <Muted>{c.lastError}</Muted>
                                    </div>
                                )}
                            </td>
                            <td className={'nowrap'}>
                                <Muted>
                                    {c.sentAt
                                        ? when(c.sentAt)
                                        : c.nextAttemptAt
                                          ? `next try ${when(c.nextAttemptAt)}`
                                          : when(c.createdAt)}
                                </Muted>
                            </td>
                        </tr>
                    ))}
                </tbody>
            </Table>
        </>
    );
}
