/** The one place wire shapes (snake_case, ISO strings) become the app's models (camelCase, Dates). */
import type * as W from '../../../contract/admin';
import type * as M from './models';

const date = (v: string | null | undefined): Date | null => (v ? new Date(v) : null);

const permissions = (v: W.LogEntryWire['permissions_before']): string =>
    v === null ? '' : Array.isArray(v) ? v.join(', ') : Object.entries(v).map(([k, x]) => `${k}: ${x}`).join(', ');

export const Transformers = {
    toOverview: (o: W.OverviewWire): M.Overview => ({
        webhookUrl: o.webhook_url,
        secretConfigured: o.secret_configured,
        lastEventAt: date(o.last_event_at),
        lastPingAt: date(o.last_ping_at),
        workerAlive: o.worker_alive,
        pendingEvents: o.pending_events,
        retrying: o.retrying,
        needsAttention: o.needs_attention,
        subscribersByState: o.subscribers_by_state,
        unmappedProducts: o.unmapped_products,
        eventsPerDay: o.events_per_day,
    }),

    toTemplate: (t: W.TemplateWire): M.Template => ({
        id: t.id,
        key: t.key,
        name: t.name,
        selector: t.selector,
        permissions: t.permissions,
        products: t.products,
        serversMatched: t.servers_matched,
        updatedAt: new Date(t.updated_at),
    }),

    toProduct: (p: W.ProductWire): M.Product => ({
        productKey: p.product_key,
        templateKey: p.template_key,
        templateName: p.template_name,
        subscribers: p.subscribers,
        unmapped: p.unmapped,
    }),

    toSubscriber: (s: W.SubscriberWire): M.Subscriber => ({
        customerId: s.customer_id,
        email: s.email,
        username: s.username,
        serversGranted: s.servers_granted,
        needsAttention: s.needs_attention,
        override: s.override ? { kind: s.override.kind, until: date(s.override.until) } : null,
        subscriptions: s.subscriptions.map((x) => ({
            subscriptionId: x.subscription_id,
            productKey: x.product_key,
            tier: x.tier,
            state: x.state,
            reason: x.reason,
            graceUntil: date(x.grace_until),
            accessUntil: date(x.access_until),
            needsAttention: x.needs_attention,
            lastError: x.last_error,
        })),
    }),

    toSubscriberDetail: (d: W.SubscriberDetailWire): M.SubscriberDetail => ({
        subscriber: Transformers.toSubscriber(d.subscriber),
        grants: d.grants.map((g) => ({ serverId: g.server_id, serverName: g.server_name, permissions: g.permissions, revocationPending: g.revocation_pending })),
        timeline: d.timeline.map((t) => ({ at: new Date(t.at), kind: t.kind, title: t.title, detail: t.detail, outcome: t.outcome })),
    }),

    toLogEntry: (l: W.LogEntryWire): M.LogEntry => ({
        id: l.id,
        at: new Date(l.at),
        trigger: l.trigger,
        triggerRef: l.trigger_ref,
        customerId: l.customer_id,
        serverId: l.server_id,
        serverName: l.server_name,
        action: l.action,
        before: permissions(l.permissions_before),
        after: permissions(l.permissions_after),
        outcome: l.outcome,
        error: l.error,
        durationMs: l.duration_ms,
    }),

    toInboxEvent: (e: W.InboxEventWire): M.InboxEvent => ({
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
    }),

    toRejection: (r: W.RejectionWire): M.Rejection => ({ id: r.id, at: new Date(r.at), status: r.status, code: r.code, reason: r.reason, sourceIp: r.source_ip, bodySize: r.body_size }),

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
        lastContactAt: date(s.last_contact_at),
    }),

    fromSettings: (s: Partial<M.Settings>): W.SettingsInput => {
        const out: W.SettingsInput = {};
        if (s.secretOverlapHours !== undefined) out.secret_overlap_hours = s.secretOverlapHours;
        if (s.graceDays !== undefined) out.grace_days = s.graceDays;
        if (s.ipAllowlist !== undefined) out.ip_allowlist = s.ipAllowlist;
        if (s.trustedProxies !== undefined) out.trusted_proxies = s.trustedProxies;
        if (s.rateLimitPerMinute !== undefined) out.rate_limit_per_minute = s.rateLimitPerMinute;
        if (s.emailsPerServer !== undefined) out.emails_per_server = s.emailsPerServer;
        if (s.deleteAccountsOnTermination !== undefined) out.delete_accounts_on_termination = s.deleteAccountsOnTermination;
        if (s.reconcileIntervalMinutes !== undefined) out.reconcile_interval_minutes = s.reconcileIntervalMinutes;
        return out;
    },
};

export const toPaged = <W_, M_>(page: W.Page<W_>, map: (w: W_) => M_): M.Paged<M_> => ({ items: page.data.map(map), nextCursor: page.next_cursor });
