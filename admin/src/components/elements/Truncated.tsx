import type { ReactNode } from 'react';
import styled from 'styled-components';

const Clip = styled.span<{ $width: string }>`
    display: inline-block;
    /* A fixed width: a percentage here would make a table column as wide as the whole text. */
    max-width: ${(p) => p.$width};
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
`;

/**
 * Long or odd text (a 300-character product key, an emoji run) cut to a width with an ellipsis; the whole text is in
 * the tooltip and stays in the page for screen readers and copying.
 */
export const Truncated = ({
    text,
    width = '28ch',
    children,
}: {
    text: string;
    width?: string;
    children?: ReactNode;
}) => (
    <Clip $width={width} title={text} data-testid={'truncated'} className={'truncated'}>
        {children ?? text}
    </Clip>
);
