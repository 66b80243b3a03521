/** The camelCase models the React app works with; admin/src/api/transformers.ts builds them from the wire. */
import type {
    ApplyMode,
    ModeAction,
    SelectorList,
    SelectorMode,
    SelectorWire,
    SetupStep,
    SubscriberAction,
} from '../../../contract/admin';
import type { SubscriptionState } from '../../../contract/client';

export type { ApplyMode, ModeAction, SelectorList, SelectorMode, SetupStep, SubscriberAction, SubscriptionState };
export { SETUP_STEPS } from '../../../contract/admin';

/** A template's server selector: the wire shape has no snake_case, so it is used as is. */
export type Selector = SelectorWire;

export const SUBSCRIPTION_STATES = [
    'pending',
    'active',
    'grace',
    'suspended',
    'ended',
] as const satisfies readonly SubscriptionState[];

/** What the log's `action` column holds (the filter offers these). */
export const LOG_ACTIONS = ['grant', 'update', 'revoke', 'account.link', 'account.delete', 'email.update'] as const;

/** Shadow (a fresh install) and a pause both store events and apply nothing; see docs/operations.md. */
export interface Mode {
    mode: ApplyMode;
    paused: { at: Date; by: string; reason: string } | null;
}

export interface ModeChange {
    mode: Mode;
    /** The full reconcile that applies pending plans (going live, unpausing), to follow until it is finished. */
    run: ReconcileRun | null;
}

export interface Overview {
    mode: Mode;
    /** The go-live checklist: every step of SETUP_STEPS, done or not. */
    setup: Record<SetupStep, boolean>;
    webhookUrl: string;
    secretConfigured: boolean;
    lastEventAt: Date | null;
    lastPingAt: Date | null;
    /** Paymenter's own Test connection, and the self-test sent from Settings: two different things. */
    lastPaymenterPingAt: Date | null;
    lastSelfTestAt: Date | null;
    workerAlive: boolean;
    workerHeartbeatAt: Date | null;
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
    selector: Selector;
    permissions: string[];
    gameActions: GameAction[];
    products: string[];
    serversMatched: number;
    serversAsOf: Date;
    updatedAt: Date;
}

/** Console commands run on grant and on revoke; `servers` are uuids among the template's servers, null = all. */
export interface GameAction {
    label: string;
    grant: string | null;
    revoke: string | null;
    servers: string[] | null;
}

export interface PermissionGroup {
    group: string;
    description: string;
    keys: Array<{ key: string; description: string }>;
}

export interface CatalogueServer {
    id: number;
    name: string;
    externalId: string | null;
    nodeId: number;
    eggId: number;
    ownerId: number;
}

export interface Catalogue {
    servers: CatalogueServer[];
    nodes: Array<{ id: number; name: string }>;
    locations: Array<{ id: number; short: string; long: string | null }>;
    nests: Array<{ id: number; name: string }>;
    eggs: Array<{ id: number; name: string; nestId: number }>;
    owners: Array<{ id: number; username: string }>;
    permissions: PermissionGroup[];
}

export interface ServerRef {
    id: number;
    name: string;
}

export interface Product {
    productKey: string;
    /** The product's name as Paymenter last sent it. */
    productName: string | null;
    /** Ignored by an admin (with the reason): not a tier product, never counts as needing a mapping. */
    ignored: boolean;
    ignoredReason: string | null;
    templateKey: string | null;
    templateName: string | null;
    subscribers: number;
    unmapped: boolean;
}

export interface Subscription {
    subscriptionId: string;
    productKey: string | null;
    templateKey: string | null;
    tier: string | null;
    state: SubscriptionState;
    reason: string;
    graceUntil: Date | null;
    accessUntil: Date | null;
    needsAttention: boolean;
    lastError: string | null;
    reconciledAt: Date | null;
}

export interface Subscriber {
    customerId: string;
    email: string | null;
    userId: number | null;
    username: string | null;
    serversGranted: number;
    needsAttention: boolean;
    override: { kind: 'grant' | 'suspend'; until: Date | null } | null;
    subscriptions: Subscription[];
}

export interface Grant {
    serverId: number;
    serverName: string;
    permissions: string[];
    revocationPending: boolean;
    appliedAt: Date;
}

export interface TimelineEntry {
    at: Date;
    kind: 'event' | 'action';
    title: string;
    detail: string | null;
    outcome: string | null;
}

/** One change a reconcile would make now (in shadow mode: what going live would do). */
export interface PlannedChange {
    serverId: number;
    serverName: string;
    action: 'grant' | 'update' | 'revoke';
    before: string[];
    after: string[];
}

/** A subuser row the panel holds for the account, whoever made it. */
export interface PanelAccess {
    serverId: number;
    serverName: string;
    permissions: string[];
    managedByTiergate: boolean;
}

export interface SubscriberDetail {
    subscriber: Subscriber;
    grants: Grant[];
    timeline: TimelineEntry[];
    plan: PlannedChange[];
    panelAccess: PanelAccess[];
}

export interface ActionResult {
    message: string;
    changes: string[];
}

export interface LogEntry {
    id: number;
    /** The acting admin's username (trigger admin). */
    actorName: string | null;
    customerEmail: string | null;
    at: Date;
    trigger: string;
    triggerRef: string | null;
    customerId: string | null;
    userId: number | null;
    serverId: number | null;
    serverName: string | null;
    action: string;
    /** Permissions (or, for email changes, the fields) before and after, as one line of text each. */
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
    format: 'canonical' | 'flat';
    subscriptionId: string | null;
    customerId: string | null;
    occurredAt: Date;
    sequence: number | null;
    receivedAt: Date;
    processedAt: Date | null;
    sourceIp: string;
}

export interface InboxEventDetail extends InboxEvent {
    body: string;
    headers: Record<string, string>;
}

export interface Rejection {
    id: number;
    at: Date;
    status: number;
    code: string;
    reason: string;
    sourceIp: string;
    bodySize: number;
    webhookId: string | null;
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
    httpsOnly: boolean;
    gameUsernamePattern: string;
    /** Paymenter's address, where the subscriber's banner links to pay; null: no link. */
    billingUrl: string | null;
    lastContactAt: Date | null;
    lastPaymenterPingAt: Date | null;
    lastSelfTestAt: Date | null;
}

/** The settings an admin can change. */
export type EditableSettings = Omit<
    Settings,
    | 'webhookUrl'
    | 'secretConfigured'
    | 'previousSecretUntil'
    | 'lastContactAt'
    | 'lastPaymenterPingAt'
    | 'lastSelfTestAt'
>;

export interface SecretRotation {
    secret: string;
    previousSecretUntil: Date | null;
}

export interface TestEventResult {
    status: number;
    answer: unknown;
    ms: number;
}

export interface ReconcileRun {
    runId: string;
    total: number;
    done: number;
    failed: number;
    finished: boolean;
}
