import styled, { keyframes } from 'styled-components';
import { colors } from './theme';

const spin = keyframes`to { transform: rotate(360deg); }`;
const Ring = styled.span`
    display: inline-block;
    width: 14px;
    height: 14px;
    border: 2px solid ${colors.border};
    border-top-color: ${colors.primary};
    border-radius: 50%;
    animation: ${spin} 0.8s linear infinite;
    vertical-align: middle;
    margin-right: 6px;
`;

const Wrap = styled.span`
    display: inline-block;
    padding: 8px 0;
    color: ${colors.muted};
`;

export const Spinner = ({ label = 'Loading…' }: { label?: string }) => (
    <Wrap role={'status'}>
        <Ring aria-hidden />
        {label}
    </Wrap>
);
