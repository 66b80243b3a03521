import { useState } from 'react';
import styled from 'styled-components';
import { Button } from './elements/Button';
import { colors } from './elements/theme';

const Row = styled.div`
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 8px;
    input {
        flex: 1 1 260px;
        min-width: 0;
        padding: 6px 8px;
        font-family: monospace;
        font-size: 13px;
        border: 1px solid ${colors.border};
        background: ${colors.inputBackground};
        color: ${colors.text};
    }
    [role='alert'] {
        flex-basis: 100%;
        color: ${colors.dangerText};
    }
`;

/** A read-only value with a Copy button (the webhook URL, a new secret); `onCopied` hears the button and Ctrl+C alike. */
export function CopyField({ label, value, onCopied }: { label: string; value: string; onCopied?: () => void }) {
    const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

    const copy = () => {
        if (!navigator.clipboard) return setCopied('failed');
        navigator.clipboard.writeText(value).then(
            () => {
                setCopied('done');
                onCopied?.();
            },
            () => setCopied('failed'),
        );
    };

    return (
        <Row>
            <input
                aria-label={label}
                readOnly
                value={value}
                onFocus={(e) => e.currentTarget.select()}
                onCopy={() => onCopied?.()}
            />
            <Button $variant={'plain'} onClick={copy}>
                {copied === 'done' ? 'Copied' : 'Copy'}
            </Button>
            {copied === 'failed' && (
                <span role={'alert'}>Your browser refused the clipboard; select the text and copy it.</span>
            )}
        </Row>
    );
}
