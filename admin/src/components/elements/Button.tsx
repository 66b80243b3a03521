import styled, { css } from 'styled-components';

export const Button = styled.button<{ $variant?: 'primary' | 'danger' | 'plain' }>`
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 12px;
    border-radius: 3px;
    border: 1px solid #367fa9;
    background: #3c8dbc;
    color: #fff;
    font-size: 13px;
    line-height: 1.4;
    cursor: pointer;
    white-space: nowrap;
    ${(p) => p.$variant === 'danger' && css`border-color: #c23321; background: #dd4b39;`}
    ${(p) => p.$variant === 'plain' && css`border-color: #d2d6de; background: #fff; color: #333;`}
    &:disabled { opacity: 0.6; cursor: progress; }
`;
