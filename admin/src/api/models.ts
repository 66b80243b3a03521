import type { SelectorWire, SubscriberAction } from '../../../contract/admin';
import type { SubscriptionState } from '../../../contract/client';

export type { SelectorWire as Selector, SubscriberAction, SubscriptionState };

export interface Overview {
    webhookUrl: string;
    secretConfigured: boolean;
    lastEventAt: Date | null;
    lastPingAt: Date | null;
    workerAlive: boolean;
    pendingEvents: number;
    retrying: number;
    needsAttention: number;
    subscribersByState: Record<SubscriptionState, number>;
    unmappedProducts: string[];
    eventsPerDay: Array<{ day: string; count: number }>;
}

export interface Template {
    id: number;
    key: string;
    name: string;
    selector: SelectorWire;
    permissions: string[];
    products: string[];
    serversMatched: number;
    updatedAt: Date;
}

export interface Product {
    productKey: string;
    templateKey: string | null;
    templateName: string | null;
    subscribers: number;
    unmapped: boolean;
}

export interface Subscription {
    subscriptionId: string;
    productKey: string | null;
    tier: string | null;
    state: SubscriptionState;
    reason: string;
    graceUntil: Date | null;
    accessUntil: Date | null;
    needsAttention: boolean;
    lastError: string | null;
}

export interface Subscriber {
    customerId: string;
    email: string | null;
    username: string | null;
    serversGranted: number;
    needsAttention: boolean;
    override: { kind: 'grant' | 'suspend'; until: Date | null } | null;
    subscriptions: Subscription[];
}

export interface SubscriberDetail {
    subscriber: Subscriber;
    grants: Array<{ serverId: number; serverName: string; permissions: string[]; revocationPending: boolean }>;
    timeline: Array<{ at: Date; kind: 'event' | 'action'; title: string; detail: string | null; outcome: string | null }>;
}

export interface LogEntry {
    id: number;
    at: Date;
    trigger: string;
    triggerRef: string | null;
    customerId: string | null;
    serverId: number | null;
    serverName: string | null;
    action: string;
    before: string;
    after: string;
    outcome: string;
    error: string | null;
    durationMs: number;
}

export interface InboxEvent {
    id: number;
    webhookId: string;
    type: string;
    format: string;
    subscriptionId: string | null;
    customerId: string | null;
    occurredAt: Date;
    sequence: number | null;
    receivedAt: Date;
    processedAt: Date | null;
    sourceIp: string;
}

export interface Rejection {
    id: number;
    at: Date;
    status: number;
    code: string;
    reason: string;
    sourceIp: string;
    bodySize: number;
}

export interface Settings {
    webhookUrl: string;
    secretConfigured: boolean;
    previousSecretUntil: Date | null;
    secretOverlapHours: number;
    graceDays: number;
    ipAllowlist: string[];
    trustedProxies: string[];
    rateLimitPerMinute: number;
    emailsPerServer: boolean;
    deleteAccountsOnTermination: boolean;
    reconcileIntervalMinutes: number;
    lastContactAt: Date | null;
}

export interface Paged<T> {
    items: T[];
    nextCursor: string | null;
}
