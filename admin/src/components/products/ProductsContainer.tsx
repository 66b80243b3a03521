import { FormEvent, useState } from 'react';
import { describeError } from '../../api/http';
import { mapProduct, useProducts } from '../../api/products';
import { useTemplates } from '../../api/templates';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Notice, Spinner } from '../elements/Feedback';
import { Table } from '../elements/Table';

/** Which role template each Paymenter product grants; unmapped products with subscribers come first. */
export function ProductsContainer() {
    const { products, error, mutate } = useProducts();
    const { templates } = useTemplates();
    const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
    const [newKey, setNewKey] = useState('');

    if (error) return <ErrorMessage error={error} />;
    if (!products || !templates) return <Spinner />;

    const save = (productKey: string, templateKey: string | null) =>
        mapProduct(productKey, templateKey).then(
            (p) => {
                setMessage({ tone: 'success', text: p.templateName ? `${p.productKey} now grants ${p.templateName}; its ${p.subscribers} subscriber(s) are being updated.` : `${p.productKey} is unmapped; its subscribers lose that access.` });
                return mutate();
            },
            (e) => setMessage({ tone: 'error', text: describeError(e).message }),
        );

    const add = (e: FormEvent) => {
        e.preventDefault();
        if (newKey.trim()) save(newKey.trim(), templates[0]?.key ?? null).then(() => setNewKey(''));
    };

    return (
        <Card>
            <h3>Products</h3>
            <p>A product key is the product slug Paymenter sends (or its id). Many products may share one template.</p>
            {message && <Notice tone={message.tone}>{message.text}</Notice>}
            {templates.length === 0 && <EmptyState title={'There are no role templates to map to yet.'}>Create one under Role templates first.</EmptyState>}
            {products.length === 0 ? (
                <EmptyState title={'No products yet.'}>Products appear here as soon as Paymenter sends an event for them; you can also map one before that below.</EmptyState>
            ) : (
                <Table>
                    <thead><tr><th>Product</th><th>Subscribers</th><th>Template</th></tr></thead>
                    <tbody>
                        {products.map((p) => (
                            <tr key={p.productKey} data-problem={p.unmapped && p.subscribers > 0}>
                                <td><code>{p.productKey}</code> {p.unmapped && <Badge $tone={'conflict'}>unmapped</Badge>}</td>
                                <td>{p.subscribers}</td>
                                <td>
                                    <select aria-label={`Template for ${p.productKey}`} value={p.templateKey ?? ''} onChange={(e) => save(p.productKey, e.target.value || null)}>
                                        <option value={''}>— none (grants nothing) —</option>
                                        {templates.map((t) => <option key={t.key} value={t.key}>{t.name}</option>)}
                                    </select>
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            )}
            <form onSubmit={add}>
                <Row>
                    <input type={'text'} aria-label={'New product key'} placeholder={'product slug, e.g. fire-knight'} value={newKey} onChange={(e) => setNewKey(e.target.value)} />
                    <Button type={'submit'} disabled={!newKey.trim() || templates.length === 0}>Add mapping</Button>
                    <Muted>It starts on the first template; pick another in the table.</Muted>
                </Row>
            </form>
        </Card>
    );
}
