/** Wire fixtures in the contract's shapes (typed, so a contract change breaks the tests that use them). */
import * as W from '../../../contract/admin';

export const WEBHOOK_URL = 'https://panel.example.com/extensions/tiergate/webhook';

/** Every go-live step done, except the ones named. */
export const setup = (...notDone: W.SetupStep[]): W.OverviewWire['setup'] =>
    W.SETUP_STEPS.map((step) => ({ step, done: !notDone.includes(step) }));

export const LIVE: W.ModeWire = { mode: 'live', paused: null };
export const SHADOW: W.ModeWire = { mode: 'shadow', paused: null };
export const PAUSED: W.ModeWire = {
    mode: 'live',
    paused: { at: '2026-11-24T06:30:00+00:00', by: 'ops-admin', reason: 'Wings maintenance' },
};

export const overview = (over: Partial<W.OverviewWire> = {}): W.OverviewWire => ({
    mode: LIVE,
    setup: setup(),
    webhook_url: WEBHOOK_URL,
    secret_configured: true,
    last_event_at: null,
    last_paymenter_ping_at: null,
    last_self_test_at: null,
    last_ping_at: null,
    worker_alive: true,
    worker_heartbeat_at: null,
    pending_events: 0,
    retrying: 0,
    needs_attention: 0,
    subscribers_by_state: { pending: 0, active: 2, grace: 1, suspended: 0, ended: 0 },
    unmapped_products: [],
    events_per_day: Array.from({ length: 14 }, (_, i) => ({
        day: `2026-11-${String(i + 10).padStart(2, '0')}`,
        count: i === 13 ? 5 : i === 12 ? 2 : 0,
    })),
    grace_days: 7,
    full_reconcile_minutes: 15,
    last_full_reconcile_at: null,
    ...over,
});

export const catalogue: W.PanelCatalogueWire = {
    servers: [
        { id: 1, name: 'Frost Hub', external_id: 'frost-hub', node_id: 1, egg_id: 1, owner_id: 3 },
        { id: 2, name: 'Fire Hub', external_id: null, node_id: 2, egg_id: 1, owner_id: 3 },
    ],
    nodes: [
        { id: 1, name: 'NC1 Charlotte' },
        { id: 2, name: 'TX1 Dallas' },
    ],
    locations: [{ id: 1, short: 'us-east', long: 'Charlotte' }],
    nests: [{ id: 1, name: 'Minecraft' }],
    eggs: [{ id: 1, name: 'Paper', nest_id: 1 }],
    owners: [{ id: 3, username: 'house' }],
    permissions: [
        {
            group: 'websocket',
            description: 'Console connection',
            keys: [{ key: 'websocket.connect', description: 'Connect to the console' }],
        },
        {
            group: 'control',
            description: 'Power and console',
            keys: [
                { key: 'control.console', description: 'Send commands' },
                { key: 'control.start', description: 'Start the server' },
                { key: 'control.stop', description: 'Stop the server' },
            ],
        },
        { group: 'file', description: 'Files', keys: [{ key: 'file.read', description: 'Read files' }] },
    ],
};

export const template = (over: Partial<W.TemplateWire> = {}): W.TemplateWire => ({
    id: 1,
    key: 'subscriber_knight',
    name: 'Knight',
    selector: { mode: 'match', nodes: [1] },
    permissions: ['control.console', 'websocket.connect'],
    game_actions: [],
    products: ['fire-knight'],
    servers_matched: 3,
    servers_as_of: '2026-11-20T09:00:00+00:00',
    updated_at: '2026-11-24T00:00:00Z',
    ...over,
});

export const subscription = (over: Partial<W.SubscriptionWire> = {}): W.SubscriptionWire => ({
    subscription_id: 's1',
    product_key: 'awakened',
    template_key: 'subscriber_awakened',
    tier: 'Awakened',
    state: 'active',
    cause: 'active',
    reason: 'paid',
    grace_until: null,
    access_until: null,
    needs_attention: false,
    last_error: null,
    reconciled_at: '2026-11-24T00:00:05Z',
    ...over,
});

export const subscriber = (over: Partial<W.SubscriberWire> = {}): W.SubscriberWire => ({
    customer_id: 'c1',
    email: 'alex@example.com',
    user_id: 4,
    username: 'alex',
    servers_granted: 2,
    needs_attention: false,
    override: null,
    subscriptions: [subscription()],
    ...over,
});

export const logEntry = (over: Partial<W.LogEntryWire> = {}): W.LogEntryWire => ({
    id: 5,
    at: '2026-11-24T00:00:00Z',
    trigger: 'event',
    trigger_ref: 'msg_1',
    actor_name: null,
    customer_id: 'c1',
    customer_email: 'alex@example.com',
    user_id: 4,
    server_id: 2,
    server_name: 'Fire Hub',
    action: 'grant',
    permissions_before: [],
    permissions_after: ['control.console'],
    outcome: 'ok',
    error: null,
    duration_ms: 4,
    ...over,
});

export const inboxEvent = (over: Partial<W.InboxEventWire> = {}): W.InboxEventWire => ({
    id: 3,
    webhook_id: 'msg_1',
    type: 'subscription.created',
    format: 'canonical',
    subscription_id: 's1',
    customer_id: 'c1',
    occurred_at: '2026-11-24T00:00:00Z',
    sequence: 1,
    received_at: '2026-11-24T00:00:01Z',
    processed_at: '2026-11-24T00:00:02Z',
    source_ip: '127.0.0.1',
    ...over,
});

export const rejection = (over: Partial<W.RejectionWire> = {}): W.RejectionWire => ({
    id: 1,
    at: '2026-11-24T00:00:00Z',
    status: 401,
    code: 'bad_signature',
    reason: 'No signature matches a current secret',
    source_ip: '203.0.113.9',
    body_size: 2048,
    webhook_id: 'msg_9',
    ...over,
});

export const settings = (over: Partial<W.SettingsWire> = {}): W.SettingsWire => ({
    webhook_url: WEBHOOK_URL,
    secret_configured: true,
    previous_secret_until: null,
    secret_overlap_hours: 24,
    grace_days: 7,
    ip_allowlist: [],
    trusted_proxies: [],
    rate_limit_per_minute: 600,
    emails_per_server: false,
    https_only: false,
    game_username_pattern: '^[A-Za-z0-9_]{3,16}$',
    delete_accounts_on_termination: false,
    reconcile_interval_minutes: 15,
    billing_url: null,
    last_contact_at: null,
    last_paymenter_ping_at: null,
    last_self_test_at: null,
    ...over,
});

export const plannedChange = (over: Partial<W.PlannedChangeWire> = {}): W.PlannedChangeWire => ({
    server_id: 1,
    server_name: 'Frost Hub',
    action: 'grant',
    before: [],
    after: ['control.console', 'websocket.connect'],
    ...over,
});

export const panelAccess = (over: Partial<W.PanelAccessWire> = {}): W.PanelAccessWire => ({
    server_id: 2,
    server_name: 'Fire Hub',
    permissions: ['control.console'],
    managed_by_tiergate: true,
    ...over,
});

export const run = (over: Partial<W.ReconcileRunWire> = {}): W.ReconcileRunWire => ({
    run_id: 'r1',
    total: 3,
    done: 0,
    failed: 0,
    finished: false,
    ...over,
});

export const product = (product_key: string, over: Partial<W.ProductWire> = {}): W.ProductWire => ({
    product_key,
    product_name: null,
    template_key: 'subscriber_knight',
    template_name: 'Knight',
    subscribers: 1,
    unmapped: false,
    ignored: false,
    ignored_reason: null,
    ...over,
});
