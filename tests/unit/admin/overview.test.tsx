/** @jest-environment jsdom */
import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OverviewContainer } from '../../../admin/src/components/overview/OverviewContainer';
import { ReconcileAllButton } from '../../../admin/src/components/overview/ReconcileAllButton';
import { SETUP_LABELS } from '../../../admin/src/components/overview/SetupChecklist';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

describe('the overview', () => {
    it('shows health, the states, the chart and a copyable webhook URL', async () => {
        answer('GET /overview', wire.overview({ pending_events: 4, retrying: 1, needs_attention: 2 }));
        const go = jest.fn();
        renderFresh(<OverviewContainer onNavigate={go} />);
        expect(await screen.findByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);
        expect(screen.getByTestId('pending-count')).toHaveTextContent('4');
        expect(screen.getByTestId('state-active')).toHaveTextContent('active2');
        expect(screen.getByTestId('state-grace')).toHaveTextContent('grace1');
        expect(
            screen.getByRole('img', { name: /Events received per day, last 14 days: 7 in all/ }),
        ).toBeInTheDocument();
        expect(screen.getByTestId('events-chart').querySelectorAll('g[data-count="5"]')).toHaveLength(1);
        expect(screen.getByText(/The webhook secret is configured/)).toBeInTheDocument();
        // A real link, so it can be opened in a new tab or pasted into a ticket.
        expect(
            within(screen.getByTestId('attention-count')).getByRole('link', { name: '2 subscribers' }),
        ).toHaveAttribute('href', '#subscribers?attention');
    });

    it('says what to do when nothing is set up: no secret, no events, a dead worker, unmapped products', async () => {
        answer(
            'GET /overview',
            wire.overview({
                secret_configured: false,
                worker_alive: false,
                unmapped_products: ['mystery'],
                events_per_day: wire.overview().events_per_day.map((d) => ({ ...d, count: 0 })),
            }),
        );
        const go = jest.fn();
        renderFresh(<OverviewContainer onNavigate={go} />);
        expect(await screen.findByTestId('secret-missing')).toHaveTextContent(
            'every event is refused until there is one',
        );
        expect(screen.getByText('No events in the last 14 days.')).toBeInTheDocument();
        expect(screen.getByTestId('empty-state')).toHaveTextContent(
            'Paste the webhook URL into Paymenter and press Test connection',
        );
        expect(screen.getByText('no heartbeat')).toBeInTheDocument();
        expect(screen.getByText(/Start the panel's queue worker/)).toBeInTheDocument();
        expect(screen.getByTestId('unmapped-products')).toHaveTextContent('Unmapped product(s): mystery');
        fireEvent.click(screen.getByRole('button', { name: /map them to a role template/ }));
        expect(go).toHaveBeenCalledWith('products');
        fireEvent.click(screen.getByRole('button', { name: 'Generate it under Settings' }));
        expect(go).toHaveBeenCalledWith('settings');
    });

    it("shows the server's reason when the overview fails", async () => {
        answer('GET /overview', () => {
            throw httpError(503, { message: 'The database is down.' });
        });
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        expect(await screen.findByRole('alert')).toHaveTextContent('The database is down.');
    });
});

describe('reconcile everything now', () => {
    it('follows the run to the end with a progress bar', async () => {
        let polls = 0;
        answer('POST /reconcile', { run_id: 'r1', total: 4, done: 0, failed: 0, finished: false });
        answer('GET /reconcile/r1', () =>
            ++polls < 3
                ? { run_id: 'r1', total: 4, done: polls, failed: 0, finished: false }
                : { run_id: 'r1', total: 4, done: 4, failed: 1, finished: true },
        );
        const finished = jest.fn();
        render(<ReconcileAllButton pollMs={5} onFinished={finished} />);
        fireEvent.click(screen.getByRole('button', { name: 'Reconcile everything now' }));
        expect(await screen.findByRole('button', { name: 'Reconciling…' })).toBeDisabled();
        await waitFor(() =>
            expect(screen.getByTestId('reconcile-progress')).toHaveTextContent('4 of 4 subscribers, 1 failed'),
        );
        expect(screen.getByTestId('reconcile-progress')).toHaveTextContent('done.');
        expect(screen.getByRole('progressbar', { name: 'Reconcile progress' })).toHaveAttribute('aria-valuenow', '4');
        expect(screen.getByRole('button', { name: 'Reconcile everything now' })).toBeEnabled();
        expect(calls(sent, 'GET', '/reconcile/r1')).toHaveLength(3);
        expect(finished).toHaveBeenCalledTimes(1);
    });

    it('says why a run could not start', async () => {
        answer('POST /reconcile', () => {
            throw httpError(409, { message: 'A full reconcile is already running.' });
        });
        render(<ReconcileAllButton pollMs={5} />);
        fireEvent.click(screen.getByRole('button', { name: 'Reconcile everything now' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('A full reconcile is already running.');
    });
});

describe('contact from Paymenter and the self-test', () => {
    it('shows them apart: the panel testing itself is not contact from Paymenter', async () => {
        const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
        answer(
            'GET /overview',
            wire.overview({ last_paymenter_ping_at: null, last_self_test_at: tenMinutesAgo, last_ping_at: null }),
        );
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        expect(await screen.findByTestId('paymenter-ping')).toHaveTextContent(/^never/);
        expect(screen.getByTestId('paymenter-ping')).toHaveTextContent('Press "Test connection"');
        expect(screen.getByTestId('self-test')).toHaveTextContent('10 min ago');
    });
});

describe('the go-live checklist', () => {
    const steps = () => screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-step'));

    it('ticks each step from the data, with its label', async () => {
        answer(
            'GET /overview',
            wire.overview({ mode: wire.SHADOW, setup: wire.setup('products_mapped', 'shadow_reviewed', 'live') }),
        );
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        const card = await screen.findByTestId('setup-checklist');
        expect(within(card).getByRole('heading')).toHaveTextContent('Go live checklist');
        expect(
            steps().map((li) => [li.getAttribute('data-step'), li.getAttribute('data-done'), li.textContent]),
        ).toEqual([
            [
                'secret',
                'true',
                '✓Webhook secret created (Settings → Generate secret, or php artisan tiergate:secret) (done)',
            ],
            ['webhook_url_copied', 'true', '✓Webhook URL copied into Paymenter (done)'],
            ['first_delivery', 'true', '✓First delivery from Paymenter received (done)'],
            ['products_mapped', 'false', '☐Every product mapped to a role template (to do)'],
            ['shadow_reviewed', 'false', '☐Shadow mode reviewed (a subscriber applied by hand) (to do)'],
            ['live', 'false', '☐Live (to do)'],
        ]);
    });

    it('names the same two places to create the secret as the README, and the button is called that', () => {
        const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
        const step = readme.split('\n3. ')[1]!.split('\n4. ')[0]!.replace(/\s+/g, ' ');
        expect(step).toContain('Settings → Generate secret');
        expect(step).toContain('php artisan tiergate:secret');
        expect(SETUP_LABELS.secret).toContain('Settings → Generate secret');
        expect(SETUP_LABELS.secret).toContain('php artisan tiergate:secret');
        const button = fs.readFileSync(
            path.join(__dirname, '..', '..', '..', 'admin/src/components/settings/SecretRotation.tsx'),
            'utf8',
        );
        expect(button).toContain("'Generate secret'");
    });

    it('goes live only after confirming, follows the run to the end, then ticks Live', async () => {
        let mode = wire.SHADOW;
        let polls = 0;
        answer('GET /overview', () =>
            wire.overview({
                mode,
                setup: mode === wire.SHADOW ? wire.setup('live') : wire.setup(),
                subscribers_by_state: { pending: 1, active: 4, grace: 0, suspended: 0, ended: 0 },
            }),
        );
        answer('POST /mode', () => {
            mode = wire.LIVE;
            return { mode, run: wire.run({ total: 5 }) };
        });
        answer('GET /reconcile/r1', () =>
            ++polls < 2 ? wire.run({ total: 5, done: 2 }) : wire.run({ total: 5, done: 5, failed: 1, finished: true }),
        );
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        const card = await screen.findByTestId('setup-checklist');
        fireEvent.click(within(card).getByRole('button', { name: 'Go live' }));
        expect(within(card).getByRole('alertdialog')).toHaveTextContent(
            "Go live? Every subscriber's pending plan is applied now: 5 subscribers.",
        );
        fireEvent.click(within(card).getByRole('button', { name: 'Cancel' }));
        expect(calls(sent, 'POST', '/mode')).toHaveLength(0);

        fireEvent.click(within(card).getByRole('button', { name: 'Go live' }));
        fireEvent.click(within(card).getByRole('button', { name: 'Go live now' }));
        await waitFor(() => expect(screen.getByTestId('go-live-progress')).toHaveTextContent('2 of 5 subscribers…'), {
            timeout: 3000,
        });
        expect(card.querySelector('[data-step="live"]')).toHaveAttribute('data-done', 'false');
        await waitFor(() => expect(card.querySelector('[data-step="live"]')).toHaveAttribute('data-done', 'true'), {
            timeout: 4000,
        });
        expect(screen.getByTestId('go-live-progress')).toHaveTextContent('5 of 5 subscribers, 1 failed');
        expect(screen.getByTestId('go-live-progress')).toHaveTextContent('done.');
        expect(within(card).queryByRole('button', { name: 'Go live' })).toBeNull();
        expect(calls(sent, 'POST', '/mode').map((c) => c.body)).toEqual([{ action: 'go_live' }]);
    });

    it('shrinks to one line once every step is done', async () => {
        answer('GET /overview', wire.overview());
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        expect(await screen.findByTestId('setup-done')).toHaveTextContent('Set up and live.');
        expect(screen.queryByTestId('setup-checklist')).toBeNull();
    });

    it('records that the webhook URL was copied (button or Ctrl+C), until the step is ticked', async () => {
        let copied = false;
        answer('GET /overview', () =>
            wire.overview({
                mode: wire.SHADOW,
                setup: copied ? wire.setup('live') : wire.setup('webhook_url_copied', 'live'),
            }),
        );
        answer('POST /setup/webhook-url-copied', () => {
            copied = true;
            return '';
        });
        const writeText = jest.fn(() => Promise.resolve());
        Object.assign(navigator, { clipboard: { writeText } });
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        const card = await screen.findByTestId('setup-checklist');
        expect(card.querySelector('[data-step="webhook_url_copied"]')).toHaveAttribute('data-done', 'false');
        fireEvent.click(within(screen.getByTestId('overview-connect')).getByRole('button', { name: 'Copy' }));
        await waitFor(() =>
            expect(card.querySelector('[data-step="webhook_url_copied"]')).toHaveAttribute('data-done', 'true'),
        );
        expect(writeText).toHaveBeenCalledWith(wire.WEBHOOK_URL);
        fireEvent.copy(screen.getByLabelText('Webhook URL'));
        expect(calls(sent, 'POST', '/setup/webhook-url-copied')).toHaveLength(1);
    });

    it('records a Ctrl+C in the field too', async () => {
        answer('GET /overview', wire.overview({ setup: wire.setup('webhook_url_copied') }));
        answer('POST /setup/webhook-url-copied', '');
        renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        fireEvent.copy(await screen.findByLabelText('Webhook URL'));
        await waitFor(() => expect(calls(sent, 'POST', '/setup/webhook-url-copied')).toHaveLength(1));
    });
});
