import { type ReactNode, useLayoutEffect, useRef } from 'react';
import styled from 'styled-components';
import { colors, NARROW } from './theme';

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
        color: ${colors.label};
        white-space: nowrap;
        border-top: 0;
        border-bottom: 2px solid ${colors.light};
    }
    tbody th {
        font-weight: 600;
        color: ${colors.label};
        white-space: nowrap;
        width: 1%;
    }
    tr[data-problem='true'] > td {
        background: ${colors.problem};
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
    /* Narrow screens: each row of a table with column headings is a card, each cell a line with its column's
       name, so nothing (the actions least of all) sits off-screen to the right. Key-value tables stay tables. */
    @media (max-width: ${NARROW}) {
        tbody th {
            white-space: normal;
            width: 40%;
        }
        &[data-cards='true'] {
            display: block;
            thead {
                position: absolute;
                width: 1px;
                height: 1px;
                overflow: hidden;
                clip: rect(0 0 0 0);
            }
            tbody,
            tr,
            td {
                display: block;
                width: 100%;
            }
            tbody > tr {
                border: 1px solid ${colors.border};
                border-radius: 3px;
                margin-bottom: 10px;
                padding: 4px 0;
            }
            td {
                border-top: 0;
                padding: 4px 10px;
                white-space: normal;
                overflow-wrap: anywhere;
            }
            td.nowrap {
                white-space: normal;
            }
            tbody th {
                display: block;
                width: auto;
                white-space: normal;
                padding: 4px 10px 0;
                border-top: 0;
            }
            td[data-label]:not([data-label='']) {
                position: relative;
                padding-left: 124px;
                min-height: 26px;
            }
            td[data-label]:not([data-label=''])::before {
                content: attr(data-label);
                position: absolute;
                left: 10px;
                top: 5px;
                width: 106px;
                font-size: 11px;
                font-weight: 600;
                color: ${colors.muted};
                overflow-wrap: anywhere;
            }
            td:empty {
                display: none;
            }
            tr[data-problem='true'] > td:first-child {
                box-shadow: none;
            }
            tr[data-problem='true'] {
                border-left: 3px solid ${colors.danger};
            }
            code {
                white-space: normal;
                overflow-wrap: anywhere;
            }
            /* No tooltip on a touch screen: a long key wraps, up to three lines. */
            .truncated {
                display: -webkit-box;
                max-width: 100%;
                white-space: normal;
                overflow-wrap: anywhere;
                -webkit-line-clamp: 3;
                -webkit-box-orient: vertical;
            }
            select {
                max-width: 100%;
            }
        }
    }
`;

/** Gives every body cell its column's heading as `data-label`, which the narrow layout prints above the value. */
const labelCells = (table: HTMLTableElement) => {
    const headings = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
    const cards = String(headings.length > 0);
    if (table.getAttribute('data-cards') !== cards) table.setAttribute('data-cards', cards);
    for (const row of Array.from(table.tBodies).flatMap((b) => Array.from(b.rows))) {
        let column = 0;
        for (const cell of Array.from(row.cells)) {
            const label = cell.colSpan > 1 ? '' : (headings[column] ?? '');
            if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
            column += cell.colSpan;
        }
    }
};

export function Table({ children, label, testId }: { children: ReactNode; label?: string; testId?: string }) {
    const table = useRef<HTMLTableElement>(null);
    useLayoutEffect(() => {
        const el = table.current;
        if (!el) return;
        labelCells(el);
        // Rows render and expand on their own (an event's payload, a confirmation), so label whatever appears.
        const watch = new MutationObserver(() => labelCells(el));
        watch.observe(el, { childList: true, subtree: true });
        return () => watch.disconnect();
    }, []);
    return (
        <Scroll>
            <Grid aria-label={label} data-testid={testId} ref={table}>
                {children}
            </Grid>
        </Scroll>
    );
}
