import { useState } from 'react';
import { describeError } from '../../api/http';
import {
    retryDeadNotifications,
    rotateNotificationSecret,
    saveNotificationUrls,
    sendTestNotification,
    useNotifications,
} from '../../api/notifications';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted } from '../elements/Card';
import { ConfirmButton } from '../elements/ConfirmButton';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { Field } from '../elements/Field';
import { ago, lines, plural, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { CopyField } from '../CopyField';

type TestResults = Awaited<ReturnType<typeof sendTestNotification>>;

/**
 * Outbound notifications (docs/notifications.md): the URLs a Discord bot or an n8n workflow listens on, the
 * secret Tiergate signs with (shown once), a test message, and each receiver's queue with what needs attention.
 */
export function NotificationsBox() {
    const { notifications, error, mutate } = useNotifications();
    const [draft, setDraft] = useState<string | null>(null);
    const [secret, setSecret] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const [problem, setProblem] = useState<string | null>(null);
    const [tested, setTested] = useState<TestResults | null>(null);

    if (error) return <ErrorMessage error={error} />;
    if (!notifications) return <Spinner label={'Loading notifications…'} />;

    const run = <T,>(work: () => Promise<T>, done: (r: T) => void) => {
        setBusy(true);
        setProblem(null);
        work()
            .then(done, (e) => setProblem(describeError(e).message))
            .finally(() => {
                setBusy(false);
                void mutate();
            });
    };
    const text = draft ?? notifications.urls.join('\n');
    const dead = notifications.destinations.reduce((n, d) => n + d.dead, 0);

    return (
        <Card title={'Notify other systems'}>
            <p>
                Tiergate POSTs a signed <code>subscriber.access_changed</code> message (Standard Webhooks) to each URL
                whenever a subscription's state, tier or game username changes: a Discord bot or an n8n workflow can
                give roles from it.
            </p>
            <Field label={'Notification URLs'} hint={'One http(s) URL per line; leave empty to send nothing.'}>
                <textarea
                    rows={3}
                    value={text}
                    onChange={(e) => setDraft(e.target.value)}
                    data-testid={'notification-urls'}
                />
            </Field>
            <Button
                $variant={'primary'}
                disabled={busy || draft === null}
                onClick={() =>
                    run(
                        () => saveNotificationUrls(lines(text)),
                        (saved) => {
                            setDraft(null);
                            if (saved.secret) setSecret(saved.secret);
                        },
                    )
                }
            >
                Save URLs
            </Button>{' '}
            <Button
                $variant={'plain'}
                disabled={busy || notifications.urls.length === 0}
                onClick={() => run(sendTestNotification, setTested)}
            >
                Send test notification
            </Button>
            {problem && <Notice tone={'error'}>{problem}</Notice>}
            {tested && (
                <Notice tone={tested.every((t) => t.error === null) ? 'success' : 'error'} testId={'notification-test'}>
                    {tested.map((t) => (
                        <div key={t.url}>
                            {t.url}: {t.status === null ? 'no answer' : `answered ${t.status}`} in {t.ms} ms
                            {t.error && <Muted> — {t.error}</Muted>}
                        </div>
                    ))}
                </Notice>
            )}
            <h4>Signing secret</h4>
            <p>
                {notifications.secretConfigured ? (
                    <Badge $tone={'ok'}>configured</Badge>
                ) : (
                    <Badge $tone={'pending'}>none yet</Badge>
                )}{' '}
                <Muted>
                    Receivers verify each message with it (webhook-signature).
                    {notifications.previousSecretUntil &&
                        ` The previous one also signs until ${when(notifications.previousSecretUntil)}.`}
                </Muted>
            </p>
            {secret ? (
                <Notice tone={'warning'} testId={'new-notification-secret'}>
                    <p>
                        <strong>Copy this secret into your receiver now. It is shown only this once.</strong>
                    </p>
                    <CopyField label={'Notification secret'} value={secret} />
                    <Button $variant={'plain'} onClick={() => setSecret(null)}>
                        I have copied it
                    </Button>
                </Notice>
            ) : (
                notifications.secretConfigured && (
                    <ConfirmButton
                        label={'Rotate notification secret'}
                        variant={'plain'}
                        busy={busy}
                        question={
                            'Make a new notification secret? Messages are signed with both for the overlap period.'
                        }
                        confirmLabel={'Make a new secret'}
                        onConfirm={() => run(rotateNotificationSecret, (r) => setSecret(r.secret))}
                    />
                )
            )}
            {notifications.destinations.length > 0 && (
                <>
                    <h4>Delivery</h4>
                    <Table label={'Notification receivers'} testId={'notification-destinations'}>
                        <thead>
                            <tr>
                                <th>URL</th>
                                <th>Waiting</th>
                                <th>Needs attention</th>
                                <th>Last delivered</th>
                                <th>Last error</th>
                            </tr>
                        </thead>
                        <tbody>
                            {notifications.destinations.map((d) => (
                                <tr key={d.url}>
                                    <td>{d.url}</td>
                                    <td>{d.pending}</td>
                                    <td>{d.dead > 0 ? <Badge $tone={'failed'}>{d.dead}</Badge> : 0}</td>
                                    <td>{ago(d.lastSentAt)}</td>
                                    <td>{d.lastError ?? '—'}</td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                </>
            )}
            {dead > 0 && (
                <Notice tone={'error'} testId={'dead-notifications'}>
                    {plural(dead, 'message')} failed every try (about three days) and will not be sent unless retried.{' '}
                    <Button $small disabled={busy} onClick={() => run(retryDeadNotifications, () => undefined)}>
                        Retry them now
                    </Button>
                </Notice>
            )}
        </Card>
    );
}
