import { useEffect, useState } from 'react';
import type { PanelCatalogueWire, SelectorList, SelectorMode, SelectorWire } from '../../../../contract/admin';
import { describeError } from '../../api/http';
import { previewSelector } from '../../api/templates';
import { Muted } from '../elements/Card';
import { Field } from '../elements/Field';

const MODES: Array<[SelectorMode, string]> = [
    ['all', 'All servers that exist when the template is saved'],
    ['all_including_future', 'All servers, including ones created later'],
    ['match', 'Servers matching any of the choices below'],
];

type Option = { id: number; label: string };

function options(catalogue: PanelCatalogueWire): Record<SelectorList, Option[]> {
    const servers = catalogue.servers.map((s) => ({ id: s.id, label: s.name }));
    return {
        servers,
        exclude: servers,
        nodes: catalogue.nodes.map((n) => ({ id: n.id, label: n.name })),
        locations: catalogue.locations.map((l) => ({ id: l.id, label: l.long ? `${l.short} (${l.long})` : l.short })),
        nests: catalogue.nests.map((n) => ({ id: n.id, label: n.name })),
        eggs: catalogue.eggs.map((e) => ({ id: e.id, label: e.name })),
        owners: catalogue.owners.map((o) => ({ id: o.id, label: o.username })),
    };
}

const LABELS: Record<SelectorList, string> = { servers: 'Servers', nodes: 'Nodes', locations: 'Locations', nests: 'Nests', eggs: 'Eggs', owners: 'Server owners', exclude: 'Never these servers' };

/** The server selector, with a live preview of what it matches right now. */
export function SelectorEditor({ catalogue, value, onChange, error }: { catalogue: PanelCatalogueWire; value: SelectorWire; onChange: (v: SelectorWire) => void; error?: string }) {
    const [preview, setPreview] = useState<{ names: string[] } | { error: string } | null>(null);
    const opts = options(catalogue);
    const lists: SelectorList[] = value.mode === 'match' ? ['servers', 'nodes', 'locations', 'nests', 'eggs', 'owners', 'exclude'] : ['exclude'];

    useEffect(() => {
        const timer = setTimeout(() => {
            previewSelector(value).then(
                (servers) => setPreview({ names: servers.map((s) => s.name) }),
                (e) => setPreview({ error: describeError(e).message }),
            );
        }, 300);
        return () => clearTimeout(timer);
    }, [JSON.stringify(value)]); // eslint-disable-line react-hooks/exhaustive-deps

    return (
        <div>
            <Field label={'Which servers'} error={error}>
                <select aria-label={'Selector mode'} value={value.mode} onChange={(e) => onChange({ ...value, mode: e.target.value as SelectorMode })}>
                    {MODES.map(([m, label]) => <option key={m} value={m}>{label}</option>)}
                </select>
            </Field>
            {lists.map((list) => (
                <Field key={list} label={LABELS[list]} hint={'Hold Ctrl (Cmd on a Mac) to pick several.'}>
                    <select
                        multiple
                        aria-label={LABELS[list]}
                        value={(value[list] ?? []).map(String)}
                        onChange={(e) => onChange({ ...value, [list]: Array.from(e.target.selectedOptions, (o) => Number(o.value)) })}
                        size={Math.min(6, Math.max(2, opts[list].length))}
                    >
                        {opts[list].map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                    </select>
                </Field>
            ))}
            <div data-testid={'selector-preview'} aria-live={'polite'}>
                {preview === null && <Muted>Working out which servers match…</Muted>}
                {preview && 'error' in preview && <Muted>{preview.error}</Muted>}
                {preview && 'names' in preview && (
                    <Muted>
                        Matches {preview.names.length} server(s) now{preview.names.length ? `: ${preview.names.join(', ')}` : ' — pick at least one server, node, location, nest, egg or owner'}.
                    </Muted>
                )}
            </div>
        </div>
    );
}
