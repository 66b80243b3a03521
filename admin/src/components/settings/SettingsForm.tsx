import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/http';
import type { EditableSettings, Settings } from '../../api/models';
import { updateSettings } from '../../api/settings';
import { Button } from '../elements/Button';
import { Notice } from '../elements/ErrorMessage';
import { Checkbox, Field } from '../elements/Field';
import { lines } from '../elements/format';
import { colors } from '../elements/theme';

interface Draft {
    graceDays: string;
    secretOverlapHours: string;
    reconcileIntervalMinutes: string;
    rateLimitPerMinute: string;
    ipAllowlist: string;
    trustedProxies: string;
    emailsPerServer: boolean;
    deleteAccountsOnTermination: boolean;
    httpsOnly: boolean;
    gameUsernamePattern: string;
    billingUrl: string;
}

const toDraft = (s: Settings): Draft => ({
    graceDays: String(s.graceDays),
    secretOverlapHours: String(s.secretOverlapHours),
    reconcileIntervalMinutes: String(s.reconcileIntervalMinutes),
    rateLimitPerMinute: String(s.rateLimitPerMinute),
    ipAllowlist: s.ipAllowlist.join('\n'),
    trustedProxies: s.trustedProxies.join('\n'),
    emailsPerServer: s.emailsPerServer,
    deleteAccountsOnTermination: s.deleteAccountsOnTermination,
    httpsOnly: s.httpsOnly,
    gameUsernamePattern: s.gameUsernamePattern,
    billingUrl: s.billingUrl ?? '',
});

/** The wire name of each field, for the server's 422 (`ip_allowlist.2` belongs to ip_allowlist). */
const WIRE: Record<keyof Draft, string> = {
    graceDays: 'grace_days',
    secretOverlapHours: 'secret_overlap_hours',
    reconcileIntervalMinutes: 'reconcile_interval_minutes',
    rateLimitPerMinute: 'rate_limit_per_minute',
    ipAllowlist: 'ip_allowlist',
    trustedProxies: 'trusted_proxies',
    emailsPerServer: 'emails_per_server',
    deleteAccountsOnTermination: 'delete_accounts_on_termination',
    httpsOnly: 'https_only',
    gameUsernamePattern: 'game_username_pattern',
    billingUrl: 'billing_url',
};

/** The server takes at most 100 entries per list; a pasted log file is refused here, before any request. */
export const LIST_MAX = 100;
const ENTRY_MAX = 64;

const NUMBERS: Array<[keyof Draft, number, number]> = [
    ['graceDays', 0, 90],
    ['secretOverlapHours', 0, 720],
    ['reconcileIntervalMinutes', 1, 1440],
    ['rateLimitPerMinute', 1, 1_000_000],
];

/** What changed against the saved settings, as the model; numbers checked first. */
export function changes(
    draft: Draft,
    saved: Settings,
): { values: Partial<EditableSettings>; errors: Record<string, string> } {
    const values: Partial<EditableSettings> = {};
    const errors: Record<string, string> = {};
    for (const [key, min, max] of NUMBERS) {
        const text = String(draft[key]).trim();
        const n = Number(text);
        if (text === '' || !Number.isInteger(n) || n < min || n > max)
            errors[WIRE[key]] = `A whole number from ${min} to ${max}.`;
        else if (n !== saved[key as keyof Settings]) (values as Record<string, number>)[key] = n;
    }
    for (const key of ['ipAllowlist', 'trustedProxies'] as const) {
        // Counted before splitting into lines, so a 95 KB paste costs one pass, not a list of thousands.
        const text = draft[key];
        const count = text.length > 20_000 ? Infinity : lines(text).length;
        if (count > LIST_MAX || text.length > LIST_MAX * (ENTRY_MAX + 1)) {
            errors[WIRE[key]] =
                `At most ${LIST_MAX} entries of up to ${ENTRY_MAX} characters each (this is ${(text.length / 1024).toFixed(0)} KB).`;
            continue;
        }
        const list = lines(text);
        const long = list.find((l) => l.length > ENTRY_MAX);
        if (long) errors[WIRE[key]] = `"${long.slice(0, 40)}…" is not an address or CIDR range.`;
        else if (list.join('\n') !== saved[key].join('\n')) values[key] = list;
    }
    const billing = draft.billingUrl.trim();
    if (billing !== '' && !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(billing))
        errors[WIRE.billingUrl] = 'The http(s) address of your Paymenter, e.g. https://billing.example.com.';
    else if ((billing || null) !== saved.billingUrl) values.billingUrl = billing || null;
    for (const key of ['emailsPerServer', 'deleteAccountsOnTermination', 'httpsOnly'] as const) {
        if (draft[key] !== saved[key]) values[key] = draft[key];
    }
    const pattern = draft.gameUsernamePattern.trim();
    if (pattern === '') errors[WIRE.gameUsernamePattern] = 'Required; the default is ^[A-Za-z0-9_]{3,16}$.';
    else if (pattern !== saved.gameUsernamePattern) values.gameUsernamePattern = pattern;
    return { values, errors };
}

/** The behaviour settings; PATCH sends only what changed, and the server's 422 shows next to its field. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
    const [base, setBase] = useState<Settings>(settings); // what the server last said; the diff is against it
    const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
    const [saving, setSaving] = useState(false);
    const form = useRef<HTMLFormElement>(null);
    const [result, setResult] = useState<{
        tone: 'success' | 'error' | 'info';
        message: string;
        fields: Record<string, string>;
    } | null>(null);

    const save = (e: FormEvent) => {
        e.preventDefault();
        const { values, errors } = changes(draft, base);
        if (Object.keys(errors).length)
            return setResult({ tone: 'error', message: 'Fix the marked fields, then save again.', fields: errors });
        if (Object.keys(values).length === 0)
            return setResult({ tone: 'info', message: 'Nothing changed.', fields: {} });
        setSaving(true);
        setResult(null);
        updateSettings(values)
            .then(
                (saved) => {
                    setBase(saved);
                    setDraft(toDraft(saved));
                    setResult({ tone: 'success', message: 'Saved. The new settings apply right away.', fields: {} });
                    onSaved(saved);
                },
                (err) => {
                    const problem = describeError(err);
                    const fields: Record<string, string> = {};
                    for (const [k, v] of Object.entries(problem.fields)) {
                        const field = k.split('.')[0]!;
                        fields[field] = fields[field] ? `${fields[field]} ${v}` : v;
                    }
                    setResult({
                        tone: 'error',
                        message: Object.keys(fields).length
                            ? 'The panel refused some values; see the marked fields.'
                            : problem.message,
                        fields,
                    });
                },
            )
            .finally(() => setSaving(false));
    };
    // After a refused save, the first marked field takes the focus (in the order they are on screen).
    useEffect(() => {
        if (result?.tone === 'error' && Object.keys(result.fields).length)
            form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }, [result]);
    // A marked field is checked again as it is edited: its message goes once the value is fixed.
    const recheck = (key: keyof Draft, next: Draft) =>
        setResult((r) => {
            if (!r || !(WIRE[key] in r.fields)) return r;
            const still = changes(next, base).errors[WIRE[key]];
            const fields = { ...r.fields };
            if (still) fields[WIRE[key]] = still;
            else delete fields[WIRE[key]];
            return Object.keys(fields).length ? { ...r, fields } : null;
        });
    const text = (key: keyof Draft) => ({
        value: draft[key] as string,
        disabled: saving,
        onChange: (e: { target: { value: string } }) => {
            const next = { ...draft, [key]: e.target.value };
            setDraft(next);
            recheck(key, next);
        },
    });
    const error = (key: keyof Draft) => result?.fields[WIRE[key]];

    return (
        <form onSubmit={save} aria-label={'Settings'} noValidate ref={form}>
            <Field
                label={'Grace days'}
                hint={'How long access continues after a failed payment, before it is suspended (0–90).'}
                error={error('graceDays')}
            >
                <input type={'number'} min={0} max={90} {...text('graceDays')} />
            </Field>
            <Field
                label={'Secret overlap (hours)'}
                hint={'After a rotation, how long the previous secret is still accepted (0–720).'}
                error={error('secretOverlapHours')}
            >
                <input type={'number'} min={0} max={720} {...text('secretOverlapHours')} />
            </Field>
            <Field
                label={'IP allowlist'}
                hint={
                    'One address or CIDR range per line, e.g. 203.0.113.7 or 203.0.113.0/24. Empty: every address may deliver.'
                }
                error={error('ipAllowlist')}
            >
                <textarea rows={3} placeholder={'e.g. 203.0.113.7'} {...text('ipAllowlist')} />
            </Field>
            <Field
                label={'Trusted proxies'}
                hint={
                    'One per line. Only these may tell the panel the real sender (X-Forwarded-For), e.g. your load balancer.'
                }
                error={error('trustedProxies')}
            >
                <textarea rows={3} placeholder={'e.g. 10.0.0.2'} {...text('trustedProxies')} />
            </Field>
            <Field label={'Rate limit (requests per minute per address)'} error={error('rateLimitPerMinute')}>
                <input type={'number'} min={1} {...text('rateLimitPerMinute')} />
            </Field>
            <Field
                label={'Reconcile everyone every (minutes)'}
                hint={'The scheduled check that repairs drift and picks up new servers (1–1440).'}
                error={error('reconcileIntervalMinutes')}
            >
                <input type={'number'} min={1} max={1440} {...text('reconcileIntervalMinutes')} />
            </Field>
            <Checkbox
                label={'HTTPS only'}
                hint={
                    'Refuse deliveries that did not arrive over HTTPS (403 https_required). On by default when the panel URL is https; X-Forwarded-Proto is believed only from the trusted proxies above.'
                }
                checked={draft.httpsOnly}
                disabled={saving}
                onChange={(httpsOnly) => setDraft((d) => ({ ...d, httpsOnly }))}
            />
            {error('httpsOnly') && (
                <p role={'alert'} style={{ color: colors.dangerText }}>
                    {error('httpsOnly')}
                </p>
            )}
            <Field
                label={'In-game name pattern'}
                hint={
                    'Which Minecraft names Paymenter may send (a regular expression). Default ^[A-Za-z0-9_]{3,16}$ (Java edition); ^\\.?[A-Za-z0-9_]{3,16}$ also admits Bedrock players behind Geyser. Names with spaces, ;, §, quotes or control characters are refused whatever it says.'
                }
                error={error('gameUsernamePattern')}
            >
                <input type={'text'} maxLength={191} spellCheck={false} {...text('gameUsernamePattern')} />
            </Field>
            <Field
                label={'Billing page (Paymenter URL)'}
                hint={
                    "The subscriber's dashboard banner links here to pay an open invoice or subscribe again. Empty: no link."
                }
                error={error('billingUrl')}
            >
                <input
                    type={'text'}
                    inputMode={'url'}
                    maxLength={500}
                    spellCheck={false}
                    placeholder={'e.g. https://billing.example.com'}
                    {...text('billingUrl')}
                />
            </Field>
            <h4>Emails and accounts</h4>
            <Checkbox
                label={'Email per server'}
                hint={
                    'Send the panel\'s "added to / removed from server" email for every server a tier change touches (off: only the account setup email).'
                }
                checked={draft.emailsPerServer}
                disabled={saving}
                onChange={(emailsPerServer) => setDraft((d) => ({ ...d, emailsPerServer }))}
            />
            {error('emailsPerServer') && (
                <p role={'alert'} style={{ color: colors.dangerText }}>
                    {error('emailsPerServer')}
                </p>
            )}
            <Checkbox
                label={'Delete accounts on termination'}
                hint={
                    'Delete a panel account Tiergate created once every subscription of its customer is terminated. Accounts that existed before are never deleted.'
                }
                checked={draft.deleteAccountsOnTermination}
                disabled={saving}
                onChange={(deleteAccountsOnTermination) => setDraft((d) => ({ ...d, deleteAccountsOnTermination }))}
            />
            {error('deleteAccountsOnTermination') && (
                <p role={'alert'} style={{ color: colors.dangerText }}>
                    {error('deleteAccountsOnTermination')}
                </p>
            )}
            {result && <Notice tone={result.tone}>{result.message}</Notice>}
            <Button type={'submit'} disabled={saving}>
                {saving ? 'Saving…' : 'Save settings'}
            </Button>
        </form>
    );
}
