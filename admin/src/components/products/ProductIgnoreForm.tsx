import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../elements/Button';
import { FilterBar } from '../elements/Field';
import { colors } from '../elements/theme';

export const IGNORE_REASON_MAX = 191;

/** Asks why a product is not a tier before ignoring it; the reason is shown beside it from then on. */
export function ProductIgnoreForm({
    productKey,
    onIgnore,
    onCancel,
}: {
    productKey: string;
    onIgnore: (reason: string) => Promise<boolean>;
    onCancel: () => void;
}) {
    const [reason, setReason] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    const [saving, setSaving] = useState(false);
    const input = useRef<HTMLInputElement>(null);
    useEffect(() => input.current?.focus(), []);

    const check = (text: string): string | null =>
        !text.trim()
            ? 'Say why, for whoever looks at this next.'
            : text.length > IGNORE_REASON_MAX
              ? `At most ${IGNORE_REASON_MAX} characters (this is ${text.length}).`
              : null;

    const submit = (e: FormEvent) => {
        e.preventDefault();
        const found = check(reason);
        setProblem(found);
        if (found) return input.current?.focus();
        setSaving(true);
        onIgnore(reason.trim()).finally(() => setSaving(false));
    };

    return (
        <form onSubmit={submit} noValidate aria-label={`Ignore ${productKey}`}>
            <FilterBar style={{ marginBottom: 4 }}>
                <label style={{ flex: '1 1 220px' }}>
                    Why ignore it?
                    <input
                        ref={input}
                        type={'text'}
                        value={reason}
                        placeholder={'e.g. one-off Discord boost, not a tier'}
                        disabled={saving}
                        aria-invalid={problem ? true : undefined}
                        onChange={(e) => {
                            setReason(e.target.value);
                            if (problem) setProblem(check(e.target.value));
                        }}
                    />
                </label>
                <div style={{ flexDirection: 'row', gap: 6 }}>
                    <Button type={'submit'} $small disabled={saving}>
                        {saving ? 'Ignoring…' : 'Ignore product'}
                    </Button>
                    <Button $variant={'plain'} $small onClick={onCancel} disabled={saving}>
                        Cancel
                    </Button>
                </div>
            </FilterBar>
            {problem && (
                <p role={'alert'} style={{ color: colors.dangerText, margin: 0 }}>
                    {problem}
                </p>
            )}
        </form>
    );
}
