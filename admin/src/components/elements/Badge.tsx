import type { ReactNode } from 'react';
import styled from 'styled-components';
import { badgeColors, badgeText } from './theme';

export const TONES: Record<string, string> = {
    active: badgeColors.success,
    ok: badgeColors.success,
    processed: badgeColors.success,
    alive: badgeColors.success,
    mapped: badgeColors.success,
    grace: badgeColors.warning,
    conflict: badgeColors.warning,
    unmapped: badgeColors.warning,
    update: badgeColors.warning,
    pending: badgeColors.info,
    waiting: badgeColors.info,
    flat: badgeColors.info,
    grant: badgeColors.info,
    suspended: badgeColors.danger,
    suspend: badgeColors.danger,
    failed: badgeColors.danger,
    dead: badgeColors.danger,
    refused: badgeColors.danger,
    attention: badgeColors.danger,
    revoke: badgeColors.danger,
    ended: badgeColors.neutral,
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
    color: ${badgeText};
    background: ${(p) => p.$color};
`;

/** A label-pill; `$tone` is a state or outcome name (active, grace, failed…); unknown ones are grey. */
export const Badge = ({ $tone, children, title }: { $tone: string; children: ReactNode; title?: string }) => (
    <Pill $color={TONES[$tone] ?? badgeColors.neutral} data-tone={$tone} title={title}>
        {children}
    </Pill>
);
