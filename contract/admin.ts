/**
 * The admin API of the Tiergate page (`/extensions/tiergate/admin/api/...`, root admins only, CSRF token in
 * X-CSRF-TOKEN). Wire shapes are snake_case, exactly as the PHP transformers in blueprint/app/Transformers
 * write them; admin/src/api converts them once to the camelCase models the React app uses.
 * Errors: 422 {message, errors: {field: [reason]}}; any other 4xx/5xx {message}.
 */
import type { SubscriptionState } from './client';

export const ADMIN_API_BASE = '/extensions/tiergate/admin/api';

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
    last_ping_at: string | null;
    worker_alive: boolean;
    worker_heartbeat_at: string | null;
    pending_events: number;
    retrying: number;
    needs_attention: number;
    subscribers_by_state: Record<SubscriptionState, number>;
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
    /** Move `servers_as_of` to now, so an `all` selector takes the servers created since. */
    include_new_servers?: boolean;
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
    template_key: string | null;
    template_name: string | null;
    subscribers: number;
    /** Seen in events but mapped to no template: its subscribers get nothing until it is mapped. */
    unmapped: boolean;
}

export interface SubscriptionWire {
    subscription_id: string;
    product_key: string | null;
    template_key: string | null;
    tier: string | null;
    state: SubscriptionState;
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
    customer_id: string | null;
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

export interface LogFilters {
    customer?: string;
    server?: number;
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
    last_contact_at: string | null;
}

export type SettingsInput = Partial<
    Omit<SettingsWire, 'webhook_url' | 'secret_configured' | 'previous_secret_until' | 'last_contact_at'>
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
    createTemplate: 'POST /templates',
    updateTemplate: 'PATCH /templates/{id}',
    deleteTemplate: 'DELETE /templates/{id}',
    previewSelector: 'POST /selector-preview',
    products: 'GET /products',
    mapProduct: 'PUT /products/{productKey}',
    subscribers: 'GET /subscribers',
    subscriber: 'GET /subscribers/{customerId}',
    subscriberAction: 'POST /subscribers/{customerId}/actions',
    log: 'GET /log',
    events: 'GET /events',
    event: 'GET /events/{id}',
    replayEvent: 'POST /events/{id}/replay',
    rejections: 'GET /rejections',
    settings: 'GET /settings',
    updateSettings: 'PATCH /settings',
    rotateSecret: 'POST /settings/secret',
    testEvent: 'POST /settings/test-event',
    startReconcile: 'POST /reconcile',
    reconcileRun: 'GET /reconcile/{runId}',
    changeMode: 'POST /mode',
    webhookUrlCopied: 'POST /setup/webhook-url-copied',
} as const;
