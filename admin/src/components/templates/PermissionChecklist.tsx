import styled from 'styled-components';
import type { PermissionGroupWire } from '../../../../contract/admin';

const Group = styled.fieldset`
    border: 1px solid #eee;
    padding: 8px 12px;
    margin: 0 0 8px;
    legend { font-weight: 600; font-size: 13px; padding: 0 4px; width: auto; border: 0; margin: 0; }
    label { display: inline-flex; gap: 4px; align-items: center; margin: 2px 14px 2px 0; font-weight: normal; }
    p { color: #777; font-size: 12px; margin: 0 0 4px; }
`;

const ALWAYS = 'websocket.connect';

/** Pterodactyl's permission catalogue, grouped the way the panel groups it. */
export function PermissionChecklist({ groups, value, onChange }: { groups: PermissionGroupWire[]; value: string[]; onChange: (v: string[]) => void }) {
    const toggle = (key: string, on: boolean) => onChange(on ? [...new Set([...value, key])] : value.filter((k) => k !== key));
    return (
        <div>
            {groups.map((g) => (
                <Group key={g.group}>
                    <legend>{g.group}</legend>
                    <p>{g.description}</p>
                    {g.keys.map((k) => (
                        <label key={k.key} title={k.description}>
                            <input
                                type={'checkbox'}
                                checked={k.key === ALWAYS || value.includes(k.key)}
                                disabled={k.key === ALWAYS}
                                onChange={(e) => toggle(k.key, e.target.checked)}
                            />
                            {k.key}
                            {k.key === ALWAYS && <small> (always added: without it the console cannot connect)</small>}
                        </label>
                    ))}
                </Group>
            ))}
        </div>
    );
}
