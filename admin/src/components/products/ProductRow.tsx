import { useState } from 'react';
import type { Product, Template } from '../../api/models';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Muted } from '../elements/Card';
import { Truncated } from '../elements/Truncated';
import { ProductIgnoreForm } from './ProductIgnoreForm';

/** One product: its key and Paymenter name (cut short with a tooltip), subscribers, template, and ignore. */
export function ProductRow({
    product: p,
    templates,
    saving,
    onMap,
    onIgnore,
    onUnignore,
}: {
    product: Product;
    templates: Template[];
    saving: string | null;
    onMap: (productKey: string, templateKey: string | null) => void;
    onIgnore: (productKey: string, reason: string) => Promise<boolean>;
    onUnignore: (productKey: string) => void;
}) {
    const [asking, setAsking] = useState(false);
    return (
        <tr
            data-testid={'product-row'}
            data-product={p.productKey}
            data-problem={p.unmapped && !p.ignored && p.subscribers > 0}
        >
            <td>
                <Truncated text={p.productKey}>
                    <code>{p.productKey}</code>
                </Truncated>{' '}
                {p.unmapped && !p.ignored && <Badge $tone={'unmapped'}>unmapped</Badge>}
                {p.ignored && <Badge $tone={'ended'}>ignored</Badge>}
                {p.productName && (
                    <div>
                        <Truncated text={p.productName} width={'36ch'}>
                            <Muted>{p.productName}</Muted>
                        </Truncated>
                    </div>
                )}
                {p.ignored && p.ignoredReason && (
                    <div data-testid={'ignored-reason'}>
                        <Muted>Ignored: {p.ignoredReason}</Muted>
                    </div>
                )}
            </td>
            <td>{p.subscribers}</td>
            <td>
                {p.ignored ? (
                    <Button
                        $variant={'plain'}
                        $small
                        disabled={saving !== null}
                        onClick={() => onUnignore(p.productKey)}
                    >
                        Stop ignoring
                    </Button>
                ) : (
                    <>
                        <select
                            aria-label={`Template for ${p.productKey}`}
                            value={p.templateKey ?? ''}
                            disabled={saving !== null || templates.length === 0}
                            onChange={(e) => onMap(p.productKey, e.target.value || null)}
                            style={{ maxWidth: '100%', width: 240, padding: '4px 6px' }}
                        >
                            <option value={''}>— none (grants nothing) —</option>
                            {templates.map((t) => (
                                <option key={t.key} value={t.key}>
                                    {t.name}
                                </option>
                            ))}
                        </select>
                        {saving === p.productKey && <Muted> saving…</Muted>}
                        {p.unmapped && !asking && (
                            <div style={{ marginTop: 4 }}>
                                <Button
                                    $variant={'link'}
                                    $small
                                    onClick={() => setAsking(true)}
                                    aria-label={`Ignore ${p.productKey}`}
                                >
                                    Not a tier? Ignore it…
                                </Button>
                            </div>
                        )}
                        {asking && (
                            <div style={{ marginTop: 6 }}>
                                <ProductIgnoreForm
                                    productKey={p.productKey}
                                    onCancel={() => setAsking(false)}
                                    onIgnore={(reason) =>
                                        onIgnore(p.productKey, reason).then((ok) => {
                                            if (ok) setAsking(false);
                                            return ok;
                                        })
                                    }
                                />
                            </div>
                        )}
                    </>
                )}
            </td>
        </tr>
    );
}
