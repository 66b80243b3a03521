import styled from 'styled-components';

const COLORS: Record<string, string> = {
    active: '#00a65a', ok: '#00a65a', grace: '#f39c12', pending: '#3c8dbc', suspended: '#dd4b39', failed: '#dd4b39',
    conflict: '#f39c12', ended: '#777', waiting: '#3c8dbc', processed: '#00a65a',
};

export const Badge = styled.span<{ $tone: string }>`
    display: inline-block;
    padding: 1px 7px;
    border-radius: 10px;
    font-size: 11px;
    font-weight: 600;
    color: #fff;
    background: ${(p) => COLORS[p.$tone] ?? '#777'};
`;
