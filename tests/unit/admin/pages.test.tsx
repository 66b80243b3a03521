/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { App } from '../../../admin/src/App';
import { ReconcileAllButton } from '../../../admin/src/components/overview/ReconcileAllButton';
import { answer, httpError, reset, sent } from './fake-api';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const settings = { root: '/admin/extensions/tiergate', webhookUrl: 'https://panel.example.com/extensions/tiergate/webhook', version: '0.1.0' };
const fresh = (ui: JSX.Element) => render(<SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{ui}</SWRConfig>);

const overview = (over: object = {}) => ({
    webhook_url: settings.webhookUrl, secret_configured: true, last_event_at: null, last_ping_at: null, worker_alive: true, worker_heartbeat_at: null,
    pending_events: 0, retrying: 0, needs_attention: 0, subscribers_by_state: { pending: 0, active: 2, grace: 1, suspended: 0, ended: 0 },
    unmapped_products: [], events_per_day: Array.from({ length: 14 }, (_, i) => ({ day: `2026-11-${String(i + 10).padStart(2, '0')}`, count: i === 13 ? 5 : 0 })), ...over,
});

const catalogue = {
    servers: [{ id: 1, name: 'Frost Hub', external_id: 'frost-hub', node_id: 1, egg_id: 1, owner_id: 3 }, { id: 2, name: 'Fire Hub', external_id: 'fire-hub', node_id: 2, egg_id: 1, owner_id: 3 }],
    nodes: [{ id: 1, name: 'NC1 Charlotte' }, { id: 2, name: 'TX1 Dallas' }], locations: [], nests: [], eggs: [], owners: [{ id: 3, username: 'house' }],
    permissions: [
        { group: 'websocket', description: 'ws', keys: [{ key: 'websocket.connect', description: 'connect' }] },
        { group: 'control', description: 'power', keys: [{ key: 'control.console', description: 'console' }, { key: 'control.start', description: 'start' }] },
    ],
};

beforeEach(() => {
    reset();
    window.location.hash = '';
});

describe('the admin app', () => {
    it('opens on the overview with health, states and the events chart, and tells what to do without a secret', async () => {
        answer('GET /overview', overview({ secret_configured: false, unmapped_products: ['mystery'] }));
        fresh(<App settings={settings} />);
        expect(await screen.findByLabelText('Webhook URL')).toHaveValue(settings.webhookUrl);
        expect(screen.getByText(/every event is refused until there is one/)).toBeInTheDocument();
        expect(screen.getByText(/Unmapped product\(s\): mystery/)).toBeInTheDocument();
        expect(screen.getByRole('img', { name: /Events received per day/ })).toBeInTheDocument();
    });

    it('switches tabs and remembers the tab in the address', async () => {
        answer('GET /overview', overview());
        answer('GET /templates', { data: [] });
        fresh(<App settings={settings} />);
        fireEvent.click(screen.getByRole('tab', { name: 'Role templates' }));
        expect(await screen.findByText(/Create your first role template/)).toBeInTheDocument();
        expect(window.location.hash).toBe('#templates');
    });

    it('validates a new template, previews its servers and sends exactly what was chosen', async () => {
        answer('GET /templates', { data: [] });
        answer('GET /catalogue', catalogue);
        answer('POST /selector-preview', (body: any) => ({ servers: body.selector.nodes?.includes(1) ? [{ id: 1, name: 'Frost Hub' }] : [] }));
        answer('POST /templates', (body: any) => ({ id: 9, ...body, permissions: [...body.permissions, 'websocket.connect'].sort(), products: [], servers_matched: 1, updated_at: '2026-11-24T00:00:00Z' }));
        window.location.hash = 'templates';
        fresh(<App settings={settings} />);

        fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
        fireEvent.click(await screen.findByRole('button', { name: 'Save template' }));
        expect(await screen.findByText(/lowercase letters, digits or underscores/)).toBeInTheDocument();
        expect(sent.filter((s) => s.method === 'POST' && s.url === '/templates')).toHaveLength(0);

        fireEvent.change(screen.getByPlaceholderText('subscriber_knight'), { target: { value: 'subscriber_frost' } });
        fireEvent.change(screen.getByPlaceholderText('Knight'), { target: { value: 'Frost' } });
        const nodes = screen.getByLabelText('Nodes') as HTMLSelectElement;
        nodes.options[0]!.selected = true;
        fireEvent.change(nodes);
        await waitFor(() => expect(screen.getByTestId('selector-preview')).toHaveTextContent('Matches 1 server(s) now: Frost Hub'), { timeout: 2000 });
        fireEvent.click(screen.getByLabelText('control.start'));
        expect(screen.getByLabelText(/websocket.connect/)).toBeDisabled();
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

        await screen.findByText(/Saved "Frost"/);
        expect(sent.find((s) => s.method === 'POST' && s.url === '/templates')!.body).toEqual({
            key: 'subscriber_frost', name: 'Frost', selector: { mode: 'match', nodes: [1] }, permissions: ['control.console', 'control.start'],
        });
    });

    it('maps an unmapped product and says what happens to its subscribers', async () => {
        answer('GET /products', { data: [{ product_key: 'mystery', template_key: null, template_name: null, subscribers: 2, unmapped: true }] });
        answer('GET /templates', { data: [{ id: 1, key: 'subscriber_knight', name: 'Knight', selector: { mode: 'all' }, permissions: [], products: [], servers_matched: 3, updated_at: '2026-11-24T00:00:00Z' }] });
        answer('PUT /products/mystery', { product_key: 'mystery', template_key: 'subscriber_knight', template_name: 'Knight', subscribers: 2, unmapped: false });
        window.location.hash = 'products';
        fresh(<App settings={settings} />);
        expect(await screen.findByText('unmapped')).toBeInTheDocument();
        fireEvent.change(screen.getByLabelText('Template for mystery'), { target: { value: 'subscriber_knight' } });
        expect(await screen.findByText(/mystery now grants Knight; its 2 subscriber\(s\)/)).toBeInTheDocument();
        expect(sent.find((s) => s.method === 'PUT')!.body).toEqual({ template_key: 'subscriber_knight' });
    });

    it('searches subscribers, opens one and acts on it', async () => {
        const subscriber = { customer_id: 'c1', email: 'alex@example.com', user_id: 4, username: 'alex', servers_granted: 2, needs_attention: false, override: null,
            subscriptions: [{ subscription_id: 's1', product_key: 'awakened', template_key: 'a', tier: 'Awakened', state: 'active', reason: 'active', grace_until: null, access_until: null, needs_attention: false, last_error: null, reconciled_at: null }] };
        answer('GET /subscribers', (_: unknown, url: string) => ({ data: url.includes('search=alex') || !url.includes('search') ? [subscriber] : [], next_cursor: null }));
        answer('GET /subscribers/c1', { subscriber, grants: [{ server_id: 1, server_name: 'Frost Hub', permissions: ['websocket.connect'], revocation_pending: false, applied_at: '2026-11-24T00:00:00Z' }], timeline: [{ at: '2026-11-24T00:00:00Z', kind: 'event', title: 'subscription.created', detail: 'x', outcome: 'processed' }] });
        answer('POST /subscribers/c1/actions', { message: 'Suspended until resumed. 2 change(s).', changes: ['revoke server 1: [websocket.connect] → []'] });
        window.location.hash = 'subscribers';
        fresh(<App settings={settings} />);

        fireEvent.change(await screen.findByLabelText('Search subscribers'), { target: { value: 'nobody' } });
        expect(await screen.findByText('Nobody matches.', {}, { timeout: 2000 })).toBeInTheDocument();
        fireEvent.change(screen.getByLabelText('Search subscribers'), { target: { value: 'alex' } });
        fireEvent.click(await screen.findByRole('button', { name: 'Open' }, { timeout: 2000 }));
        expect(await screen.findByText('Frost Hub')).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
        expect(await screen.findByText(/Suspended until resumed/)).toBeInTheDocument();
        expect(sent.find((s) => s.method === 'POST')!.body).toEqual({ action: 'suspend', until: undefined });
    });

    it('filters the provisioning log and marks failures with their error', async () => {
        answer('GET /log', (_: unknown, url: string) => ({ data: url.includes('outcome=failed') ? [{ id: 5, at: '2026-11-24T00:00:00Z', trigger: 'event', trigger_ref: 'msg', customer_id: 'c1', user_id: 1, server_id: 2, server_name: 'Fire Hub', action: 'grant', permissions_before: [], permissions_after: ['a'], outcome: 'failed', error: 'Wings said no', duration_ms: 4 }] : [], next_cursor: null }));
        window.location.hash = 'log';
        fresh(<App settings={settings} />);
        expect(await screen.findByText('No actions match.')).toBeInTheDocument();
        fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'failed' } });
        const row = await screen.findByTestId('log-row');
        expect(row).toHaveAttribute('data-problem', 'true');
        expect(within(row).getByText('Wings said no')).toBeInTheDocument();
        expect(sent.some((s) => s.url.includes('outcome=failed'))).toBe(true);
    });

    it('shows an event payload and replays it; lists refused deliveries with reasons', async () => {
        answer('GET /events', { data: [{ id: 3, webhook_id: 'msg_1', type: 'subscription.created', format: 'canonical', subscription_id: 's1', customer_id: 'c1', occurred_at: '2026-11-24T00:00:00Z', sequence: 1, received_at: '2026-11-24T00:00:01Z', processed_at: null, source_ip: '127.0.0.1' }], next_cursor: null });
        answer('GET /events/3', { id: 3, webhook_id: 'msg_1', type: 'subscription.created', format: 'canonical', subscription_id: 's1', customer_id: 'c1', occurred_at: '2026-11-24T00:00:00Z', sequence: 1, received_at: '2026-11-24T00:00:01Z', processed_at: null, source_ip: '127.0.0.1', body: '{"type":"subscription.created"}', headers: { 'webhook-id': 'msg_1' } });
        answer('POST /events/3/replay', { message: 'Replayed msg_1: 2 change(s).', changes: [] });
        answer('GET /rejections', { data: [{ id: 1, at: '2026-11-24T00:00:00Z', status: 401, code: 'bad_signature', reason: 'No signature matches a current secret', source_ip: '203.0.113.9', body_size: 120, webhook_id: null }], next_cursor: null });
        window.location.hash = 'inbox';
        fresh(<App settings={settings} />);
        fireEvent.click(await screen.findByRole('button', { name: 'Payload' }));
        expect(await screen.findByText(/"type": "subscription.created"/)).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Replay' }));
        expect(await screen.findByText('Replayed msg_1: 2 change(s).')).toBeInTheDocument();
        expect(screen.getByTestId('rejection-row')).toHaveTextContent('No signature matches a current secret');
    });

    it('saves settings, shows a 422 next to its field, and shows a rotated secret once', async () => {
        const wire = { webhook_url: settings.webhookUrl, secret_configured: true, previous_secret_until: null, secret_overlap_hours: 24, grace_days: 7, ip_allowlist: [], trusted_proxies: [], rate_limit_per_minute: 600, emails_per_server: false, delete_accounts_on_termination: false, reconcile_interval_minutes: 15, last_contact_at: null };
        answer('GET /settings', wire);
        answer('PATCH /settings', (body: any) => {
            if (body.ip_allowlist?.includes('bogus')) throw httpError(422, { message: 'x', errors: { ip_allowlist: ['"bogus" is not an IP address or CIDR range'] } });
            return { ...wire, ...body };
        });
        answer('POST /settings/secret', { secret: 'whsec_NEWSECRET', previous_secret_until: '2026-11-25T00:00:00Z' });
        jest.spyOn(window, 'confirm').mockReturnValue(true);
        window.location.hash = 'settings';
        fresh(<App settings={settings} />);

        fireEvent.change(await screen.findByLabelText('IP allowlist'), { target: { value: 'bogus' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findAllByText(/"bogus" is not an IP address or CIDR range/)).not.toHaveLength(0);

        fireEvent.change(screen.getByLabelText('IP allowlist'), { target: { value: '203.0.113.0/24\n' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText('Saved.')).toBeInTheDocument();
        expect(sent.filter((s) => s.method === 'PATCH').pop()!.body).toMatchObject({ ip_allowlist: ['203.0.113.0/24'], grace_days: 7 });

        fireEvent.click(screen.getByRole('button', { name: 'Rotate secret' }));
        expect(await screen.findByLabelText('New webhook secret')).toHaveValue('whsec_NEWSECRET');
        fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
        expect(screen.queryByLabelText('New webhook secret')).toBeNull();
    });
});

describe('reconcile everything now', () => {
    it('follows the run to the end with a progress bar', async () => {
        let polls = 0;
        answer('POST /reconcile', { run_id: 'r1', total: 4, done: 0, failed: 0, finished: false });
        answer('GET /reconcile/r1', () => (++polls < 3 ? { run_id: 'r1', total: 4, done: polls, failed: 0, finished: false } : { run_id: 'r1', total: 4, done: 4, failed: 1, finished: true }));
        render(<ReconcileAllButton pollMs={5} />);
        fireEvent.click(screen.getByRole('button', { name: 'Reconcile everything now' }));
        await waitFor(() => expect(screen.getByTestId('reconcile-progress')).toHaveTextContent('4 of 4 subscribers, 1 failed'));
        expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
        expect(screen.getByRole('button', { name: 'Reconcile everything now' })).toBeEnabled();
        await act(async () => undefined);
    });
});
