/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../admin/src/App';
import { ModeBanner } from '../../../admin/src/components/mode/ModeBanner';
import { PauseBox } from '../../../admin/src/components/settings/PauseBox';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const settings = { root: '/admin/extensions/tiergate', webhookUrl: wire.WEBHOOK_URL, version: '0.1.0' };
const pausedAt = new Date('2026-11-24T06:30:00Z').toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
});

/** A run that is 1 of 3 at the first poll and finished at the second. */
const runPolls = () => {
    let polls = 0;
    answer('GET /reconcile/r1', () => (++polls < 2 ? wire.run({ done: 1 }) : wire.run({ done: 3, finished: true })));
};

beforeEach(() => {
    reset();
    window.history.replaceState(null, '', '#');
});

describe('the mode banner', () => {
    it('in shadow mode: blue, on every tab, with Go live that asks first, follows the run and then disappears', async () => {
        let mode = wire.SHADOW;
        answer('GET /overview', () => wire.overview({ mode }));
        answer('GET /settings', wire.settings());
        answer('POST /mode', () => {
            mode = wire.LIVE;
            return { mode, run: wire.run() };
        });
        runPolls();
        renderFresh(<App settings={settings} />);
        const banner = await screen.findByTestId('mode-banner');
        expect(banner).toHaveAttribute('data-mode', 'shadow');
        expect(banner).toHaveTextContent(
            'Shadow mode: Tiergate logs what it would do and changes nothing on the panel. Review subscribers, then Go live.',
        );

        fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
        await screen.findByRole('button', { name: 'Save settings' });
        expect(screen.getByTestId('mode-banner')).toHaveTextContent('Shadow mode');

        fireEvent.click(within(screen.getByTestId('mode-banner')).getByRole('button', { name: 'Go live' }));
        expect(within(screen.getByTestId('mode-banner')).getByRole('alertdialog')).toHaveTextContent(
            "Go live? Every subscriber's pending plan is applied now: 3 subscribers.",
        );
        expect(calls(sent, 'POST', '/mode')).toHaveLength(0);
        fireEvent.click(screen.getByRole('button', { name: 'Go live now' }));

        await waitFor(() => expect(screen.getByTestId('go-live-progress')).toHaveTextContent('1 of 3 subscribers…'), {
            timeout: 3000,
        });
        expect(screen.getByRole('progressbar', { name: 'Go-live progress' })).toHaveAttribute('aria-valuenow', '1');
        await waitFor(() => expect(screen.queryByTestId('mode-banner')).toBeNull(), { timeout: 4000 });
        expect(calls(sent, 'POST', '/mode').map((c) => c.body)).toEqual([{ action: 'go_live' }]);
        expect(calls(sent, 'GET', '/reconcile/r1')).toHaveLength(2);
    });

    it('paused: red, says since when, by whom and why, and unpauses after asking', async () => {
        let mode = wire.PAUSED;
        answer('GET /overview', () => wire.overview({ mode }));
        answer('POST /mode', () => {
            mode = wire.LIVE;
            return { mode, run: wire.run() };
        });
        runPolls();
        renderFresh(<ModeBanner />);
        const banner = await screen.findByTestId('mode-banner');
        expect(banner).toHaveAttribute('data-mode', 'paused');
        expect(banner).toHaveTextContent(
            `Paused since ${pausedAt} by ops-admin: Wings maintenance. Events are stored; nothing is applied.`,
        );
        fireEvent.click(within(banner).getByRole('button', { name: 'Unpause' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent('applies every event that arrived meanwhile');
        fireEvent.click(screen.getByRole('button', { name: 'Unpause now' }));
        await waitFor(() => expect(screen.getByTestId('unpause-progress')).toHaveTextContent('of 3 subscribers'));
        await waitFor(() => expect(screen.queryByTestId('mode-banner')).toBeNull(), { timeout: 4000 });
        expect(calls(sent, 'POST', '/mode').map((c) => c.body)).toEqual([{ action: 'unpause' }]);
    });

    it('live and not paused: no banner', async () => {
        answer('GET /overview', wire.overview());
        renderFresh(<App settings={settings} />);
        expect(await screen.findByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);
        expect(screen.queryByTestId('mode-banner')).toBeNull();
    });

    it("says why a switch was refused, in the server's words", async () => {
        answer('GET /overview', wire.overview({ mode: wire.SHADOW }));
        answer('POST /mode', () => {
            throw httpError(409, { message: 'A full reconcile is already running.' });
        });
        renderFresh(<ModeBanner />);
        fireEvent.click(await screen.findByRole('button', { name: 'Go live' }));
        fireEvent.click(screen.getByRole('button', { name: 'Go live now' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('A full reconcile is already running.');
        expect(screen.getByTestId('mode-banner')).toHaveAttribute('data-mode', 'shadow');
    });
});

describe('the pause box', () => {
    it("needs a reason, asks first, and shows the server's 422 on the reason next to the field", async () => {
        answer('GET /overview', wire.overview());
        answer('POST /mode', () => {
            throw httpError(422, {
                message: 'x',
                errors: { reason: ['The reason may not be greater than 191 characters.'] },
            });
        });
        renderFresh(<PauseBox />);
        const pause = await screen.findByRole('button', { name: 'Pause' });
        expect(pause).toBeDisabled();
        fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '   ' } });
        expect(pause).toBeDisabled();
        fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Wings maintenance' } });
        fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            'Pause Tiergate? Events keep being stored; nobody gains or loses access until you unpause.',
        );
        expect(calls(sent, 'POST', '/mode')).toHaveLength(0);
        fireEvent.click(screen.getByRole('button', { name: 'Pause Tiergate' }));

        expect(await screen.findByText('The reason may not be greater than 191 characters.')).toBeInTheDocument();
        expect(screen.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
        expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription(/may not be greater than 191/);
        expect(screen.getAllByRole('alert')).toHaveLength(1);
        expect(calls(sent, 'POST', '/mode').map((c) => c.body)).toEqual([
            { action: 'pause', reason: 'Wings maintenance' },
        ]);
    });

    it('pauses, then unpauses after asking and follows the run to the end', async () => {
        let mode = wire.LIVE;
        answer('GET /overview', () => wire.overview({ mode }));
        answer('POST /mode', (body: any) => {
            mode = body.action === 'pause' ? wire.PAUSED : wire.LIVE;
            return { mode, run: body.action === 'unpause' ? wire.run() : null };
        });
        runPolls();
        renderFresh(<PauseBox />);
        fireEvent.change(await screen.findByLabelText('Reason'), { target: { value: 'Wings maintenance' } });
        fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
        fireEvent.click(screen.getByRole('button', { name: 'Pause Tiergate' }));
        expect(await screen.findByTestId('pause-state')).toHaveTextContent(
            `Paused since ${pausedAt} by ops-admin: Wings maintenance.`,
        );

        fireEvent.click(screen.getByRole('button', { name: 'Unpause' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            'Unpause Tiergate? This applies every event that arrived meanwhile',
        );
        fireEvent.click(screen.getByRole('button', { name: 'Unpause now' }));
        await waitFor(() => expect(screen.getByTestId('unpause-progress')).toHaveTextContent('1 of 3 subscribers…'), {
            timeout: 3000,
        });
        await waitFor(
            () => expect(screen.getByTestId('unpause-progress')).toHaveTextContent('3 of 3 subscribers — done.'),
            { timeout: 4000 },
        );
        await waitFor(() => expect(screen.queryByTestId('pause-state')).toBeNull());
        expect(screen.getByTestId('unpaused')).toHaveTextContent('Unpaused');
        expect(screen.getByLabelText('Reason')).toHaveValue('');
        expect(calls(sent, 'POST', '/mode').map((c) => c.body)).toEqual([
            { action: 'pause', reason: 'Wings maintenance' },
            { action: 'unpause' },
        ]);
    });

    it('points to the runbook, with its main headings', async () => {
        answer('GET /overview', wire.overview());
        answer('GET /settings', wire.settings());
        window.history.replaceState(null, '', '#settings');
        renderFresh(<App settings={settings} />);
        const runbook = await screen.findByTestId('runbook');
        expect(runbook).toHaveTextContent('Operations runbook: docs/operations.md in the Tiergate package');
        expect(
            within(runbook)
                .getAllByRole('listitem')
                .map((li) => li.textContent),
        ).toEqual(['Go-live checklist', 'Pause', 'Rollback plan', 'Manual overrides', 'Incident playbooks']);
        expect(await screen.findByTestId('pause-box')).toBeInTheDocument();
    });
});
