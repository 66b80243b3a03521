import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const Box = styled.section<{ $tone?: 'primary' | 'danger' | 'warning' }>`
    background: ${colors.white};
    border-top: 3px solid
        ${(p) => (p.$tone === 'danger' ? colors.danger : p.$tone === 'warning' ? colors.warning : colors.primary)};
    border-radius: 3px;
    margin-bottom: 16px;
    box-shadow: 0 1px 1px ${colors.shadow};
    min-width: 0;
    > header {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        padding: 10px 16px;
        border-bottom: 1px solid ${colors.light};
        h3 {
            flex: 1 1 auto;
            /* Focused by script after a navigation (for screen readers), not something to click. */
            &:focus {
                outline: none;
            }
            margin: 0;
            font-size: 18px;
            font-weight: 400;
            line-height: 1.3;
        }
    }
    > div.body {
        padding: 12px 16px 16px;
        min-width: 0;
    }
    h4 {
        margin: 14px 0 8px;
        font-size: 15px;
        font-weight: 600;
    }
    p {
        margin: 0 0 8px;
    }
`;

/** AdminLTE's "box": a title, optional actions on the right, and a body. */
export function Card({
    title,
    actions,
    tone,
    children,
    testId,
}: {
    title?: ReactNode;
    actions?: ReactNode;
    tone?: 'primary' | 'danger' | 'warning';
    children: ReactNode;
    testId?: string;
}) {
    return (
        <Box $tone={tone} data-testid={testId}>
            {(title || actions) && (
                <header>
                    {title && <h3>{title}</h3>}
                    {actions}
                </header>
            )}
            <div className={'body'}>{children}</div>
        </Box>
    );
}

export const Row = styled.div`
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 8px;
    > * {
        min-width: 0;
    }
`;

export const Muted = styled.span`
    color: ${colors.muted};
    font-size: 12px;
`;

/** A two-column grid of stat tiles that folds to one column on narrow screens. */
export const Grid = styled.div`
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
    gap: 0 16px;
`;
