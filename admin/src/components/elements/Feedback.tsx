import type { ReactNode } from 'react';
import styled, { keyframes } from 'styled-components';
import { describeError } from '../../api/http';

const Box = styled.div<{ $tone: 'error' | 'info' | 'success' }>`
    padding: 10px 14px;
    margin: 8px 0;
    border-radius: 3px;
    border-left: 4px solid ${(p) => (p.$tone === 'error' ? '#dd4b39' : p.$tone === 'success' ? '#00a65a' : '#3c8dbc')};
    background: ${(p) => (p.$tone === 'error' ? '#fdf2f1' : p.$tone === 'success' ? '#eefaf3' : '#f0f7fb')};
`;

export const ErrorMessage = ({ error }: { error: unknown }) => <Box $tone={'error'} role={'alert'}>{describeError(error).message}</Box>;

export const Notice = ({ tone = 'info', children }: { tone?: 'info' | 'success' | 'error'; children: ReactNode }) => (
    <Box $tone={tone} role={tone === 'error' ? 'alert' : 'status'}>{children}</Box>
);

export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
    <Box $tone={'info'} data-testid={'empty-state'}>
        <strong>{title}</strong>
        {children && <div style={{ marginTop: 4 }}>{children}</div>}
    </Box>
);

const spin = keyframes`to { transform: rotate(360deg); }`;
const Ring = styled.span`
    display: inline-block;
    width: 14px;
    height: 14px;
    border: 2px solid #d2d6de;
    border-top-color: #3c8dbc;
    border-radius: 50%;
    animation: ${spin} 0.8s linear infinite;
    vertical-align: middle;
`;

export const Spinner = ({ label = 'Loading…' }: { label?: string }) => (
    <span role={'status'}>
        <Ring /> {label}
    </span>
);
