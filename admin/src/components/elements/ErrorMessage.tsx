import type { ReactNode } from 'react';
import styled from 'styled-components';
import { describeError } from '../../api/http';
import { colors } from './theme';

type Tone = 'error' | 'info' | 'success' | 'warning';
const BORDER: Record<Tone, string> = {
    error: colors.danger,
    info: colors.primary,
    success: colors.success,
    warning: colors.warning,
};
const BACKGROUND: Record<Tone, string> = {
    error: colors.problem,
    info: colors.infoTint,
    success: colors.successTint,
    warning: colors.warningTint,
};

const Box = styled.div<{ $tone: Tone }>`
    padding: 10px 14px;
    margin: 8px 0;
    border-radius: 3px;
    border-left: 4px solid ${(p) => BORDER[p.$tone]};
    background: ${(p) => BACKGROUND[p.$tone]};
    overflow-wrap: anywhere;
    ul {
        margin: 6px 0 0;
        padding-left: 20px;
    }
`;

/** A message box; errors are announced (role alert), the others are polite status updates. */
export const Notice = ({ tone = 'info', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) => (
    <Box $tone={tone} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
        {children}
    </Box>
);

/** A failed request, in the server's words (its `message`, or the 422 field reasons). */
export const ErrorMessage = ({ error, children }: { error: unknown; children?: ReactNode }) => (
    <Notice tone={'error'}>
        {describeError(error).message}
        {children}
    </Notice>
);
