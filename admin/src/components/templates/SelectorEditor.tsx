import styled from 'styled-components';
import type { Catalogue, Selector, SelectorList, SelectorMode } from '../../api/models';
import { Field } from '../elements/Field';
import { colors } from '../elements/theme';
import { SelectorPreview } from './SelectorPreview';

const Modes = styled.fieldset`
    margin-bottom: 12px !important;
    legend {
        font-weight: 600;
        margin-bottom: 4px !important;
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
        margin-top: 4px;
        flex: none;
    }
    small {
        display: block;
        color: ${colors.muted};
        font-size: 12px;
    }
    .error {
        color: ${colors.danger};
    }
`;

const Lists = styled.div`
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
    gap: 0 14px;
    select {
        max-width: none !important;
    }
`;

const MODES: Array<[SelectorMode, string, string]> = [
    [
        'all',
        'All servers',
        'Every server that exists when the template is created; servers created later are added only when you choose to include them.',
    ],
    [
        'all_including_future',
        'All servers, including future ones',
        'Every server, and each new one as soon as the scheduled reconcile sees it.',
    ],
    ['match', 'Servers matching…', 'Any server that is listed, or is on a listed node, location, nest, egg or owner.'],
];

const LABELS: Record<SelectorList, string> = {
    servers: 'Servers',
    nodes: 'Nodes',
    locations: 'Locations',
    nests: 'Nests',
    eggs: 'Eggs',
    owners: 'Server owners',
    exclude: 'Never these servers',
};

type Option = { id: number; label: string };

function options(c: Catalogue): Record<SelectorList, Option[]> {
    const nest = new Map(c.nests.map((n) => [n.id, n.name]));
    const servers = c.servers.map((s) => ({ id: s.id, label: s.externalId ? `${s.name} (${s.externalId})` : s.name }));
    return {
        servers,
        exclude: servers,
        nodes: c.nodes.map((n) => ({ id: n.id, label: n.name })),
        locations: c.locations.map((l) => ({ id: l.id, label: l.long ? `${l.short} (${l.long})` : l.short })),
        nests: c.nests.map((n) => ({ id: n.id, label: n.name })),
        eggs: c.eggs.map((e) => ({
            id: e.id,
            label: nest.has(e.nestId) ? `${nest.get(e.nestId)} / ${e.name}` : e.name,
        })),
        owners: c.owners.map((o) => ({ id: o.id, label: o.username })),
    };
}

const MATCH_LISTS: SelectorList[] = ['servers', 'nodes', 'locations', 'nests', 'eggs', 'owners'];

/** The server selector: a mode, the lists to match (in match mode), exclusions, and a live preview. */
export function SelectorEditor({
    catalogue,
    value,
    onChange,
    error,
    disabled,
}: {
    catalogue: Catalogue;
    value: Selector;
    onChange: (v: Selector) => void;
    error?: string;
    disabled?: boolean;
}) {
    const opts = options(catalogue);
    const lists = value.mode === 'match' ? [...MATCH_LISTS, 'exclude' as const] : (['exclude'] as const);
    const setList = (list: SelectorList, ids: number[]) => onChange({ ...value, [list]: ids });

    return (
        <div>
            <Modes disabled={disabled}>
                <legend>Which servers</legend>
                {MODES.map(([mode, label, help]) => (
                    <label key={mode}>
                        <input
                            type={'radio'}
                            name={'selector-mode'}
                            value={mode}
                            checked={value.mode === mode}
                            onChange={() => onChange({ ...value, mode })}
                        />
                        <span>
                            {label}
                            <small>{help}</small>
                        </span>
                    </label>
                ))}
                {error && (
                    <span className={'error'} role={'alert'}>
                        {error}
                    </span>
                )}
            </Modes>
            <Lists>
                {lists.map((list) => (
                    <Field
                        key={list}
                        label={LABELS[list]}
                        hint={
                            opts[list].length
                                ? `${(value[list] ?? []).length} chosen; Ctrl/⌘-click to pick several.`
                                : 'None on this panel.'
                        }
                    >
                        <select
                            multiple
                            disabled={disabled || opts[list].length === 0}
                            value={(value[list] ?? []).map(String)}
                            onChange={(e) =>
                                setList(
                                    list,
                                    Array.from(e.target.selectedOptions, (o) => Number(o.value)),
                                )
                            }
                            size={Math.min(6, Math.max(3, opts[list].length))}
                        >
                            {opts[list].map((o) => (
                                <option key={o.id} value={o.id}>
                                    {o.label}
                                </option>
                            ))}
                        </select>
                    </Field>
                ))}
            </Lists>
            <SelectorPreview selector={value} />
        </div>
    );
}
