import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

/** Scrolls sideways at narrow widths instead of squeezing columns or widening the page. */
const Scroll = styled.div`
    width: 100%;
    overflow-x: auto;
    -webkit-overflow-scrolling: touch;
    margin-bottom: 8px;
`;

const Grid = styled.table`
    width: 100%;
    border-collapse: collapse;
    border-spacing: 0;
    background: transparent;
    font-size: 13px;
    th,
    td {
        text-align: left;
        padding: 7px 8px;
        border-top: 1px solid ${colors.light};
        vertical-align: top;
    }
    thead th {
        font-weight: 600;
        color: #555;
        white-space: nowrap;
        border-top: 0;
        border-bottom: 2px solid ${colors.light};
    }
    tbody th {
        font-weight: 600;
        color: #555;
        white-space: nowrap;
        width: 1%;
    }
    tr[data-problem='true'] > td {
        background: #fdf2f1;
    }
    tr[data-problem='true'] > td:first-child {
        box-shadow: inset 3px 0 0 ${colors.danger};
    }
    td.nowrap {
        white-space: nowrap;
    }
    code {
        overflow-wrap: normal;
        white-space: nowrap;
    }
`;

export function Table({ children, label, testId }: { children: ReactNode; label?: string; testId?: string }) {
    return (
        <Scroll>
            <Grid aria-label={label} data-testid={testId}>
                {children}
            </Grid>
        </Scroll>
    );
}
