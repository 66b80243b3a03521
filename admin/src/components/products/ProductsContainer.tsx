import { useState } from 'react';
import { describeError } from '../../api/http';
import type { Product } from '../../api/models';
import { mapProduct, useProducts } from '../../api/products';
import { useTemplates } from '../../api/templates';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { plural } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { ProductMappingForm } from './ProductMappingForm';

/** Unmapped products that already have subscribers first (they are losing out), then the other unmapped ones, then by key. */
export const productOrder = (a: Product, b: Product): number => {
    const rank = (p: Product) => (p.unmapped ? (p.subscribers > 0 ? 0 : 1) : 2);
    return rank(a) - rank(b) || a.productKey.localeCompare(b.productKey);
};

/** Which role template each Paymenter product grants. */
export function ProductsContainer({ onNavigate }: { onNavigate?: (tab: 'templates') => void }) {
    const { products, error, mutate } = useProducts();
    const { templates, error: templatesError } = useTemplates();
    const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
    const [saving, setSaving] = useState<string | null>(null);

    if (error || templatesError) return <ErrorMessage error={error ?? templatesError} />;
    if (!products || !templates) return <Spinner label={'Loading products…'} />;

    const map = (productKey: string, templateKey: string | null): Promise<boolean> => {
        setSaving(productKey);
        setMessage(null);
        return mapProduct(productKey, templateKey)
            .then(
                async (p) => {
                    setMessage({
                        tone: 'success',
                        text: p.templateName
                            ? `${p.productKey} now grants ${p.templateName}; its ${p.subscribers} subscriber(s) are being updated.`
                            : `${p.productKey} is unmapped; its ${p.subscribers} subscriber(s) lose the access it gave.`,
                    });
                    await mutate();
                    return true;
                },
                (e) => {
                    setMessage({ tone: 'error', text: `${productKey}: ${describeError(e).message}` });
                    return false;
                },
            )
            .finally(() => setSaving(null));
    };

    const sorted = [...products].sort(productOrder);
    const losing = products.filter((p) => p.unmapped && p.subscribers > 0);

    return (
        <Card title={'Products'}>
            <p>
                A product key is the product slug Paymenter sends (or its id). Each product grants one role template;
                many products may share one. A product whose key is itself a template key is granted through that
                template without a mapping.
            </p>
            {message && <Notice tone={message.tone}>{message.text}</Notice>}
            {losing.length > 0 && (
                <Notice tone={'warning'} testId={'unmapped-warning'}>
                    {plural(losing.length, 'product')} with subscribers {losing.length === 1 ? 'is' : 'are'} mapped to
                    no template: those subscribers get nothing until you pick one below.
                </Notice>
            )}
            {templates.length === 0 && (
                <EmptyState title={'There are no role templates to map to yet.'}>
                    Create a role template first (the servers and permissions a tier gets), then come back and map
                    products to it.
                    {onNavigate && (
                        <div style={{ marginTop: 8 }}>
                            <Button onClick={() => onNavigate('templates')}>Go to Role templates</Button>
                        </div>
                    )}
                </EmptyState>
            )}
            {products.length === 0 ? (
                <EmptyState title={'No products yet.'}>
                    Products appear here as soon as Paymenter sends an event for them. You can map one before its first
                    order below.
                </EmptyState>
            ) : (
                <Table label={'Products'}>
                    <thead>
                        <tr>
                            <th>Product</th>
                            <th>Subscribers</th>
                            <th>Role template</th>
                        </tr>
                    </thead>
                    <tbody>
                        {sorted.map((p) => (
                            <tr
                                key={p.productKey}
                                data-testid={'product-row'}
                                data-problem={p.unmapped && p.subscribers > 0}
                            >
                                <td>
                                    <code>{p.productKey}</code>{' '}
                                    {p.unmapped && <Badge $tone={'unmapped'}>unmapped</Badge>}
                                </td>
                                <td>{p.subscribers}</td>
                                <td>
                                    <select
                                        aria-label={`Template for ${p.productKey}`}
                                        value={p.templateKey ?? ''}
                                        disabled={saving !== null || templates.length === 0}
                                        onChange={(e) => void map(p.productKey, e.target.value || null)}
                                        style={{ maxWidth: 260, padding: '4px 6px' }}
                                    >
                                        <option value={''}>— none (grants nothing) —</option>
                                        {templates.map((t) => (
                                            <option key={t.key} value={t.key}>
                                                {t.name}
                                            </option>
                                        ))}
                                    </select>
                                    {saving === p.productKey && <Muted> saving…</Muted>}
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            )}
            {templates.length > 0 && (
                <ProductMappingForm templates={templates} known={products.map((p) => p.productKey)} onMap={map} />
            )}
        </Card>
    );
}
