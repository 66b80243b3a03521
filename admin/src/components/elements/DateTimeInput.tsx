import { useState } from 'react';
import { parseLocalDateTime } from './format';

/**
 * A date and time typed as text. Chromium's datetime-local is six Tab stops (month, day, year, hour, minute,
 * AM/PM); this is one, and it takes a pasted `2026-11-24 10:30`. Unreadable text is marked once the admin leaves
 * the field, and the caller gets it unchanged (its parser ignores it).
 */
export function DateTimeInput({
    value,
    onChange,
    label,
    id,
    disabled,
    describedBy,
}: {
    value: string;
    onChange: (value: string) => void;
    label: string;
    id?: string;
    disabled?: boolean;
    describedBy?: string;
}) {
    const [left, setLeft] = useState(false);
    const bad = left && value.trim() !== '' && parseLocalDateTime(value) === null;
    return (
        <>
            <input
                type={'text'}
                id={id}
                inputMode={'numeric'}
                autoComplete={'off'}
                aria-label={label}
                placeholder={'e.g. 2026-11-24 10:30'}
                value={value}
                disabled={disabled}
                onChange={(e) => onChange(e.target.value)}
                onBlur={() => setLeft(true)}
                onFocus={() => setLeft(false)}
                aria-invalid={bad || undefined}
                aria-describedby={describedBy}
                style={{ width: 175 }}
            />
            {bad && (
                <span role={'alert'} className={'date-error'}>
                    Write it as 2026-11-24 10:30
                </span>
            )}
        </>
    );
}
