import { useState } from 'react';
import { describeError } from '../../api/http';
import type { Product } from '../../api/models';
import { ignoreProduct, mapProduct, unignoreProduct, useProducts } from '../../api/products';
import { useTemplates } from '../../api/templates';
import { Button } from '../elements/Button';
import { Card } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { plural } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { ProductMappingForm } from './ProductMappingForm';
import { ProductRow } from './ProductRow';

/**
 * Unmapped products that already have subscribers first (they are losing out), then the other unmapped ones, then
 * the mapped ones, ignored ones last; by key within each.
 */
export const productOrder = (a: Product, b: Product): number => {
    const rank = (p: Product) => (p.ignored ? 3 : p.unmapped ? (p.subscribers > 0 ? 0 : 1) : 2);
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

    const settle = (productKey: string, change: Promise<Product>, said: (p: Product) => string): Promise<boolean> => {
        setSaving(productKey);
        setMessage(null);
        return change
            .then(
                async (p) => {
                    setMessage({ tone: 'success', text: said(p) });
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
    const ignore = (productKey: string, reason: string) =>
        settle(productKey, ignoreProduct(productKey, reason), (p) => `${p.productKey} is ignored: ${reason}`);
    const unignore = (productKey: string) =>
        void settle(productKey, unignoreProduct(productKey), (p) => `${p.productKey} is no longer ignored.`);

    const map = (productKey: string, templateKey: string | null) =>
        settle(productKey, mapProduct(productKey, templateKey), (p) =>
            p.templateName
                ? `${p.productKey} now grants ${p.templateName}; its ${p.subscribers} subscriber(s) are being updated.`
                : `${p.productKey} is unmapped; its ${p.subscribers} subscriber(s) lose the access it gave.`,
        );

    const sorted = [...products].sort(productOrder);
    const losing = products.filter((p) => p.unmapped && !p.ignored && p.subscribers > 0);

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
                            <ProductRow
                                key={p.productKey}
                                product={p}
                                templates={templates}
                                saving={saving}
                                onMap={(key, template) => void map(key, template)}
                                onIgnore={ignore}
                                onUnignore={unignore}
                            />
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
