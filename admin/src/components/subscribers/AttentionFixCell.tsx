import { useState } from 'react';
import { describeError } from '../../api/http';
import type { Subscriber } from '../../api/models';
import { actOnSubscriber } from '../../api/subscribers';
import { Button } from '../elements/Button';
import { Muted } from '../elements/Card';
import { attentionFix, attentionReasons } from './attentionFix';

/** In the needs-attention list: why this subscriber is flagged, and the one action that fixes it. */
export function AttentionFixCell({
    subscriber,
    onOpen,
    onFixed,
}: {
    subscriber: Subscriber;
    onOpen: () => void;
    onFixed: () => void;
}) {
    const [busy, setBusy] = useState(false);
    const [answer, setAnswer] = useState<string | null>(null);
    const fix = attentionFix(subscriber);

    const reconcile = () => {
        setBusy(true);
        setAnswer(null);
        actOnSubscriber(subscriber.customerId, 'reconcile')
            .then(
                (r) => {
                    setAnswer(r.message);
                    onFixed();
                },
                (e) => setAnswer(describeError(e).message),
            )
            .finally(() => setBusy(false));
    };

    return (
        <div data-testid={'attention-fix'} data-fix={fix.kind}>
            {attentionReasons(subscriber).map((r) => (
                <div key={r}>{r}</div>
            ))}
            <div style={{ marginTop: 4 }}>
                {fix.kind === 'map_product' && (
                    <a href={'#products'}>Map the product{fix.productKey ? ` ${fix.productKey}` : ''}</a>
                )}
                {fix.kind === 'reconcile' && (
                    <Button $small onClick={reconcile} disabled={busy}>
                        {busy ? 'Reconciling…' : 'Reconcile now'}
                    </Button>
                )}
                {fix.kind === 'wait_for_wings' && (
                    <Muted>Nothing to press: it retries on its own once Wings on that node answers.</Muted>
                )}
                {fix.kind === 'open' && (
                    <Button $variant={'plain'} $small onClick={onOpen}>
                        Open to resolve
                    </Button>
                )}
            </div>
            {answer && <Muted role={'status'}>{answer}</Muted>}
        </div>
    );
}
