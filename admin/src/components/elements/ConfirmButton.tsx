import { type ReactNode, useState } from 'react';
import styled from 'styled-components';
import { Button } from './Button';
import { colors } from './theme';

const Box = styled.div`
    border: 1px solid ${colors.problemBorder};
    background: ${colors.problem};
    border-radius: 3px;
    padding: 10px 12px;
    margin: 6px 0;
    max-width: 560px;
    white-space: normal;
    p {
        margin: 0 0 8px;
    }
    div {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
    }
`;

/**
 * A button that asks first, inline (no window.confirm, which browsers may suppress): the question says what
 * will happen, then "confirm" or "Cancel".
 */
export function ConfirmButton({
    label,
    question,
    confirmLabel,
    onConfirm,
    busy,
    variant = 'danger',
    small,
}: {
    label: string;
    question: ReactNode;
    confirmLabel: string;
    onConfirm: () => void;
    busy?: boolean;
    variant?: 'danger' | 'primary' | 'plain';
    small?: boolean;
}) {
    const [asking, setAsking] = useState(false);
    if (!asking) {
        return (
            <Button $variant={variant} $small={small} onClick={() => setAsking(true)} disabled={busy}>
                {label}
            </Button>
        );
    }
    return (
        <Box role={'alertdialog'} aria-label={label}>
            <p>{question}</p>
            <div>
                <Button
                    $variant={variant === 'plain' ? 'primary' : variant}
                    $small={small}
                    disabled={busy}
                    onClick={() => {
                        setAsking(false);
                        onConfirm();
                    }}
                >
                    {confirmLabel}
                </Button>
                <Button $variant={'plain'} $small={small} disabled={busy} onClick={() => setAsking(false)}>
                    Cancel
                </Button>
            </div>
        </Box>
    );
}
