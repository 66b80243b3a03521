import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const Wrap = styled.div`
    margin-bottom: 14px;
    min-width: 0;
    > label {
        display: block;
        font-weight: 600;
        margin: 0 0 4px;
    }
    input[type='text'],
    input[type='number'],
    input[type='datetime-local'],
    input[type='search'],
    input[type='password'],
    select,
    textarea {
        display: block;
        width: 100%;
        max-width: 480px;
        padding: 6px 8px;
        border: 1px solid ${colors.border};
        border-radius: 0;
        background: ${colors.white};
        font-size: 13px;
        line-height: 1.4;
        height: auto;
        box-shadow: none;
    }
    input:focus,
    select:focus,
    textarea:focus {
        border-color: ${colors.primary};
        outline: none;
    }
    [aria-invalid='true'] {
        border-color: ${colors.danger} !important;
    }
    textarea {
        font-family: monospace;
        min-height: 80px;
        resize: vertical;
    }
    .hint {
        display: block;
        color: ${colors.muted};
        font-size: 12px;
        margin-top: 3px;
    }
    .error {
        display: block;
        color: ${colors.dangerText};
        margin-top: 3px;
    }
`;

/**
 * A label, the control, a hint and the field's error. The control (one element) gets the id the label points at,
 * aria-describedby for the hint and error, and aria-invalid.
 */
export function Field({
    label,
    hint,
    error,
    children,
    testId,
}: {
    label: ReactNode;
    hint?: ReactNode;
    error?: string;
    children: ReactElement;
    testId?: string;
}) {
    const id = useId();
    const control = Children.only(children);
    const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
        <Wrap data-testid={testId}>
            <label htmlFor={id}>{label}</label>
            {isValidElement(control)
                ? cloneElement(control as ReactElement<Record<string, unknown>>, {
                      id,
                      'aria-describedby': described,
                      'aria-invalid': error ? true : undefined,
                  })
                : control}
            {hint && (
                <small className={'hint'} id={`${id}-hint`}>
                    {hint}
                </small>
            )}
            {error && (
                <span className={'error'} id={`${id}-error`} role={'alert'}>
                    {error}
                </span>
            )}
        </Wrap>
    );
}

const CheckLabel = styled.label`
    display: flex;
    gap: 8px;
    align-items: flex-start;
    font-weight: normal;
    margin: 0 0 8px;
    cursor: pointer;
    input {
        margin: 3px 0 0;
        flex: none;
    }
    small {
        display: block;
        color: ${colors.muted};
    }
`;

/** A checkbox with its label text and an optional hint underneath. */
export const Checkbox = ({
    label,
    hint,
    checked,
    disabled,
    onChange,
}: {
    label: ReactNode;
    hint?: ReactNode;
    checked: boolean;
    disabled?: boolean;
    onChange: (checked: boolean) => void;
}) => (
    <CheckLabel>
        <input type={'checkbox'} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        <span>
            {label}
            {hint && <small>{hint}</small>}
        </span>
    </CheckLabel>
);

/** A compact filter bar: controls side by side, wrapping on narrow screens. */
export const FilterBar = styled.div`
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: flex-end;
    margin-bottom: 12px;
    > label,
    > div {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 12px;
        color: ${colors.label};
        font-weight: 600;
        margin: 0;
        min-width: 0;
    }
    input[type='text'],
    input[type='search'],
    input[type='number'],
    input[type='datetime-local'],
    select {
        padding: 5px 7px;
        border: 1px solid ${colors.border};
        background: ${colors.white};
        font-size: 13px;
        font-weight: normal;
        height: 30px;
        max-width: 100%;
        color: ${colors.text};
    }
    label.inline {
        flex-direction: row;
        align-items: center;
        gap: 6px;
        height: 30px;
        font-weight: normal;
        font-size: 13px;
    }
`;
