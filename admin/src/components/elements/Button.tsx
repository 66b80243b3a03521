import styled, { css } from 'styled-components';
import { colors } from './theme';

type Variant = 'primary' | 'danger' | 'plain' | 'link';

/** AdminLTE's btn look without Bootstrap's classes (which are global). */
export const Button = styled.button.attrs<{ $variant?: Variant; $small?: boolean }>((p) => ({
    type: p.type ?? 'button',
}))<{ $variant?: Variant; $small?: boolean }>`
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    padding: ${(p) => (p.$small ? '3px 8px' : '6px 12px')};
    border-radius: 3px;
    border: 1px solid ${colors.primaryDark};
    background: ${colors.primary};
    color: ${colors.white};
    font-size: ${(p) => (p.$small ? '12px' : '13px')};
    line-height: 1.4;
    cursor: pointer;
    white-space: nowrap;
    text-decoration: none;
    &:hover:not(:disabled) {
        filter: brightness(0.95);
    }
    &:focus-visible {
        outline: 2px solid ${colors.primary};
        outline-offset: 1px;
    }
    ${(p) =>
        p.$variant === 'danger' &&
        css`
            border-color: ${colors.dangerDark};
            background: ${colors.danger};
        `}
    ${(p) =>
        p.$variant === 'plain' &&
        css`
            border-color: ${colors.buttonBorder};
            background: ${colors.light};
            color: ${colors.control};
        `}
    ${(p) =>
        p.$variant === 'link' &&
        css`
            border-color: transparent;
            background: none;
            color: ${colors.link};
            padding-left: 0;
            padding-right: 0;
            &:hover:not(:disabled) {
                text-decoration: underline;
            }
        `}
    &:disabled {
        opacity: 0.6;
        cursor: not-allowed;
    }
`;

/** A link (to another view of the page) that looks like a small plain button. */
export const LinkButton = styled.a`
    display: inline-flex;
    align-items: center;
    padding: 3px 8px;
    border-radius: 3px;
    border: 1px solid ${colors.buttonBorder};
    background: ${colors.light};
    color: ${colors.control};
    font-size: 12px;
    line-height: 1.4;
    white-space: nowrap;
    text-decoration: none;
    :where(.tiergate-app) &,
    :where(.tiergate-app) &:hover,
    :where(.tiergate-app) &:focus {
        color: ${colors.control};
        text-decoration: none;
    }
    &:hover {
        filter: brightness(0.95);
    }
    &:focus-visible {
        outline: 2px solid ${colors.primary};
        outline-offset: 1px;
    }
`;
