import { type FormEvent, useState } from 'react';
import { setGameName, type SubscriberGame } from '../../api/game';
import { describeError } from '../../api/http';
import { Button } from '../elements/Button';
import { Muted, Row } from '../elements/Card';
import { Notice } from '../elements/ErrorMessage';
import { Field } from '../elements/Field';

/**
 * The subscriber's in-game name: what billing sent, the admin's correction (which wins until billing sends a
 * different name), and a form to set or remove it. A changed name revokes under the old one and grants under the new.
 */
export function GameNamePanel({
    customerId,
    game,
    onSaved,
}: {
    customerId: string;
    game: SubscriberGame;
    onSaved: (game: SubscriberGame) => void;
}) {
    const { name } = game;
    const [draft, setDraft] = useState(name.override ?? '');
    const [saving, setSaving] = useState(false);
    const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string; field?: string } | null>(null);

    const save = (value: string | null) => {
        setSaving(true);
        setResult(null);
        setGameName(customerId, value)
            .then(
                (saved) => {
                    setDraft(saved.name.override ?? '');
                    setResult({
                        tone: 'success',
                        message: value === null ? 'Correction removed.' : `Commands now go to ${saved.name.effective}.`,
                    });
                    onSaved(saved);
                },
                (err) => {
                    const problem = describeError(err);
                    setResult({ tone: 'error', message: problem.message, field: problem.fields.name });
                },
            )
            .finally(() => setSaving(false));
    };
    const submit = (e: FormEvent) => {
        e.preventDefault();
        save(draft.trim() === '' ? null : draft);
    };

    return (
        <form onSubmit={submit} aria-label={'In-game name'} data-testid={'game-name'} noValidate>
            <p>
                In-game name: <strong data-testid={'game-name-effective'}>{name.effective ?? 'none'}</strong>{' '}
                <Muted>
                    (from billing: {name.fromBilling ?? 'none'}
                    {name.override !== null &&
                        (name.overrideActive
                            ? `; corrected by an admin to ${name.override}`
                            : `; the correction to ${name.override} no longer applies: billing sent a new name`)}
                    )
                </Muted>
            </p>
            <Field
                label={'Correct the in-game name'}
                hint={'Wins over billing until billing sends a different name. Empty: use the name from billing.'}
                error={result?.field}
            >
                <input
                    type={'text'}
                    maxLength={64}
                    spellCheck={false}
                    value={draft}
                    onChange={(e) => setDraft(e.target.value)}
                    disabled={saving}
                />
            </Field>
            {result && !result.field && <Notice tone={result.tone}>{result.message}</Notice>}
            <Row>
                <Button type={'submit'} disabled={saving}>
                    {saving ? 'Saving…' : 'Set in-game name'}
                </Button>
                {name.override !== null && (
                    <Button $variant={'plain'} onClick={() => save(null)} disabled={saving}>
                        Remove the correction
                    </Button>
                )}
            </Row>
        </form>
    );
}
