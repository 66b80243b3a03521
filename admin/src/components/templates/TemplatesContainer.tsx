import { useState } from 'react';
import type { Selector, Template } from '../../api/models';
import { createTemplate, updateTemplate, useTemplates } from '../../api/templates';
import { navigate } from '../../routing/navigate';
import { useOpenId } from '../../routing/useRoute';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { TemplateDeleteButton } from './TemplateDeleteButton';
import { TemplateForm } from './TemplateForm';

export const describeSelector = (s: Selector): string => {
    const excluded = s.exclude?.length ? `, except ${s.exclude.length}` : '';
    if (s.mode === 'all') return `all servers as of saving${excluded}`;
    if (s.mode === 'all_including_future') return `all servers, also future ones${excluded}`;
    const parts = (['servers', 'nodes', 'locations', 'nests', 'eggs', 'owners'] as const)
        .filter((l) => s[l]?.length)
        .map((l) => `${s[l]!.length} ${l}`);
    return `matching ${parts.join(', ') || 'nothing'}${excluded}`;
};

/** The role templates: what a tier grants on which servers. */
export function TemplatesContainer() {
    const openId = useOpenId('templates');
    const { templates, error, mutate } = useTemplates();
    // The open form is in the address (`#templates/new`, `#templates/<id>`): linkable, and Back closes it.
    const editing: Template | 'new' | null =
        openId === 'new' ? 'new' : (templates?.find((t) => String(t.id) === openId) ?? null);
    const setEditing = (t: Template | 'new' | null) =>
        navigate('templates', t === null ? null : t === 'new' ? 'new' : t.id);
    const [notice, setNotice] = useState<string | null>(null);

    if (error) return <ErrorMessage error={error} />;
    if (!templates) return <Spinner label={'Loading role templates…'} />;

    if (editing) {
        const isNew = editing === 'new';
        return (
            <Card title={isNew ? 'New role template' : `Edit ${editing.name}`}>
                <TemplateForm
                    template={isNew ? undefined : editing}
                    onCancel={() => setEditing(null)}
                    onSave={async (values) => {
                        const saved = isNew ? await createTemplate(values) : await updateTemplate(editing.id, values);
                        await mutate();
                        setEditing(null);
                        setNotice(
                            saved.products.length
                                ? `Saved "${saved.name}". Subscribers of ${saved.products.join(', ')} are being brought in line.`
                                : `Saved "${saved.name}". It matches ${saved.serversMatched} server(s); map a product to it under Products.`,
                        );
                    }}
                />
            </Card>
        );
    }

    return (
        <Card
            title={'Role templates'}
            actions={
                <Button
                    onClick={() => {
                        setNotice(null);
                        setEditing('new');
                    }}
                >
                    New template
                </Button>
            }
        >
            <p>
                A role template is a tier's access: which servers, and which subuser permissions on each. Products map
                to templates.
            </p>
            {notice && <Notice tone={'success'}>{notice}</Notice>}
            {templates.length === 0 ? (
                <EmptyState title={'No role templates yet.'}>
                    Create your first role template: the servers a tier covers and what its subscribers may do there.
                    Then map your Paymenter products to it under Products.
                    <div style={{ marginTop: 10 }}>
                        <Button onClick={() => setEditing('new')}>Create a role template</Button>
                    </div>
                </EmptyState>
            ) : (
                <Table label={'Role templates'}>
                    <thead>
                        <tr>
                            <th>Name</th>
                            <th>Key</th>
                            <th>Servers</th>
                            <th>Permissions</th>
                            <th>Products</th>
                            <th>Updated</th>
                            <th />
                        </tr>
                    </thead>
                    <tbody>
                        {templates.map((t) => (
                            <tr key={t.id} data-testid={'template-row'}>
                                <td>
                                    <strong>{t.name}</strong>
                                </td>
                                <td>
                                    <code>{t.key}</code>
                                </td>
                                <td>
                                    {t.serversMatched} <Muted>({describeSelector(t.selector)})</Muted>
                                </td>
                                <td title={t.permissions.join(', ')}>{t.permissions.length}</td>
                                <td>
                                    {t.products.length ? (
                                        t.products.map((p) => (
                                            <code key={p} style={{ marginRight: 4 }}>
                                                {p}
                                            </code>
                                        ))
                                    ) : (
                                        <Muted>none yet</Muted>
                                    )}
                                </td>
                                <td className={'nowrap'}>
                                    <Muted>{when(t.updatedAt)}</Muted>
                                </td>
                                <td>
                                    <Row style={{ flexWrap: 'nowrap', alignItems: 'flex-start', margin: 0 }}>
                                        <Button
                                            $variant={'plain'}
                                            $small
                                            onClick={() => {
                                                setNotice(null);
                                                setEditing(t);
                                            }}
                                            aria-label={`Edit ${t.name}`}
                                        >
                                            Edit
                                        </Button>
                                        <TemplateDeleteButton
                                            template={t}
                                            onDeleted={(d) => {
                                                setNotice(`Deleted "${d.name}".`);
                                                void mutate();
                                            }}
                                        />
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
