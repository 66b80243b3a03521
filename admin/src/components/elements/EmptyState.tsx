import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const Box = styled.div`
    padding: 18px 16px;
    margin: 4px 0 8px;
    border: 1px dashed ${colors.border};
    border-radius: 3px;
    text-align: center;
    color: ${colors.label};
    strong {
        display: block;
        font-size: 15px;
        color: ${colors.text};
        margin-bottom: 4px;
    }
    > div {
        max-width: 560px;
        margin: 0 auto;
    }
`;

/** Nothing to show yet, and what to do next. */
export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
    <Box data-testid={'empty-state'}>
        <strong>{title}</strong>
        {children && <div>{children}</div>}
    </Box>
);
