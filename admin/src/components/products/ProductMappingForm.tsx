import { type FormEvent, useRef, useState } from 'react';
import type { Template } from '../../api/models';
import { Button } from '../elements/Button';
import { FilterBar } from '../elements/Field';
import { colors } from '../elements/theme';

/** Maps a product Paymenter has not sent an event for yet. */
export function ProductMappingForm({
    templates,
    known,
    onMap,
}: {
    templates: Template[];
    known: string[];
    onMap: (productKey: string, templateKey: string) => Promise<boolean>;
}) {
    const [productKey, setProductKey] = useState('');
    const [templateKey, setTemplateKey] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    const [saving, setSaving] = useState(false);
    const input = useRef<HTMLInputElement>(null);
    const chosen = templateKey || templates[0]?.key || '';

    const check = (key: string): string | null =>
        !key
            ? "Enter the product's slug (or id) as Paymenter sends it."
            : key.length > 191
              ? `A product key is at most 191 characters (this is ${key.length}).`
              : known.includes(key)
                ? `${key} is already in the table above; pick its template there.`
                : null;

    const submit = (e: FormEvent) => {
        e.preventDefault();
        const key = productKey.trim();
        const found = check(key);
        setProblem(found);
        if (found) return input.current?.focus();
        setSaving(true);
        onMap(key, chosen)
            .then((ok) => ok && setProductKey(''))
            .finally(() => setSaving(false));
    };

    return (
        <form onSubmit={submit} aria-label={'Map a new product'} noValidate>
            <h4>Map a product before its first order</h4>
            <FilterBar>
                <label>
                    Product key
                    <input
                        type={'text'}
                        value={productKey}
                        ref={input}
                        onChange={(e) => {
                            setProductKey(e.target.value);
                            if (problem) setProblem(check(e.target.value.trim()));
                        }}
                        placeholder={'e.g. fire-knight'}
                        disabled={saving}
                        aria-invalid={problem ? true : undefined}
                    />
                </label>
                <label>
                    Role template
                    <select value={chosen} onChange={(e) => setTemplateKey(e.target.value)} disabled={saving}>
                        {templates.map((t) => (
                            <option key={t.key} value={t.key}>
                                {t.name}
                            </option>
                        ))}
                    </select>
                </label>
                <div>
                    <Button type={'submit'} disabled={saving || templates.length === 0}>
                        {saving ? 'Saving…' : 'Add mapping'}
                    </Button>
                </div>
            </FilterBar>
            {problem && (
                <p role={'alert'} style={{ color: colors.dangerText }}>
                    {problem}
                </p>
            )}
        </form>
    );
}
