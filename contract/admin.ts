/**
 * The admin API of the Tiergate page (`/extensions/tiergate/admin/api/...`, root admins only, CSRF token in
 * X-CSRF-TOKEN). Wire shapes are snake_case, exactly as the PHP transformers in blueprint/app/Transformers
 * write them; admin/src/api converts them once to the camelCase models the React app uses.
 * Errors: 422 {message, errors: {field: [reason]}}; any other 4xx/5xx {message}.
 */
import type { StateCause, SubscriptionState } from './client';

export const ADMIN_API_BASE = '/extensions/tiergate/admin/api';

/** A refused write or filter: 422, the first reason as `message`, every reason by field. */
export interface ValidationErrorWire {
    message: string;
    errors: Record<string, string[]>;
}

export interface Page<T> {
    data: T[];
    /** Pass as `cursor` for the next page; null on the last page (keyset pagination, newest first). */
    next_cursor: string | null;
}

export const APPLY_MODES = ['shadow', 'live'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

/** Shadow (a fresh install) and a pause both store events and apply nothing; see docs/operations.md. */
export interface ModeWire {
    mode: ApplyMode;
    paused: { at: string; by: string; reason: string } | null;
}

/** The go-live checklist, in order. */
export const SETUP_STEPS = [
    'secret',
    'webhook_url_copied',
    'first_delivery',
    'products_mapped',
    'shadow_reviewed',
    'live',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const MODE_ACTIONS = ['pause', 'unpause', 'go_live', 'shadow'] as const;
export type ModeAction = (typeof MODE_ACTIONS)[number];

export interface ModeChangeWire {
    mode: ModeWire;
    /** The full reconcile that applies pending plans (going live, unpausing); poll `GET /reconcile/{run_id}`. */
    run: ReconcileRunWire | null;
}

export interface OverviewWire {
    mode: ModeWire;
    setup: Array<{ step: SetupStep; done: boolean }>;
    webhook_url: string;
    secret_configured: boolean;
    last_event_at: string | null;
    /** The last ping from Paymenter ("Test connection"); the panel's own test event does not count. */
    last_paymenter_ping_at: string | null;
    /** The last time Settings → "Send a test event" reached the webhook. */
    last_self_test_at: string | null;
    /** @deprecated the same as last_paymenter_ping_at; kept while the page moves to the new name. */
    last_ping_at: string | null;
    worker_alive: boolean;
    worker_heartbeat_at: string | null;
    pending_events: number;
    retrying: number;
    needs_attention: number;
    subscribers_by_state: Record<SubscriptionState, number>;
    /** Products seen in events that give no template and that no admin ignored: they need attention. */
    unmapped_products: string[];
    /** The last 14 days, oldest first, days without events included with 0. */
    events_per_day: Array<{ day: string; count: number }>;
    grace_days: number;
    full_reconcile_minutes: number;
    last_full_reconcile_at: string | null;
}

export const SELECTOR_MODES = ['all', 'all_including_future', 'match'] as const;
export type SelectorMode = (typeof SELECTOR_MODES)[number];
export const SELECTOR_LISTS = ['servers', 'nodes', 'locations', 'nests', 'eggs', 'owners', 'exclude'] as const;
export type SelectorList = (typeof SELECTOR_LISTS)[number];

export type SelectorWire = { mode: SelectorMode } & Partial<Record<SelectorList, number[]>>;

export interface TemplateWire {
    id: number;
    key: string;
    name: string;
    selector: SelectorWire;
    permissions: string[];
    game_actions: GameActionWire[];
    products: string[];
    servers_matched: number;
    /** An `all` selector covers the servers created up to this moment. */
    servers_as_of: string;
    updated_at: string;
}

export interface TemplateInput {
    key: string;
    name: string;
    selector: SelectorWire;
    permissions: string[];
    /** Kept as saved when left out. */
    game_actions?: GameActionWire[];
    /** Move `servers_as_of` to now, so an `all` selector takes the servers created since. */
    include_new_servers?: boolean;
}

/**
 * One in-game action of a template: console commands with placeholders {player}, {uuid}, {tier} (the template's
 * key), {tier_name}, {server}; run on grant and on revoke on `servers` (panel server uuids among the template's
 * own; null = all of them). The editor's presets (LuckPerms group, whitelist) only fill these fields.
 */
export interface GameActionWire {
    label: string;
    grant: string | null;
    revoke: string | null;
    servers: string[] | null;
}

/** `POST /template-command-preview`: an unsaved template's actions, rendered for `player`. */
export interface CommandPreviewInput {
    key: string;
    name: string;
    selector: SelectorWire;
    game_actions: GameActionWire[];
    player: string;
}

/** The answer: each action on each server, and the servers the selector covers now (an action's subset is picked from these). */
export interface CommandPreviewWire {
    data: CommandPreviewRowWire[];
    servers: Array<{ uuid: string; name: string }>;
}

/** One action on one server: the exact commands, or why the engine would refuse to send them. */
export interface CommandPreviewRowWire {
    action: number;
    label: string;
    server_uuid: string;
    server_name: string;
    grant: string | null;
    revoke: string | null;
    error: string | null;
}

/** `GET /subscriber-game/{customerId}` (and the answer of `POST /subscribers/{customerId}/game-name` {name}). */
export interface SubscriberGameWire {
    name: {
        /** the newest name billing sent (data.customer.game_username) */
        from_billing: string | null;
        /** the admin's correction, if any */
        override: string | null;
        /** the correction wins only while billing still sends the name it was made against */
        override_active: boolean;
        /** the name commands are sent for */
        effective: string | null;
    };
    /** the newest 200 commands, oldest first: the order each server gets them in */
    commands: GameCommandWire[];
}

export interface GameCommandWire {
    id: number;
    server_uuid: string;
    server_name: string;
    kind: 'grant' | 'revoke';
    command: string;
    status: 'pending' | 'sent' | 'failed';
    attempts: number;
    last_error: string | null;
    next_attempt_at: string | null;
    created_at: string | null;
    sent_at: string | null;
}

export interface PermissionGroupWire {
    group: string;
    description: string;
    keys: Array<{ key: string; description: string }>;
}

/** What the selector editor offers: the panel's servers, nodes, locations, nests, eggs and server owners. */
export interface PanelCatalogueWire {
    servers: Array<{
        id: number;
        name: string;
        external_id: string | null;
        node_id: number;
        egg_id: number;
        owner_id: number;
    }>;
    nodes: Array<{ id: number; name: string }>;
    locations: Array<{ id: number; short: string; long: string | null }>;
    nests: Array<{ id: number; name: string }>;
    eggs: Array<{ id: number; name: string; nest_id: number }>;
    owners: Array<{ id: number; username: string }>;
    permissions: PermissionGroupWire[];
}

export interface SelectorPreviewWire {
    servers: Array<{ id: number; name: string }>;
}

export interface ProductWire {
    product_key: string;
    /** The product's name in the newest event Paymenter sent for it; null when none named it. */
    product_name: string | null;
    template_key: string | null;
    template_name: string | null;
    subscribers: number;
    /** Seen in events but mapped to no template: its subscribers get nothing until it is mapped. */
    unmapped: boolean;
    /** An admin ignored it (`POST /products/{productKey}/ignore`): it no longer needs attention. */
    ignored: boolean;
    ignored_reason: string | null;
}

export interface ProductIgnoreInput {
    reason: string;
}

export interface SubscriptionWire {
    subscription_id: string;
    product_key: string | null;
    template_key: string | null;
    tier: string | null;
    state: SubscriptionState;
    cause: StateCause | null;
    reason: string;
    grace_until: string | null;
    access_until: string | null;
    needs_attention: boolean;
    last_error: string | null;
    reconciled_at: string | null;
}

export interface SubscriberWire {
    customer_id: string;
    email: string | null;
    user_id: number | null;
    username: string | null;
    servers_granted: number;
    needs_attention: boolean;
    override: { kind: 'grant' | 'suspend'; until: string | null } | null;
    subscriptions: SubscriptionWire[];
}

export interface GrantWire {
    server_id: number;
    server_name: string;
    permissions: string[];
    revocation_pending: boolean;
    applied_at: string;
}

export interface TimelineEntryWire {
    at: string;
    kind: 'event' | 'action';
    title: string;
    detail: string | null;
    outcome: string | null;
}

/** One change a reconcile would make now (in shadow mode: what going live would do). */
export interface PlannedChangeWire {
    server_id: number;
    server_name: string;
    action: 'grant' | 'update' | 'revoke';
    before: string[];
    after: string[];
}

/** A subuser row the panel holds for the account, whoever made it. */
export interface PanelAccessWire {
    server_id: number;
    server_name: string;
    permissions: string[];
    managed_by_tiergate: boolean;
}

export interface SubscriberDetailWire {
    subscriber: SubscriberWire;
    grants: GrantWire[];
    timeline: TimelineEntryWire[];
    plan: PlannedChangeWire[];
    panel_access: PanelAccessWire[];
}

export const SUBSCRIBER_ACTIONS = ['reconcile', 'apply', 'grant', 'suspend', 'resume', 'resend_setup'] as const;
export type SubscriberAction = (typeof SUBSCRIBER_ACTIONS)[number];

export interface ActionResultWire {
    message: string;
    changes: string[];
}

export const LOG_OUTCOMES = ['ok', 'failed', 'conflict'] as const;

export interface LogEntryWire {
    id: number;
    at: string;
    trigger: string;
    trigger_ref: string | null;
    /** The acting admin's username when `trigger` is admin (trigger_ref is then `user:<id>`). */
    actor_name: string | null;
    customer_id: string | null;
    /** The newest email Paymenter sent for the subscriber. */
    customer_email: string | null;
    user_id: number | null;
    server_id: number | null;
    server_name: string | null;
    action: string;
    permissions_before: string[] | Record<string, string> | null;
    permissions_after: string[] | Record<string, string> | null;
    outcome: string;
    error: string | null;
    duration_ms: number;
}

/** `customer`: a customer id, else part of an email, id, username, name or in-game name; `server`: an id or part of a name. */
export interface LogFilters {
    customer?: string;
    server?: number | string;
    action?: string;
    outcome?: string;
    since?: string;
    until?: string;
}

export interface InboxEventWire {
    id: number;
    webhook_id: string;
    type: string;
    format: 'canonical' | 'flat';
    subscription_id: string | null;
    customer_id: string | null;
    occurred_at: string;
    sequence: number | null;
    received_at: string;
    processed_at: string | null;
    source_ip: string;
}

export interface InboxEventDetailWire extends InboxEventWire {
    body: string;
    headers: Record<string, string>;
}

/** `GET /rejections?status=&code=&reason=&since=&until=` (reason: any part of it). */
export interface RejectionFilters {
    status?: number;
    code?: string;
    reason?: string;
    since?: string;
    until?: string;
}

export interface RejectionWire {
    id: number;
    at: string;
    status: number;
    code: string;
    reason: string;
    source_ip: string;
    body_size: number;
    webhook_id: string | null;
}

export interface SettingsWire {
    webhook_url: string;
    secret_configured: boolean;
    previous_secret_until: string | null;
    secret_overlap_hours: number;
    grace_days: number;
    ip_allowlist: string[];
    trusted_proxies: string[];
    rate_limit_per_minute: number;
    emails_per_server: boolean;
    delete_accounts_on_termination: boolean;
    reconcile_interval_minutes: number;
    /** Refuse deliveries that did not arrive over HTTPS (403 https_required); defaults to on when APP_URL is https. */
    https_only: boolean;
    /** Which in-game names the webhook takes (PCRE without delimiters; 422 invalid_game_username otherwise). */
    game_username_pattern: string;
    /** Paymenter's address: the subscriber's dashboard banner links there to pay (contract/client.ts billing_url). */
    billing_url: string | null;
    /** @deprecated the same as last_paymenter_ping_at. */
    last_contact_at: string | null;
    last_paymenter_ping_at: string | null;
    last_self_test_at: string | null;
}

export type SettingsInput = Partial<
    Omit<
        SettingsWire,
        | 'webhook_url'
        | 'secret_configured'
        | 'previous_secret_until'
        | 'last_contact_at'
        | 'last_paymenter_ping_at'
        | 'last_self_test_at'
    >
>;

/** The new secret is in this answer only; the panel never shows it again. */
export interface SecretRotationWire {
    secret: string;
    previous_secret_until: string | null;
}

export interface TestEventWire {
    status: number;
    answer: unknown;
    ms: number;
}

/** Outbound notifications (docs/notifications.md): `GET /notifications`, also the answer to `PUT /notifications`. */
export interface NotificationsWire {
    urls: string[];
    secret_configured: boolean;
    previous_secret_until: string | null;
    destinations: {
        url: string;
        pending: number;
        /** Messages whose every try failed: they need attention (POST /notifications/retry). */
        dead: number;
        last_sent_at: string | null;
        last_error: string | null;
    }[];
    dead: {
        id: number;
        message_id: string;
        type: string;
        customer_id: string;
        url: string;
        attempts: number;
        last_status: number | null;
        last_error: string | null;
        created_at: string | null;
    }[];
    /** Only in the answer to PUT, when the first URL created the signing secret: shown this once. */
    secret?: string | null;
}

export interface NotificationTestWire {
    results: { url: string; status: number | null; error: string | null; ms: number }[];
}

export interface NotificationRetryWire {
    retried: number;
}

export interface ReconcileRunWire {
    run_id: string;
    total: number;
    done: number;
    failed: number;
    finished: boolean;
}

/** Every endpoint, as `METHOD path` relative to ADMIN_API_BASE. */
export const ADMIN_ENDPOINTS = {
    overview: 'GET /overview',
    catalogue: 'GET /catalogue',
    templates: 'GET /templates',
    template: 'GET /templates/{id}',
    createTemplate: 'POST /templates',
    updateTemplate: 'PATCH /templates/{id}',
    deleteTemplate: 'DELETE /templates/{id}',
    previewSelector: 'POST /selector-preview',
    previewCommands: 'POST /template-command-preview',
    products: 'GET /products',
    mapProduct: 'PUT /products/{productKey}',
    ignoreProduct: 'POST /products/{productKey}/ignore',
    unignoreProduct: 'DELETE /products/{productKey}/ignore',
    subscribers: 'GET /subscribers',
    subscriber: 'GET /subscribers/{customerId}',
    subscriberAction: 'POST /subscribers/{customerId}/actions',
    subscriberGame: 'GET /subscriber-game/{customerId}',
    setGameName: 'POST /subscribers/{customerId}/game-name',
    log: 'GET /log',
    events: 'GET /events',
    event: 'GET /events/{id}',
    replayEvent: 'POST /events/{id}/replay',
    rejections: 'GET /rejections',
    settings: 'GET /settings',
    updateSettings: 'PATCH /settings',
    rotateSecret: 'POST /settings/secret',
    testEvent: 'POST /settings/test-event',
    notifications: 'GET /notifications',
    updateNotifications: 'PUT /notifications',
    rotateNotificationSecret: 'POST /notifications/secret',
    testNotification: 'POST /notifications/test',
    retryNotifications: 'POST /notifications/retry',
    startReconcile: 'POST /reconcile',
    reconcileRun: 'GET /reconcile/{runId}',
    changeMode: 'POST /mode',
    webhookUrlCopied: 'POST /setup/webhook-url-copied',
} as const;
