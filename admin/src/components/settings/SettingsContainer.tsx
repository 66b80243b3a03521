import { FormEvent, useEffect, useState } from 'react';
import { describeError } from '../../api/http';
import type { Settings } from '../../api/models';
import { updateSettings, useSettings } from '../../api/settings';
import { Button } from '../elements/Button';
import { Card } from '../elements/Card';
import { ErrorMessage, Notice, Spinner } from '../elements/Feedback';
import { Field } from '../elements/Field';
import { ago } from '../elements/format';
import { CopyField } from '../CopyField';
import { SecretRotation } from './SecretRotation';
import { TestEventButton } from './TestEventButton';

type Draft = Omit<Settings, 'webhookUrl' | 'secretConfigured' | 'previousSecretUntil' | 'lastContactAt' | 'ipAllowlist' | 'trustedProxies'> & { ipAllowlist: string; trustedProxies: string };

const toDraft = (s: Settings): Draft => ({ ...s, ipAllowlist: s.ipAllowlist.join('\n'), trustedProxies: s.trustedProxies.join('\n') });
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function SettingsContainer() {
    const { settings, error, mutate } = useSettings();
    const [draft, setDraft] = useState<Draft | null>(null);
    const [saving, setSaving] = useState(false);
    const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string; fields: Record<string, string> } | null>(null);

    useEffect(() => {
        if (settings && !draft) setDraft(toDraft(settings));
    }, [settings, draft]);

    if (error) return <ErrorMessage error={error} />;
    if (!settings || !draft) return <Spinner />;

    const save = (e: FormEvent) => {
        e.preventDefault();
        setSaving(true);
        updateSettings({ ...draft, ipAllowlist: lines(draft.ipAllowlist), trustedProxies: lines(draft.trustedProxies) })
            .then((s) => {
                setDraft(toDraft(s));
                setResult({ tone: 'success', message: 'Saved.', fields: {} });
                return mutate();
            }, (err) => setResult({ tone: 'error', ...describeError(err) }))
            .finally(() => setSaving(false));
    };
    const num = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: Number(e.target.value) });
    const fieldError = (wire: string) => (result?.tone === 'error' ? result.fields[wire] : undefined);

    return (
        <>
            <Card>
                <h3>Connect Paymenter</h3>
                <CopyField label={'Webhook URL'} value={settings.webhookUrl} />
                <p style={{ marginTop: 8 }}>
                    Secret: {settings.secretConfigured ? 'configured' : <strong>not set — every event is refused until there is one</strong>}
                    {settings.previousSecretUntil && `; the previous one works until ${settings.previousSecretUntil.toLocaleString()}`}. Last test ping: {ago(settings.lastContactAt)}.
                </p>
                <SecretRotation configured={settings.secretConfigured} onRotated={() => mutate()} />
                <div style={{ marginTop: 8 }}><TestEventButton /></div>
            </Card>
            <Card>
                <h3>Behaviour</h3>
                <form onSubmit={save} aria-label={'Settings'}>
                    <Field label={'Grace days'} hint={'How long access continues after a failed payment.'} error={fieldError('grace_days')}>
                        <input type={'number'} min={0} max={90} value={draft.graceDays} onChange={num('graceDays')} />
                    </Field>
                    <Field label={'Secret overlap (hours)'} hint={'How long the previous secret keeps working after a rotation.'} error={fieldError('secret_overlap_hours')}>
                        <input type={'number'} min={0} max={720} value={draft.secretOverlapHours} onChange={num('secretOverlapHours')} />
                    </Field>
                    <Field label={'Full reconcile every (minutes)'} error={fieldError('reconcile_interval_minutes')}>
                        <input type={'number'} min={1} max={1440} value={draft.reconcileIntervalMinutes} onChange={num('reconcileIntervalMinutes')} />
                    </Field>
                    <Field label={'Rate limit (requests per minute per address)'} error={fieldError('rate_limit_per_minute')}>
                        <input type={'number'} min={1} value={draft.rateLimitPerMinute} onChange={num('rateLimitPerMinute')} />
                    </Field>
                    <Field label={'IP allowlist'} hint={'One address or CIDR range per line; empty allows every address.'} error={fieldError('ip_allowlist')}>
                        <textarea aria-label={'IP allowlist'} value={draft.ipAllowlist} onChange={(e) => setDraft({ ...draft, ipAllowlist: e.target.value })} />
                    </Field>
                    <Field label={'Trusted proxies'} hint={'Only these may tell the panel the real sender address (X-Forwarded-For).'} error={fieldError('trusted_proxies')}>
                        <textarea aria-label={'Trusted proxies'} value={draft.trustedProxies} onChange={(e) => setDraft({ ...draft, trustedProxies: e.target.value })} />
                    </Field>
                    <Field label={'Emails'}>
                        <label><input type={'checkbox'} checked={draft.emailsPerServer} onChange={(e) => setDraft({ ...draft, emailsPerServer: e.target.checked })} /> Send the panel's "added to / removed from server" email for every server</label>
                        <label><input type={'checkbox'} checked={draft.deleteAccountsOnTermination} onChange={(e) => setDraft({ ...draft, deleteAccountsOnTermination: e.target.checked })} /> Delete accounts Tiergate created when their last subscription is terminated</label>
                    </Field>
                    {result && <Notice tone={result.tone}>{result.message}</Notice>}
                    <Button type={'submit'} disabled={saving}>{saving ? 'Saving…' : 'Save settings'}</Button>
                </form>
            </Card>
        </>
    );
}
