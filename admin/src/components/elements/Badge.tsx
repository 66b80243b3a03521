import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const TONES: Record<string, string> = {
    active: colors.success,
    ok: colors.success,
    processed: colors.success,
    alive: colors.success,
    mapped: colors.success,
    grace: colors.warning,
    conflict: colors.warning,
    unmapped: colors.warning,
    update: colors.warning,
    pending: colors.primary,
    waiting: colors.primary,
    flat: colors.primary,
    grant: colors.primary,
    suspended: colors.danger,
    suspend: colors.danger,
    failed: colors.danger,
    dead: colors.danger,
    refused: colors.danger,
    attention: colors.danger,
    revoke: colors.danger,
    ended: '#777',
};

const Pill = styled.span<{ $color: string }>`
    display: inline-block;
    padding: 1px 7px;
    margin-right: 3px;
    border-radius: 10px;
    font-size: 11px;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
    color: #fff;
    background: ${(p) => p.$color};
`;

/** A label-pill; `$tone` is a state or outcome name (active, grace, failed…); unknown ones are grey. */
export const Badge = ({ $tone, children, title }: { $tone: string; children: ReactNode; title?: string }) => (
    <Pill $color={TONES[$tone] ?? '#999'} data-tone={$tone} title={title}>
        {children}
    </Pill>
);
