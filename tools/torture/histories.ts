import type { EventType, SubscriptionSnapshot } from '../../contract/event';
import { canonicalEvent } from '../sim/events';
import { Random } from '../fuzz/random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The shape of one subscription's billing history. The torture run's model reads only this shape; the events
 * sent to the panel are generated from it. Phases never overlap in time, so the outcome is obvious:
 * created → middle (product changes, renewals, failed-then-paid invoices) → maybe suspended (and maybe
 * unsuspended) → maybe an unpaid invoice (still in grace, or grace long over) → maybe cancelled or terminated.
 */
export interface SubscriptionShape {
    subscriptionId: string;
    customerId: string;
    email: string;
    /** Every product the subscription held, in order; the last one is the product it ends on. */
    products: string[];
    suspension: 'none' | 'suspended' | 'suspended-then-unsuspended';
    unpaid: 'none' | 'in-grace' | 'grace-expired';
    end: 'none' | 'cancelled' | 'terminated';
}

export interface HistoryEvent {
    subscriptionId: string;
    customerId: string;
    /** The exact bytes sent (and re-sent on every retry). */
    body: string;
}

export interface Customer {
    customerId: string;
    email: string;
    subscriptions: SubscriptionShape[];
}

type Step = { type: EventType; at: number; status: SubscriptionSnapshot['status']; product?: string };

/** Builds one subscription's events: full snapshots with a rising sequence, every timestamp in the past. */
function eventsOf(shape: SubscriptionShape, middle: Step[], now: number, graceDays: number): HistoryEvent[] {
    const steps: Step[] = [
        { type: 'subscription.created', at: now - 300 * DAY, status: 'active', product: shape.products[0] },
        ...middle,
    ];
    if (shape.suspension !== 'none')
        steps.push({ type: 'subscription.suspended', at: now - 60 * DAY, status: 'suspended' });
    if (shape.suspension === 'suspended-then-unsuspended')
        steps.push({ type: 'subscription.unsuspended', at: now - 59 * DAY, status: 'active' });
    const suspended = shape.suspension === 'suspended' ? 'suspended' : 'active';
    if (shape.unpaid === 'grace-expired')
        steps.push({ type: 'payment.failed', at: now - (graceDays + 5) * DAY, status: suspended });
    if (shape.unpaid === 'in-grace') steps.push({ type: 'payment.failed', at: now - 3 * HOUR, status: suspended });
    if (shape.end === 'cancelled')
        steps.push({ type: 'subscription.cancelled', at: now - 2 * HOUR, status: 'cancelled' });
    if (shape.end === 'terminated')
        steps.push({ type: 'subscription.terminated', at: now - HOUR, status: 'cancelled' });

    let product = shape.products[0]!;
    return steps.map((step, i) => {
        product = step.product ?? product;
        const subscription: SubscriptionSnapshot = {
            id: shape.subscriptionId,
            status: step.status,
            product: { id: product, slug: product },
            plan: { type: 'recurring' },
            expires_at: new Date(step.at + 30 * DAY).toISOString(),
            cancel_at_period_end: false,
            sequence: i + 1,
        };
        const customer = { id: shape.customerId, email: shape.email, first_name: 'Torture', last_name: 'Subscriber' };
        const body = JSON.stringify(
            canonicalEvent({ type: step.type, timestamp: new Date(step.at), subscription, customer }),
        );
        return { subscriptionId: shape.subscriptionId, customerId: shape.customerId, body };
    });
}

/**
 * Middle events between day −300 and day −61 (before any suspension or unpaid invoice): product changes,
 * renewals (a paid invoice and the renewed snapshot) and failed invoices paid an hour later.
 */
function middleSteps(
    rnd: Random,
    count: number,
    products: readonly string[],
    shapeProducts: string[],
    now: number,
): Step[] {
    const steps: Step[] = [];
    let at = now - 299 * DAY;
    const spacing = (238 * DAY) / Math.max(count, 1);
    while (steps.length < count) {
        at += spacing * (0.5 + rnd.next() * 0.4);
        const kind = rnd.int(4);
        if (kind === 0) {
            const product = rnd.pick(products);
            shapeProducts.push(product);
            steps.push({ type: 'subscription.updated', at, status: 'active', product });
        } else if (kind === 1) {
            steps.push({ type: 'payment.succeeded', at, status: 'active' });
        } else if (kind === 2) {
            steps.push({ type: 'subscription.updated', at, status: 'active' });
        } else if (count - steps.length >= 2) {
            steps.push(
                { type: 'payment.failed', at, status: 'active' },
                { type: 'payment.succeeded', at: at + HOUR, status: 'active' },
            );
        }
    }
    return steps;
}

export interface Generated {
    customers: Customer[];
    events: HistoryEvent[];
}

/**
 * `customerCount` customers (one in ten with a second subscription), about `eventCount` events in all, ids and
 * emails unique to `tag`.
 */
export function generate(
    rnd: Random,
    tag: string,
    customerCount: number,
    eventCount: number,
    products: readonly string[],
    graceDays: number,
    now = Date.now(),
): Generated {
    if (graceDays < 1 || graceDays > 50)
        throw new Error(`the torture histories assume a grace period of 1–50 days, not ${graceDays}`);
    const customers: Customer[] = [];
    const shapes: SubscriptionShape[] = [];
    for (let c = 0; c < customerCount; c++) {
        const customerId = `tt-${tag}-c${c}`;
        const customer: Customer = { customerId, email: `${customerId}@torture.example.com`, subscriptions: [] };
        const subscriptionCount = rnd.chance(0.1) ? 2 : 1;
        for (let s = 0; s < subscriptionCount; s++) {
            const shape: SubscriptionShape = {
                subscriptionId: `tt-${tag}-s${c}-${s}`,
                customerId,
                email: customer.email,
                products: [rnd.pick(products)],
                suspension: rnd.pick(['none', 'none', 'suspended', 'suspended-then-unsuspended'] as const),
                unpaid: rnd.pick(['none', 'none', 'in-grace', 'grace-expired'] as const),
                end: rnd.pick(['none', 'none', 'none', 'cancelled', 'terminated'] as const),
            };
            customer.subscriptions.push(shape);
            shapes.push(shape);
        }
        customers.push(customer);
    }

    const fixed = shapes.length; // the created event of each
    const middleTotal = Math.max(0, eventCount - fixed - shapes.length * 1.2);
    const events: HistoryEvent[] = [];
    for (const shape of shapes) {
        const count = Math.round((middleTotal / shapes.length) * (0.2 + rnd.next() * 1.6));
        events.push(...eventsOf(shape, middleSteps(rnd, count, products, shape.products, now), now, graceDays));
    }
    return { customers, events };
}
