import styled from 'styled-components';
import type { PermissionGroup } from '../../api/models';
import { Button } from '../elements/Button';
import { colors } from '../elements/theme';

const Groups = styled.div`
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: 10px;
    margin-bottom: 12px;
`;

const Group = styled.fieldset`
    border: 1px solid #e5e5e5 !important;
    border-radius: 3px;
    padding: 8px 12px 6px !important;
    legend {
        font-weight: 600;
        font-size: 13px;
        padding: 0 4px !important;
        text-transform: capitalize;
    }
    > p {
        color: ${colors.muted};
        font-size: 12px;
        margin: 0 0 6px;
    }
    label {
        display: flex;
        gap: 6px;
        align-items: flex-start;
        margin: 0 0 4px;
        font-weight: normal;
        cursor: pointer;
    }
    label input {
        margin-top: 3px;
        flex: none;
    }
    label code {
        background: none;
        padding: 0;
    }
    label small {
        display: block;
        color: ${colors.muted};
        font-size: 11px;
        line-height: 1.3;
    }
    .all {
        float: right;
        margin-top: -2px;
    }
`;

/** Added to every grant by the panel side: without it the console cannot connect. */
export const ALWAYS_GRANTED = 'websocket.connect';

/** Pterodactyl's permission catalogue, grouped the way the panel's subuser screen groups it. */
export function PermissionChecklist({
    groups,
    value,
    onChange,
    disabled,
}: {
    groups: PermissionGroup[];
    value: string[];
    onChange: (v: string[]) => void;
    disabled?: boolean;
}) {
    const set = new Set(value);
    const toggle = (keys: string[], on: boolean) => {
        const next = new Set(value);
        for (const k of keys) {
            if (k === ALWAYS_GRANTED) continue;
            if (on) next.add(k);
            else next.delete(k);
        }
        // Keep the catalogue's order so the payload is stable.
        const order = groups.flatMap((g) => g.keys.map((k) => k.key));
        onChange([...next].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    };

    return (
        <Groups data-testid={'permission-checklist'}>
            {groups.map((g) => {
                const keys = g.keys.map((k) => k.key).filter((k) => k !== ALWAYS_GRANTED);
                const allOn = keys.length > 0 && keys.every((k) => set.has(k));
                return (
                    <Group key={g.group} disabled={disabled}>
                        <legend>{g.group}</legend>
                        {keys.length > 1 && (
                            <Button
                                className={'all'}
                                $variant={'link'}
                                $small
                                onClick={() => toggle(keys, !allOn)}
                                aria-label={`${allOn ? 'Clear' : 'Select'} all ${g.group} permissions`}
                            >
                                {allOn ? 'none' : 'all'}
                            </Button>
                        )}
                        {g.description && <p>{g.description}</p>}
                        {g.keys.map((k) => {
                            const always = k.key === ALWAYS_GRANTED;
                            return (
                                <label key={k.key}>
                                    <input
                                        type={'checkbox'}
                                        checked={always || set.has(k.key)}
                                        disabled={always}
                                        onChange={(e) => toggle([k.key], e.target.checked)}
                                    />
                                    <span>
                                        <code>{k.key}</code>
                                        <small>
                                            {always
                                                ? 'Always added: without it the console cannot connect.'
                                                : k.description}
                                        </small>
                                    </span>
                                </label>
                            );
                        })}
                    </Group>
                );
            })}
        </Groups>
    );
}
