import type { EventType, SubscriptionSnapshot } from '../../../contract/event';
import { canonicalEvent } from '../../../tools/sim/events';
import { deliver, DeliveryResult } from '../../../tools/sim/send';
import { WEBHOOK } from '../../../tools/testbed/client';

const DAY = 86_400_000;
let unique = 0;

/** One simulated Paymenter customer with one subscription, sending full snapshots with a rising sequence. */
export class SimulatedSubscriber {
    readonly customerId: string;
    readonly subscriptionId: string;
    email: string;
    private sequence = 0;
    private snapshot: SubscriptionSnapshot;

    constructor(
        private secret: string,
        product: string,
        opts: { email?: string; plan?: 'recurring' | 'one-time'; tag?: string } = {},
    ) {
        unique += 1;
        const tag = `${opts.tag ?? 'life'}-${process.pid}-${Date.now().toString(36)}-${unique}`;
        this.customerId = `cus-${tag}`;
        this.subscriptionId = `sub-${tag}`;
        this.email = opts.email ?? `${tag}@players.example.com`;
        this.snapshot = {
            id: this.subscriptionId,
            status: 'active',
            product: { id: product, slug: product },
            plan: { type: opts.plan ?? 'recurring' },
        };
    }

    /** Builds the next event without sending it (for shuffling and duplicating). */
    event(
        type: EventType,
        change: {
            status?: SubscriptionSnapshot['status'];
            product?: string;
            daysAgo?: number;
            at?: Date;
            expiresAt?: Date;
            cancelAtPeriodEnd?: boolean;
            email?: string;
        } = {},
    ): string {
        if (change.email) this.email = change.email;
        this.snapshot = {
            ...this.snapshot,
            status: change.status ?? this.snapshot.status,
            product: change.product ? { id: change.product, slug: change.product } : this.snapshot.product,
            expires_at: change.expiresAt?.toISOString() ?? this.snapshot.expires_at ?? null,
            cancel_at_period_end: change.cancelAtPeriodEnd ?? false,
            sequence: ++this.sequence,
        };
        const at = change.at ?? new Date(Date.now() - (change.daysAgo ?? 0) * DAY);
        return JSON.stringify(
            canonicalEvent({
                type,
                timestamp: at,
                subscription: this.snapshot,
                customer: { id: this.customerId, email: this.email, first_name: 'Sim', last_name: 'Player' },
            }),
        );
    }

    async send(type: EventType, change: Parameters<SimulatedSubscriber['event']>[1] = {}): Promise<DeliveryResult> {
        return this.deliver(this.event(type, change));
    }

    async deliver(body: string, id?: string): Promise<DeliveryResult> {
        const r = await deliver({ url: WEBHOOK, secrets: [this.secret], body, id });
        if (r.status !== 202 && r.status !== 200)
            throw new Error(`delivery refused: ${r.status} ${JSON.stringify(r.body)}`);
        return r;
    }
}
