import styled from 'styled-components';

const List = styled.div`
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    border-bottom: 1px solid #d2d6de;
    margin-bottom: 16px;
    button {
        border: 1px solid transparent;
        border-bottom: none;
        background: none;
        padding: 8px 14px;
        cursor: pointer;
        color: #3c8dbc;
        font-size: 14px;
        border-radius: 3px 3px 0 0;
    }
    button[aria-selected='true'] { background: #fff; border-color: #d2d6de; color: #333; margin-bottom: -1px; }
`;

export function Tabs<T extends string>({ tabs, current, onChange }: { tabs: ReadonlyArray<readonly [T, string]>; current: T; onChange: (t: T) => void }) {
    return (
        <List role={'tablist'}>
            {tabs.map(([id, label]) => (
                <button key={id} type={'button'} role={'tab'} aria-selected={id === current} onClick={() => onChange(id)}>
                    {label}
                </button>
            ))}
        </List>
    );
}
