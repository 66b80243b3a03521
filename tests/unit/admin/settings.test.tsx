/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { SettingsContainer } from '../../../admin/src/components/settings/SettingsContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(() => {
    reset();
    answer('GET /overview', wire.overview());
    answer('GET /notifications', {
        urls: [],
        secret_configured: false,
        previous_secret_until: null,
        destinations: [],
        dead: [],
    });
});

describe('settings', () => {
    it('shows the last test ping from Paymenter and the last self-test apart', async () => {
        answer(
            'GET /settings',
            wire.settings({
                last_paymenter_ping_at: null,
                last_self_test_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
                last_contact_at: null,
            }),
        );
        renderFresh(<SettingsContainer />);
        const times = await screen.findByTestId('contact-times');
        expect(times).toHaveTextContent('Last test ping from Paymenter: never');
        expect(times).toHaveTextContent('Last self-test from this page: 3 h ago');
    });

    it('shows the webhook URL and the secret state, and sends only what changed', async () => {
        let current = wire.settings();
        answer('GET /settings', () => current);
        answer('PATCH /settings', (body: any) => (current = { ...current, ...body }));
        renderFresh(<SettingsContainer />);
        expect(await screen.findByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);
        expect(screen.getByTestId('secret-status')).toHaveTextContent('configured');

        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText('Nothing changed.')).toBeInTheDocument();
        expect(calls(sent, 'PATCH', '/settings')).toHaveLength(0);

        fireEvent.change(screen.getByLabelText('Grace days'), { target: { value: '3' } });
        fireEvent.change(screen.getByLabelText('Trusted proxies'), { target: { value: '10.0.0.1\n\n 10.0.0.2 \n' } });
        fireEvent.click(screen.getByRole('checkbox', { name: /Email per server/ }));
        fireEvent.click(screen.getByRole('checkbox', { name: /HTTPS only/ }));
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
        expect(calls(sent, 'PATCH', '/settings').map((c) => c.body)).toEqual([
            { grace_days: 3, trusted_proxies: ['10.0.0.1', '10.0.0.2'], emails_per_server: true, https_only: true },
        ]);
    });

    it("checks numbers first, then shows the server's 422 next to its field", async () => {
        answer('GET /settings', wire.settings());
        answer('PATCH /settings', () => {
            throw httpError(422, {
                message: 'x',
                errors: { 'ip_allowlist.0': ['"bogus" is not an IP address or CIDR range.'] },
            });
        });
        renderFresh(<SettingsContainer />);
        fireEvent.change(await screen.findByLabelText('Grace days'), { target: { value: '400' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText('A whole number from 0 to 90.')).toBeInTheDocument();
        expect(screen.getByLabelText('Grace days')).toHaveAttribute('aria-invalid', 'true');
        expect(calls(sent, 'PATCH', '/settings')).toHaveLength(0);

        fireEvent.change(screen.getByLabelText('Grace days'), { target: { value: '7' } });
        fireEvent.change(screen.getByLabelText('IP allowlist'), { target: { value: 'bogus' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText('"bogus" is not an IP address or CIDR range.')).toBeInTheDocument();
        expect(screen.getByLabelText('IP allowlist')).toHaveAttribute('aria-invalid', 'true');
        expect(screen.getByLabelText('IP allowlist')).toHaveAccessibleDescription(/"bogus" is not an IP address/);
        expect(calls(sent, 'PATCH', '/settings').map((c) => c.body)).toEqual([{ ip_allowlist: ['bogus'] }]);
        expect(screen.getByRole('button', { name: 'Save settings' })).toBeEnabled();
    });

    it('shows a rotated secret once, with until when the old one works', async () => {
        answer('GET /settings', wire.settings());
        answer('POST /settings/secret', { secret: 'whsec_NEWSECRET', previous_secret_until: '2026-11-25T00:00:00Z' });
        renderFresh(<SettingsContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Rotate secret' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent('keeps working for 24 hour(s)');
        expect(calls(sent, 'POST', '/settings/secret')).toHaveLength(0);
        fireEvent.click(screen.getByRole('button', { name: 'Make a new secret' }));

        expect(await screen.findByLabelText('New webhook secret')).toHaveValue('whsec_NEWSECRET');
        const box = screen.getByTestId('new-secret');
        expect(box).toHaveTextContent('It is shown only this once.');
        expect(box).toHaveTextContent(
            `keeps working until ${new Date('2026-11-25T00:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`,
        );
        fireEvent.click(within(box).getByRole('button', { name: 'I have copied it' }));
        expect(screen.queryByLabelText('New webhook secret')).toBeNull();
        expect(document.body.textContent).not.toContain('whsec_NEWSECRET');
        expect(calls(sent, 'POST', '/settings/secret')).toHaveLength(1);
    });

    it('generates the first secret without asking', async () => {
        answer('GET /settings', wire.settings({ secret_configured: false }));
        answer('POST /settings/secret', { secret: 'whsec_FIRST', previous_secret_until: null });
        renderFresh(<SettingsContainer />);
        expect(await screen.findByTestId('secret-status')).toHaveTextContent('not set');
        fireEvent.click(screen.getByRole('button', { name: 'Generate secret' }));
        expect(await screen.findByLabelText('New webhook secret')).toHaveValue('whsec_FIRST');
        expect(screen.getByTestId('new-secret')).toHaveTextContent('only this one works from now on');
    });

    it('sends a test event and shows status, answer and time', async () => {
        answer('GET /settings', wire.settings());
        answer('POST /settings/test-event', { status: 200, answer: { status: 'pong' }, ms: 42 });
        renderFresh(<SettingsContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Send a test event' }));
        const result = await screen.findByTestId('test-event-result');
        expect(result).toHaveTextContent('The webhook answered 200 in 42 ms.');
        expect(result).toHaveTextContent('"status": "pong"');
    });

    it('says why a test event failed', async () => {
        answer('GET /settings', wire.settings({ secret_configured: false }));
        answer('POST /settings/test-event', () => {
            throw httpError(422, { message: 'x', errors: { secret: ['Generate a webhook secret first.'] } });
        });
        renderFresh(<SettingsContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Send a test event' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('Generate a webhook secret first.');
    });
});
