import type { ReactNode } from 'react';
import styled from 'styled-components';

const Label = styled.label`
    display: block;
    margin-bottom: 12px;
    font-weight: normal;
    > span:first-child { display: block; font-weight: 600; margin-bottom: 4px; }
    input[type='text'], input[type='number'], input[type='datetime-local'], input[type='search'], select, textarea {
        width: 100%;
        max-width: 480px;
        padding: 6px 8px;
        border: 1px solid #d2d6de;
        border-radius: 2px;
        font-size: 13px;
        box-sizing: border-box;
    }
    textarea { font-family: monospace; min-height: 80px; }
    small { display: block; color: #777; margin-top: 2px; }
    em { display: block; color: #dd4b39; font-style: normal; margin-top: 2px; }
`;

export const Field = ({ label, hint, error, children }: { label: string; hint?: ReactNode; error?: string; children: ReactNode }) => (
    <Label>
        <span>{label}</span>
        {children}
        {hint && <small>{hint}</small>}
        {error && <em role={'alert'}>{error}</em>}
    </Label>
);
