import { FormEvent, useState } from 'react';
import type { TemplateInput } from '../../../../contract/admin';
import { describeError } from '../../api/http';
import type { Template } from '../../api/models';
import { useCatalogue } from '../../api/templates';
import { Button } from '../elements/Button';
import { Row } from '../elements/Card';
import { ErrorMessage, Notice, Spinner } from '../elements/Feedback';
import { Field } from '../elements/Field';
import { PermissionChecklist } from './PermissionChecklist';
import { SelectorEditor } from './SelectorEditor';

const EMPTY: TemplateInput = { key: '', name: '', selector: { mode: 'match' }, permissions: ['control.console'] };

/** Shared by "new template" and "edit template". */
export function TemplateForm({ template, onSave, onCancel }: { template?: Template; onSave: (input: TemplateInput) => Promise<unknown>; onCancel: () => void }) {
    const { catalogue, error: catalogueError } = useCatalogue();
    const [input, setInput] = useState<TemplateInput>(template ? { key: template.key, name: template.name, selector: template.selector, permissions: template.permissions } : EMPTY);
    const [saving, setSaving] = useState(false);
    const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);

    if (catalogueError) return <ErrorMessage error={catalogueError} />;
    if (!catalogue) return <Spinner />;

    const submit = (e: FormEvent) => {
        e.preventDefault();
        const fields: Record<string, string> = {};
        if (!/^[a-z0-9_]{1,64}$/.test(input.key)) fields.key = 'Use 1–64 lowercase letters, digits or underscores, e.g. subscriber_knight.';
        if (!input.name.trim()) fields.name = 'Give the tier a name your staff will recognise.';
        if (Object.keys(fields).length) return setProblem({ message: 'Fix the marked fields.', fields });
        setSaving(true);
        setProblem(null);
        onSave(input).catch((err) => setProblem(describeError(err))).finally(() => setSaving(false));
    };

    return (
        <form onSubmit={submit} aria-label={template ? `Edit ${template.name}` : 'New role template'}>
            <Field label={'Key'} hint={'Used by products and by a payload\'s tier; it cannot clash with another template.'} error={problem?.fields.key}>
                <input type={'text'} value={input.key} onChange={(e) => setInput({ ...input, key: e.target.value })} placeholder={'subscriber_knight'} />
            </Field>
            <Field label={'Name'} error={problem?.fields.name}>
                <input type={'text'} value={input.name} onChange={(e) => setInput({ ...input, name: e.target.value })} placeholder={'Knight'} />
            </Field>
            <SelectorEditor catalogue={catalogue} value={input.selector} onChange={(selector) => setInput({ ...input, selector })} error={problem?.fields.selector} />
            <h4>Permissions on each matched server</h4>
            {problem?.fields.permissions && <Notice tone={'error'}>{problem.fields.permissions}</Notice>}
            <PermissionChecklist groups={catalogue.permissions} value={input.permissions} onChange={(permissions) => setInput({ ...input, permissions })} />
            {problem && !Object.keys(problem.fields).length && <Notice tone={'error'}>{problem.message}</Notice>}
            <Row>
                <Button type={'submit'} disabled={saving}>{saving ? 'Saving…' : 'Save template'}</Button>
                <Button type={'button'} $variant={'plain'} onClick={onCancel} disabled={saving}>Cancel</Button>
            </Row>
        </form>
    );
}
