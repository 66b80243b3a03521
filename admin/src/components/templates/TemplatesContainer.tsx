import { useState } from 'react';
import type { Template } from '../../api/models';
import { createTemplate, updateTemplate, useTemplates } from '../../api/templates';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Notice, Spinner } from '../elements/Feedback';
import { Table } from '../elements/Table';
import { TemplateDeleteButton } from './TemplateDeleteButton';
import { TemplateForm } from './TemplateForm';

const describeSelector = (t: Template) =>
    t.selector.mode === 'all' ? 'all servers (as of saving)' : t.selector.mode === 'all_including_future' ? 'all servers, including future ones' : 'matching servers';

export function TemplatesContainer() {
    const { templates, error, mutate } = useTemplates();
    const [editing, setEditing] = useState<Template | 'new' | null>(null);
    const [saved, setSaved] = useState<string | null>(null);

    if (error) return <ErrorMessage error={error} />;
    if (!templates) return <Spinner />;

    if (editing) {
        return (
            <Card>
                <h3>{editing === 'new' ? 'New role template' : `Edit ${editing.name}`}</h3>
                <TemplateForm
                    template={editing === 'new' ? undefined : editing}
                    onCancel={() => setEditing(null)}
                    onSave={async (input) => {
                        const t = editing === 'new' ? await createTemplate(input) : await updateTemplate(editing.id, input);
                        await mutate();
                        setEditing(null);
                        setSaved(`Saved "${t.name}". Subscribers of its products are being brought in line.`);
                    }}
                />
            </Card>
        );
    }

    return (
        <Card>
            <Row>
                <h3 style={{ flex: 1 }}>Role templates</h3>
                <Button type={'button'} onClick={() => setEditing('new')}>New template</Button>
            </Row>
            {saved && <Notice tone={'success'}>{saved}</Notice>}
            {templates.length === 0 ? (
                <EmptyState title={'No role templates yet.'}>
                    Create your first role template: the servers a tier covers and what its subscribers may do there. Then map your Paymenter products to it under Products.
                </EmptyState>
            ) : (
                <Table>
                    <thead>
                        <tr><th>Name</th><th>Key</th><th>Servers</th><th>Permissions</th><th>Products</th><th /></tr>
                    </thead>
                    <tbody>
                        {templates.map((t) => (
                            <tr key={t.id}>
                                <td><strong>{t.name}</strong></td>
                                <td><code>{t.key}</code></td>
                                <td>{t.serversMatched} <Muted>({describeSelector(t)})</Muted></td>
                                <td>{t.permissions.length}</td>
                                <td>{t.products.join(', ') || <Muted>none yet</Muted>}</td>
                                <td>
                                    <Row>
                                        <Button type={'button'} $variant={'plain'} onClick={() => setEditing(t)}>Edit</Button>
                                        <TemplateDeleteButton template={t} onDeleted={() => mutate()} />
                                    </Row>
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            )}
        </Card>
    );
}
