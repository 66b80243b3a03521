import type { Subscriber } from '../../api/models';

export type AttentionFix =
    | { kind: 'map_product'; productKey: string | null }
    | { kind: 'reconcile' }
    | { kind: 'wait_for_wings' }
    | { kind: 'open' };

/** Written by TokenRevocationService::OVERDUE; the revocation retries by itself, so there is nothing to press. */
const REVOCATION_OVERDUE = 'A token revocation has been pending';
/** Written by ReconcileSubscriber::failed and SubscriptionProjector: a failed apply that a new reconcile retries. */
const RETRYABLE = [/^Gave up after \d+ tries/, /could not be brought in line/];

/** Why the subscriber needs attention: each flagged subscription's last error, once. */
export const attentionReasons = (s: Subscriber): string[] => [
    ...new Set(s.subscriptions.filter((x) => x.needsAttention).map((x) => x.lastError ?? x.reason)),
];

/**
 * The one action that fixes it: map an unmapped product; reconcile after a failed apply; wait for Wings when a
 * token revocation is overdue; otherwise (an account conflict) open the subscriber, where a person decides.
 */
export const attentionFix = (s: Subscriber): AttentionFix => {
    const flagged = s.subscriptions.filter((x) => x.needsAttention);
    const unmapped = flagged.find((x) => x.templateKey === null);
    if (unmapped) return { kind: 'map_product', productKey: unmapped.productKey };
    const errors = flagged.map((x) => x.lastError ?? '');
    if (errors.length > 0 && errors.every((e) => e.startsWith(REVOCATION_OVERDUE))) return { kind: 'wait_for_wings' };
    if (errors.some((e) => RETRYABLE.some((r) => r.test(e)))) return { kind: 'reconcile' };
    return { kind: 'open' };
};
