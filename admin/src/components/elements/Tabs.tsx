import { type KeyboardEvent, useRef } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const List = styled.div`
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    border-bottom: 1px solid ${colors.border};
    margin-bottom: 16px;
    button {
        margin: 0 0 -1px;
        border: 1px solid transparent;
        border-bottom: 0;
        border-top: 3px solid transparent;
        background: none;
        padding: 8px 12px;
        cursor: pointer;
        color: ${colors.control};
        font-size: 14px;
        line-height: 1.3;
        border-radius: 0;
    }
    button:hover {
        color: ${colors.primary};
    }
    button[aria-selected='true'] {
        background: ${colors.white};
        border-color: ${colors.border};
        border-top-color: ${colors.primary};
        border-bottom: 1px solid ${colors.white};
        color: ${colors.strong};
    }
    button:focus-visible {
        outline: 2px solid ${colors.primary};
        outline-offset: -2px;
    }
`;

export const tabId = (id: string) => `tiergate-tab-${id}`;
export const panelId = (id: string) => `tiergate-panel-${id}`;

/** WAI-ARIA tabs: click or arrow keys; the panel is rendered by the caller with `panelId(current)`. */
export function Tabs<T extends string>({
    tabs,
    current,
    onChange,
}: {
    tabs: ReadonlyArray<readonly [T, string]>;
    current: T;
    onChange: (t: T) => void;
}) {
    const list = useRef<HTMLDivElement>(null);
    const onKey = (e: KeyboardEvent) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const i = tabs.findIndex(([id]) => id === current);
        const next = tabs[(i + step + tabs.length) % tabs.length]![0];
        onChange(next);
        list.current?.querySelector<HTMLButtonElement>(`#${tabId(next)}`)?.focus();
    };
    return (
        <List role={'tablist'} aria-label={'Tiergate'} ref={list} onKeyDown={onKey}>
            {tabs.map(([id, label]) => (
                <button
                    key={id}
                    id={tabId(id)}
                    type={'button'}
                    role={'tab'}
                    aria-selected={id === current}
                    aria-controls={panelId(id)}
                    tabIndex={id === current ? 0 : -1}
                    onClick={() => onChange(id)}
                >
                    {label}
                </button>
            ))}
        </List>
    );
}
