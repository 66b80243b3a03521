import styled from 'styled-components';

/** Scrolls sideways at narrow widths instead of squeezing columns. */
export const Table = styled.table`
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #f0f0f0; vertical-align: top; }
    th { font-weight: 600; color: #555; white-space: nowrap; background: #fafafa; }
    tr[data-problem='true'] td { background: #fdf2f1; }
    code { font-size: 12px; }
`;
