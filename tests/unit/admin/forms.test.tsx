/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LogContainer } from '../../../admin/src/components/log/LogContainer';
import { SettingsForm } from '../../../admin/src/components/settings/SettingsForm';
import { parseLocalDateTime } from '../../../admin/src/components/elements/format';
import { Transformers } from '../../../admin/src/api/transformers';
import { answer, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

const form = (over = {}) => {
    answer('PATCH /settings', (body: any) => ({ ...wire.settings(over), ...body }));
    return renderFresh(<SettingsForm settings={Transformers.toSettings(wire.settings(over))} onSaved={() => {}} />);
};
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('forms', () => {
    it('moves focus to the first invalid field, in screen order', async () => {
        form();
        fireEvent.change(screen.getByLabelText('Secret overlap (hours)'), { target: { value: '-1' } });
        fireEvent.change(screen.getByLabelText('Grace days'), { target: { value: 'x' } });
        save();
        await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Grace days')));
        expect(screen.getByLabelText('Secret overlap (hours)')).toHaveAttribute('aria-invalid', 'true');
        expect(calls(sent, 'PATCH', '/settings')).toHaveLength(0);
    });

    it('clears a field error as soon as the value is fixed, and keeps it while it is still wrong', async () => {
        form();
        const grace = screen.getByLabelText('Grace days');
        fireEvent.change(grace, { target: { value: '400' } });
        save();
        expect(await screen.findByText('A whole number from 0 to 90.')).toBeInTheDocument();
        fireEvent.change(grace, { target: { value: '95' } });
        expect(screen.getByText('A whole number from 0 to 90.')).toBeInTheDocument();
        expect(grace).toHaveAttribute('aria-invalid', 'true');
        fireEvent.change(grace, { target: { value: '9' } });
        expect(screen.queryByText('A whole number from 0 to 90.')).toBeNull();
        expect(grace).not.toHaveAttribute('aria-invalid');
    });

    it('refuses a 95 KB paste before sending anything, without freezing the tab', async () => {
        form();
        const paste = Array.from({ length: 7500 }, (_, i) => `203.0.${i % 256}.${i % 200}`).join('\n');
        expect(paste.length).toBeGreaterThanOrEqual(95 * 1024);
        const started = performance.now();
        fireEvent.change(screen.getByLabelText('IP allowlist'), { target: { value: paste } });
        save();
        const message = await screen.findByText(/At most 100 entries/);
        const ms = performance.now() - started;
        console.log(`95 KB allowlist paste: refused in ${ms.toFixed(0)} ms`);
        expect(ms).toBeLessThan(1000);
        expect(message).toHaveTextContent(/this is \d+ KB/);
        expect(calls(sent, 'PATCH', '/settings')).toHaveLength(0);
        await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('IP allowlist')));
    });

    it('has placeholders that read as examples', () => {
        form();
        for (const label of ['IP allowlist', 'Trusted proxies', 'Billing page (Paymenter URL)'])
            expect(screen.getByLabelText(label).getAttribute('placeholder')).toMatch(/^e\.g\. /);
    });

    it('saves the billing URL the banner links to, refusing anything but http(s)', async () => {
        form();
        const url = screen.getByLabelText('Billing page (Paymenter URL)');
        fireEvent.change(url, { target: { value: 'javascript:alert(1)' } });
        save();
        expect(await screen.findByText(/The http\(s\) address of your Paymenter/)).toBeInTheDocument();
        fireEvent.change(url, { target: { value: ' https://billing.example.com ' } });
        save();
        expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
        expect(calls(sent, 'PATCH', '/settings').map((c) => c.body)).toEqual([
            { billing_url: 'https://billing.example.com' },
        ]);
    });

    it('takes dates as one typed field: one Tab stop, a pasted "2026-11-24 10:30", impossible dates marked', async () => {
        answer('GET /log', { data: [], next_cursor: null });
        answer('GET /catalogue', wire.catalogue);
        renderFresh(<LogContainer />);
        const since = screen.getByLabelText('Since');
        expect(since).toHaveAttribute('type', 'text');
        expect(since.getAttribute('placeholder')).toMatch(/^e\.g\. 2026-/);
        fireEvent.change(since, { target: { value: '2026-11-24 10:30' } });
        await waitFor(
            () =>
                expect(sent.map((s) => s.url)).toContain(
                    `/log?since=${encodeURIComponent(new Date(2026, 10, 24, 10, 30).toISOString())}`,
                ),
            { timeout: 2000 },
        );
        fireEvent.focus(since);
        fireEvent.change(since, { target: { value: '2026-02-30' } });
        fireEvent.blur(since);
        expect(screen.getByRole('alert')).toHaveTextContent('Write it as 2026-11-24 10:30');
        expect(since).toHaveAttribute('aria-invalid', 'true');

        expect(parseLocalDateTime('2026-11-24T10:30')).toEqual(new Date(2026, 10, 24, 10, 30));
        expect(parseLocalDateTime('2026-11-24')).toEqual(new Date(2026, 10, 24));
        for (const bad of ['2026-13-01', '2026-02-29 10:00', '2026-11-24 24:00', '2026-11-24 10:60', 'yesterday'])
            expect(parseLocalDateTime(bad)).toBeNull();
    });
});
