import { useEffect, useState } from 'react';
import styled from 'styled-components';
import { previewSelector } from '../../api/catalogue';
import { describeError } from '../../api/http';
import type { Selector, ServerRef } from '../../api/models';
import { useDebounced } from '../elements/useDebounced';
import { colors } from '../elements/theme';

const Box = styled.div`
    border: 1px solid #e5e5e5;
    background: #fafafa;
    border-radius: 3px;
    padding: 8px 12px;
    margin: 0 0 14px;
    font-size: 13px;
    .none {
        color: ${colors.danger};
    }
    .names {
        color: #555;
    }
`;

const SHOWN = 15;

/** The servers the selector matches right now, asked again 400 ms after the last change. */
export function SelectorPreview({ selector, delayMs = 400 }: { selector: Selector; delayMs?: number }) {
    const settled = useDebounced(JSON.stringify(selector), delayMs);
    const [state, setState] = useState<{ servers: ServerRef[] } | { error: string } | null>(null);

    useEffect(() => {
        let current = true;
        setState(null);
        previewSelector(JSON.parse(settled) as Selector).then(
            (servers) => current && setState({ servers }),
            (e) => current && setState({ error: describeError(e).message }),
        );
        return () => {
            current = false; // an older answer arriving late must not overwrite a newer one
        };
    }, [settled]);

    return (
        <Box data-testid={'selector-preview'} aria-live={'polite'}>
            {state === null && <span>Working out which servers match…</span>}
            {state && 'error' in state && <span className={'none'}>The preview failed: {state.error}</span>}
            {state && 'servers' in state && state.servers.length === 0 && (
                <span className={'none'}>
                    Matches 0 server(s) now. Pick at least one server, node, location, nest, egg or owner, or check the
                    exclusions.
                </span>
            )}
            {state && 'servers' in state && state.servers.length > 0 && (
                <span>
                    Matches {state.servers.length} server(s) now:{' '}
                    <span className={'names'}>
                        {state.servers
                            .slice(0, SHOWN)
                            .map((s) => s.name)
                            .join(', ')}
                        {state.servers.length > SHOWN && ` and ${state.servers.length - SHOWN} more`}
                    </span>
                </span>
            )}
        </Box>
    );
}
