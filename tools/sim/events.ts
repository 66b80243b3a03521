import type { CanonicalEvent, CustomerSnapshot, EventType, SubscriptionSnapshot } from '../../contract/event';

export interface EventInput {
    type: EventType;
    timestamp?: Date;
    subscription?: SubscriptionSnapshot;
    customer?: CustomerSnapshot;
}

/** A canonical event; the snapshot is the full current state of the subscription and customer. */
export function canonicalEvent({ type, timestamp = new Date(), subscription, customer }: EventInput): CanonicalEvent {
    const at = timestamp.toISOString();
    if (type === 'ping') return { type, timestamp: at, data: {} };
    if (!subscription || !customer) throw new Error(`${type} needs a subscription and a customer`);
    return { type, timestamp: at, data: { subscription, customer } };
}
