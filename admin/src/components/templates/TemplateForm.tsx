import { type FormEvent, Fragment, useState } from 'react';
import { useCatalogue } from '../../api/catalogue';
import { describeError } from '../../api/http';
import type { Template } from '../../api/models';
import type { TemplateValues } from '../../api/templates';
import { Button } from '../elements/Button';
import { Muted, Row } from '../elements/Card';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { Field } from '../elements/Field';
import { when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { GameActionsSection } from './GameActionsSection';
import { PermissionChecklist } from './PermissionChecklist';
import { SelectorEditor } from './SelectorEditor';

const EMPTY: TemplateValues = {
    key: '',
    name: '',
    selector: { mode: 'match' },
    permissions: ['control.console'],
    gameActions: [],
};

export const KEY_PATTERN = /^[a-z0-9_]{1,64}$/;

/** What the browser can check before asking the server; keys are wire field names, like the server's 422. */
export function validateTemplate(v: TemplateValues): Record<string, string> {
    const errors: Record<string, string> = {};
    if (!KEY_PATTERN.test(v.key.trim()))
        errors.key = 'Use 1–64 lowercase letters, digits or underscores, e.g. subscriber_knight.';
    if (!v.name.trim()) errors.name = 'Give the tier a name your staff will recognise, e.g. Knight.';
    else if (v.name.trim().length > 191) errors.name = 'At most 191 characters.';
    return errors;
}

/** Shared by "new template" and "edit template"; `onSave` sends it and may throw the server's 422. */
export function TemplateForm({
    template,
    onSave,
    onCancel,
}: {
    template?: Template;
    onSave: (values: TemplateValues) => Promise<unknown>;
    onCancel: () => void;
}) {
    const { catalogue, error: catalogueError } = useCatalogue();
    const [values, setValues] = useState<TemplateValues>(() =>
        template
            ? {
                  key: template.key,
                  name: template.name,
                  selector: template.selector,
                  permissions: template.permissions,
                  gameActions: template.gameActions,
              }
            : EMPTY,
    );
    const [saving, setSaving] = useState(false);
    const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);

    if (catalogueError)
        return <ErrorMessage error={catalogueError}> The selector needs the panel's server list.</ErrorMessage>;
    if (!catalogue) return <Spinner label={"Loading the panel's servers and permissions…"} />;

    const set = (patch: Partial<TemplateValues>) => setValues((v) => ({ ...v, ...patch }));

    const submit = (e: FormEvent) => {
        e.preventDefault();
        const fields = validateTemplate(values);
        if (Object.keys(fields).length)
            return setProblem({ message: 'Fix the marked fields, then save again.', fields });
        setSaving(true);
        setProblem(null);
        onSave(values)
            .catch((err) => setProblem(describeError(err)))
            .finally(() => setSaving(false));
    };
    const fieldError = (f: string) => problem?.fields[f];
    const otherErrors = problem
        ? Object.entries(problem.fields).filter(
              ([f]) => !['key', 'name', 'selector', 'permissions'].includes(f) && !f.startsWith('game_actions'),
          )
        : [];
    const gameActionErrors = Object.fromEntries(
        Object.entries(problem?.fields ?? {}).filter(([f]) => f.startsWith('game_actions')),
    );

    return (
        <form onSubmit={submit} aria-label={template ? `Edit ${template.name}` : 'New role template'} noValidate>
            <Field
                label={'Key'}
                hint={
                    template
                        ? 'Payloads that name this key as their tier use this template; changing it breaks those.'
                        : 'Products map to it, and a payload may name it as its tier.'
                }
                error={fieldError('key')}
            >
                <input
                    type={'text'}
                    value={values.key}
                    onChange={(e) => set({ key: e.target.value })}
                    placeholder={'subscriber_knight'}
                    disabled={saving}
                    autoComplete={'off'}
                />
            </Field>
            <Field label={'Name'} error={fieldError('name')}>
                <input
                    type={'text'}
                    value={values.name}
                    onChange={(e) => set({ name: e.target.value })}
                    placeholder={'Knight'}
                    disabled={saving}
                />
            </Field>

            <h4>Servers</h4>
            <SelectorEditor
                catalogue={catalogue}
                value={values.selector}
                onChange={(selector) => set({ selector })}
                error={fieldError('selector')}
                disabled={saving}
            />
            {template?.selector.mode === 'all' && values.selector.mode === 'all' && (
                <label className={'checkbox-inline'} data-testid={'include-new-servers'}>
                    <input
                        type={'checkbox'}
                        checked={values.includeNewServers ?? false}
                        onChange={(e) => set({ includeNewServers: e.target.checked })}
                        disabled={saving}
                    />{' '}
                    Also include the servers created after {when(template.serversAsOf)} (this template covers the
                    servers that existed then).
                </label>
            )}

            <h4>Permissions on each matched server</h4>
            {fieldError('permissions') && <Notice tone={'error'}>{fieldError('permissions')}</Notice>}
            <PermissionChecklist
                groups={catalogue.permissions}
                value={values.permissions}
                onChange={(permissions) => set({ permissions })}
                disabled={saving}
            />

            <h4>In-game actions</h4>
            <GameActionsSection
                values={values}
                onChange={(gameActions) => set({ gameActions })}
                errors={gameActionErrors}
                disabled={saving}
            />

            {template && (
                <p data-testid={'template-products'}>
                    {template.products.length ? (
                        <>
                            Used by{' '}
                            {template.products.map((p, i) => (
                                <Fragment key={p}>
                                    {i > 0 && ', '}
                                    <code>{p}</code>
                                </Fragment>
                            ))}
                            : saving updates their subscribers' access right away.
                        </>
                    ) : (
                        <Muted>No product uses this template yet; map one under Products.</Muted>
                    )}
                </p>
            )}

            {problem && (
                <Notice tone={'error'}>
                    {otherErrors.length || !Object.keys(problem.fields).length
                        ? problem.message
                        : 'Fix the marked fields, then save again.'}
                </Notice>
            )}
            <Row>
                <Button type={'submit'} disabled={saving}>
                    {saving ? 'Saving…' : 'Save template'}
                </Button>
                <Button $variant={'plain'} onClick={onCancel} disabled={saving}>
                    Cancel
                </Button>
            </Row>
        </form>
    );
}
