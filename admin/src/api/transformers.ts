/** The one place wire shapes (snake_case, ISO strings) become the app's models (camelCase, Dates), and back. */
import { SELECTOR_LISTS, SETUP_STEPS } from '../../../contract/admin';
import type * as W from '../../../contract/admin';
import type * as M from './models';
import { SUBSCRIPTION_STATES } from './models';

const date = (v: string | null | undefined): Date | null => (v ? new Date(v) : null);

/** A log row's permissions list, or for email and account rows the changed fields, as one line of text. */
const logValue = (v: W.LogEntryWire['permissions_before']): string =>
    v === null || v === undefined
        ? ''
        : Array.isArray(v)
          ? v.join(', ')
          : Object.entries(v)
                .map(([k, x]) => `${k}: ${x}`)
                .join(', ');

const toSubscription = (x: W.SubscriptionWire): M.Subscription => ({
    subscriptionId: x.subscription_id,
    productKey: x.product_key,
    templateKey: x.template_key,
    tier: x.tier,
    state: x.state,
    reason: x.reason,
    graceUntil: date(x.grace_until),
    accessUntil: date(x.access_until),
    needsAttention: x.needs_attention,
    lastError: x.last_error,
    reconciledAt: date(x.reconciled_at),
});

const toInboxEvent = (e: W.InboxEventWire): M.InboxEvent => ({
    id: e.id,
    webhookId: e.webhook_id,
    type: e.type,
    format: e.format,
    subscriptionId: e.subscription_id,
    customerId: e.customer_id,
    occurredAt: new Date(e.occurred_at),
    sequence: e.sequence,
    receivedAt: new Date(e.received_at),
    processedAt: date(e.processed_at),
    sourceIp: e.source_ip,
});

const toReconcileRun = (r: W.ReconcileRunWire): M.ReconcileRun => ({
    runId: r.run_id,
    total: r.total,
    done: r.done,
    failed: r.failed,
    finished: r.finished,
});

const toMode = (m: W.ModeWire): M.Mode => ({
    mode: m.mode,
    paused: m.paused ? { at: new Date(m.paused.at), by: m.paused.by, reason: m.paused.reason } : null,
});

/** Every step of SETUP_STEPS, in order; a step the server did not list counts as not done. */
const toSetup = (setup: W.OverviewWire['setup']): M.Overview['setup'] =>
    Object.fromEntries(
        SETUP_STEPS.map((step) => [step, setup.some((x) => x.step === step && x.done)]),
    ) as M.Overview['setup'];

export const Transformers = {
    toMode,

    toModeChange: (c: W.ModeChangeWire): M.ModeChange => ({
        mode: toMode(c.mode),
        run: c.run ? toReconcileRun(c.run) : null,
    }),

    toOverview: (o: W.OverviewWire): M.Overview => ({
        mode: toMode(o.mode),
        setup: toSetup(o.setup),
        webhookUrl: o.webhook_url,
        secretConfigured: o.secret_configured,
        lastEventAt: date(o.last_event_at),
        lastPingAt: date(o.last_ping_at),
        lastPaymenterPingAt: date(o.last_paymenter_ping_at),
        lastSelfTestAt: date(o.last_self_test_at),
        workerAlive: o.worker_alive,
        workerHeartbeatAt: date(o.worker_heartbeat_at),
        pendingEvents: o.pending_events,
        retrying: o.retrying,
        needsAttention: o.needs_attention,
        subscribersByState: Object.fromEntries(
            SUBSCRIPTION_STATES.map((state) => [state, o.subscribers_by_state?.[state] ?? 0]),
        ) as M.Overview['subscribersByState'],
        unmappedProducts: o.unmapped_products,
        eventsPerDay: o.events_per_day.map((d) => ({ day: d.day, count: d.count })),
    }),

    toTemplate: (t: W.TemplateWire): M.Template => ({
        id: t.id,
        key: t.key,
        name: t.name,
        selector: t.selector,
        permissions: t.permissions,
        gameActions: (t.game_actions ?? []).map((a) => ({ ...a, servers: a.servers ? [...a.servers] : null })),
        products: t.products,
        serversMatched: t.servers_matched,
        serversAsOf: new Date(t.servers_as_of),
        updatedAt: new Date(t.updated_at),
    }),

    /** The selector as sent: outside match mode only the exclusions count, and empty lists are left out. */
    fromSelector: (selector: M.Selector): W.SelectorWire => {
        const out: W.SelectorWire = { mode: selector.mode };
        for (const list of SELECTOR_LISTS) {
            const ids = selector[list];
            if ((selector.mode === 'match' || list === 'exclude') && Array.isArray(ids) && ids.length > 0)
                out[list] = [...ids];
        }
        return out;
    },

    /** Trimmed; an empty command is no command. */
    fromGameAction: (a: M.GameAction): W.GameActionWire => ({
        label: a.label.trim(),
        grant: a.grant?.trim() || null,
        revoke: a.revoke?.trim() || null,
        servers: a.servers ? [...a.servers] : null,
    }),

    /** What POST /templates and PATCH /templates/{id} take. */
    fromTemplate: (t: {
        key: string;
        name: string;
        selector: M.Selector;
        permissions: string[];
        gameActions?: M.GameAction[];
        includeNewServers?: boolean;
    }): W.TemplateInput => ({
        key: t.key.trim(),
        name: t.name.trim(),
        selector: Transformers.fromSelector(t.selector),
        permissions: [...t.permissions],
        ...(t.gameActions ? { game_actions: t.gameActions.map(Transformers.fromGameAction) } : {}),
        ...(t.includeNewServers ? { include_new_servers: true } : {}),
    }),

    toCatalogue: (c: W.PanelCatalogueWire): M.Catalogue => ({
        servers: c.servers.map((s) => ({
            id: s.id,
            name: s.name,
            externalId: s.external_id,
            nodeId: s.node_id,
            eggId: s.egg_id,
            ownerId: s.owner_id,
        })),
        nodes: c.nodes.map((n) => ({ id: n.id, name: n.name })),
        locations: c.locations.map((l) => ({ id: l.id, short: l.short, long: l.long })),
        nests: c.nests.map((n) => ({ id: n.id, name: n.name })),
        eggs: c.eggs.map((e) => ({ id: e.id, name: e.name, nestId: e.nest_id })),
        owners: c.owners.map((o) => ({ id: o.id, username: o.username })),
        permissions: c.permissions.map((g) => ({
            group: g.group,
            description: g.description,
            keys: g.keys.map((k) => ({ key: k.key, description: k.description })),
        })),
    }),

    toSelectorPreview: (p: W.SelectorPreviewWire): M.ServerRef[] => p.servers.map((s) => ({ id: s.id, name: s.name })),

    toProduct: (p: W.ProductWire): M.Product => ({
        productKey: p.product_key,
        productName: p.product_name ?? null,
        templateKey: p.template_key,
        templateName: p.template_name,
        subscribers: p.subscribers,
        unmapped: p.unmapped,
        ignored: p.ignored ?? false,
        ignoredReason: p.ignored_reason ?? null,
    }),

    toSubscription,

    toSubscriber: (s: W.SubscriberWire): M.Subscriber => ({
        customerId: s.customer_id,
        email: s.email,
        userId: s.user_id,
        username: s.username,
        serversGranted: s.servers_granted,
        needsAttention: s.needs_attention,
        override: s.override ? { kind: s.override.kind, until: date(s.override.until) } : null,
        subscriptions: s.subscriptions.map(toSubscription),
    }),

    toGrant: (g: W.GrantWire): M.Grant => ({
        serverId: g.server_id,
        serverName: g.server_name,
        permissions: g.permissions,
        revocationPending: g.revocation_pending,
        appliedAt: new Date(g.applied_at),
    }),

    toTimelineEntry: (t: W.TimelineEntryWire): M.TimelineEntry => ({
        at: new Date(t.at),
        kind: t.kind,
        title: t.title,
        detail: t.detail,
        outcome: t.outcome,
    }),

    toSubscriberDetail: (d: W.SubscriberDetailWire): M.SubscriberDetail => ({
        subscriber: Transformers.toSubscriber(d.subscriber),
        grants: d.grants.map(Transformers.toGrant),
        timeline: d.timeline.map(Transformers.toTimelineEntry),
        plan: d.plan.map(Transformers.toPlannedChange),
        panelAccess: d.panel_access.map(Transformers.toPanelAccess),
    }),

    toPlannedChange: (c: W.PlannedChangeWire): M.PlannedChange => ({
        serverId: c.server_id,
        serverName: c.server_name,
        action: c.action,
        before: c.before,
        after: c.after,
    }),

    toPanelAccess: (a: W.PanelAccessWire): M.PanelAccess => ({
        serverId: a.server_id,
        serverName: a.server_name,
        permissions: a.permissions,
        managedByTiergate: a.managed_by_tiergate,
    }),

    toActionResult: (r: W.ActionResultWire): M.ActionResult => ({ message: r.message, changes: r.changes ?? [] }),

    toLogEntry: (l: W.LogEntryWire): M.LogEntry => ({
        id: l.id,
        actorName: l.actor_name ?? null,
        customerEmail: l.customer_email ?? null,
        at: new Date(l.at),
        trigger: l.trigger,
        triggerRef: l.trigger_ref,
        customerId: l.customer_id,
        userId: l.user_id,
        serverId: l.server_id,
        serverName: l.server_name,
        action: l.action,
        before: logValue(l.permissions_before),
        after: logValue(l.permissions_after),
        outcome: l.outcome,
        error: l.error,
        durationMs: l.duration_ms,
    }),

    toInboxEvent,

    toInboxEventDetail: (e: W.InboxEventDetailWire): M.InboxEventDetail => ({
        ...toInboxEvent(e),
        body: e.body,
        headers: e.headers ?? {},
    }),

    toRejection: (r: W.RejectionWire): M.Rejection => ({
        id: r.id,
        at: new Date(r.at),
        status: r.status,
        code: r.code,
        reason: r.reason,
        sourceIp: r.source_ip,
        bodySize: r.body_size,
        webhookId: r.webhook_id,
    }),

    toSettings: (s: W.SettingsWire): M.Settings => ({
        webhookUrl: s.webhook_url,
        secretConfigured: s.secret_configured,
        previousSecretUntil: date(s.previous_secret_until),
        secretOverlapHours: s.secret_overlap_hours,
        graceDays: s.grace_days,
        ipAllowlist: s.ip_allowlist,
        trustedProxies: s.trusted_proxies,
        rateLimitPerMinute: s.rate_limit_per_minute,
        emailsPerServer: s.emails_per_server,
        deleteAccountsOnTermination: s.delete_accounts_on_termination,
        reconcileIntervalMinutes: s.reconcile_interval_minutes,
        httpsOnly: s.https_only,
        gameUsernamePattern: s.game_username_pattern,
        billingUrl: s.billing_url ?? null,
        lastContactAt: date(s.last_contact_at),
        lastPaymenterPingAt: date(s.last_paymenter_ping_at),
        lastSelfTestAt: date(s.last_self_test_at),
    }),

    /** Only the settings given are sent (PATCH). */
    fromSettings: (s: Partial<M.EditableSettings>): W.SettingsInput => {
        const out: W.SettingsInput = {};
        if (s.secretOverlapHours !== undefined) out.secret_overlap_hours = s.secretOverlapHours;
        if (s.graceDays !== undefined) out.grace_days = s.graceDays;
        if (s.ipAllowlist !== undefined) out.ip_allowlist = s.ipAllowlist;
        if (s.trustedProxies !== undefined) out.trusted_proxies = s.trustedProxies;
        if (s.rateLimitPerMinute !== undefined) out.rate_limit_per_minute = s.rateLimitPerMinute;
        if (s.emailsPerServer !== undefined) out.emails_per_server = s.emailsPerServer;
        if (s.deleteAccountsOnTermination !== undefined)
            out.delete_accounts_on_termination = s.deleteAccountsOnTermination;
        if (s.reconcileIntervalMinutes !== undefined) out.reconcile_interval_minutes = s.reconcileIntervalMinutes;
        if (s.httpsOnly !== undefined) out.https_only = s.httpsOnly;
        if (s.gameUsernamePattern !== undefined) out.game_username_pattern = s.gameUsernamePattern;
        if (s.billingUrl !== undefined) out.billing_url = s.billingUrl;
        return out;
    },

    toSecretRotation: (r: W.SecretRotationWire): M.SecretRotation => ({
        secret: r.secret,
        previousSecretUntil: date(r.previous_secret_until),
    }),

    toTestEvent: (r: W.TestEventWire): M.TestEventResult => ({ status: r.status, answer: r.answer, ms: r.ms }),

    toReconcileRun,
};
