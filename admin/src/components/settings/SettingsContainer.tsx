import { useSettings } from '../../api/settings';
import { Badge } from '../elements/Badge';
import { Card, Grid, Muted } from '../elements/Card';
import { ErrorMessage } from '../elements/ErrorMessage';
import { ago, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { CopyField } from '../CopyField';
import { NotificationsBox } from './NotificationsBox';
import { PauseBox } from './PauseBox';
import { RunbookCard } from './RunbookCard';
import { SecretRotation } from './SecretRotation';
import { SettingsForm } from './SettingsForm';
import { TestEventButton } from './TestEventButton';

export function SettingsContainer() {
    const { settings, error, mutate } = useSettings();
    if (error) return <ErrorMessage error={error} />;
    if (!settings) return <Spinner label={'Loading settings…'} />;

    return (
        <Grid>
            <div>
                <Card title={'Connect Paymenter'}>
                    <p>
                        In Paymenter: Extensions → Servers → add a <strong>Tiergate</strong> server with this URL and
                        the secret, then press Test connection.
                    </p>
                    <CopyField label={'Webhook URL'} value={settings.webhookUrl} />
                    <p data-testid={'secret-status'}>
                        Secret:{' '}
                        {settings.secretConfigured ? (
                            <Badge $tone={'ok'}>configured</Badge>
                        ) : (
                            <>
                                <Badge $tone={'failed'}>not set</Badge> every event is refused until there is one.
                            </>
                        )}
                        {settings.previousSecretUntil && (
                            <Muted> The previous one is accepted until {when(settings.previousSecretUntil)}.</Muted>
                        )}
                    </p>
                    <SecretRotation
                        configured={settings.secretConfigured}
                        overlapHours={settings.secretOverlapHours}
                        onRotated={() => void mutate()}
                    />
                    <h4>Check the route</h4>
                    <p data-testid={'contact-times'}>
                        Last test ping from Paymenter: {ago(settings.lastPaymenterPingAt)} (its Test connection button).
                        Last self-test from this page: {ago(settings.lastSelfTestAt)}. This button sends a signed ping
                        from the panel to its own webhook URL; it does not count as contact from Paymenter.
                    </p>
                    <TestEventButton onSent={() => void mutate()} />
                </Card>
                <PauseBox />
            </div>
            <div>
                <Card title={'Behaviour'}>
                    <SettingsForm settings={settings} onSaved={() => void mutate()} />
                </Card>
                <NotificationsBox />
                <RunbookCard />
            </div>
        </Grid>
    );
}
