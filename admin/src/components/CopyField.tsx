import { useState } from 'react';
import styled from 'styled-components';

const Row = styled.div`
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    input { flex: 1 1 320px; min-width: 0; padding: 6px 8px; font-family: monospace; border: 1px solid #d2d6de; }
    button { padding: 6px 12px; border: 1px solid #367fa9; background: #3c8dbc; color: #fff; border-radius: 3px; cursor: pointer; }
`;

export function CopyField({ label, value }: { label: string; value: string }) {
    const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

    const copy = () => {
        navigator.clipboard
            ?.writeText(value)
            .then(() => setCopied('done'))
            .catch(() => setCopied('failed'));
    };

    return (
        <Row>
            <input aria-label={label} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
                {copied === 'done' ? 'Copied' : 'Copy'}
            </button>
            {copied === 'failed' && <span role="alert">Your browser refused the clipboard; select the text and copy it.</span>}
        </Row>
    );
}
