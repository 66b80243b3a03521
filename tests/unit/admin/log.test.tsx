/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LogContainer } from '../../../admin/src/components/log/LogContainer';
import { answer, reset, sent } from './fake-api';
import { renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(() => {
    reset();
    answer('GET /catalogue', wire.catalogue);
});

describe('the provisioning log', () => {
    it('says what will appear when it is empty', async () => {
        answer('GET /log', { data: [], next_cursor: null });
        renderFresh(<LogContainer />);
        expect(await screen.findByText('No actions yet.')).toBeInTheDocument();
    });

    it('marks failed and conflicting rows with their error', async () => {
        answer('GET /log', {
            data: [
                wire.logEntry({ id: 7, outcome: 'conflict', error: 'The account was not created by Tiergate.' }),
                wire.logEntry({ id: 6, outcome: 'failed', error: 'Wings said no' }),
                wire.logEntry(),
            ],
            next_cursor: null,
        });
        renderFresh(<LogContainer />);
        const rows = await screen.findAllByTestId('log-row');
        expect(rows.map((r) => r.getAttribute('data-problem'))).toEqual(['true', 'true', 'false']);
        expect(within(rows[1]!).getByText('Wings said no')).toBeInTheDocument();
        expect(rows[2]).toHaveTextContent('[] → [control.console]');
        expect(rows[2]).toHaveTextContent('Fire Hub');
    });

    it('sends every filter, debounced, and starts over from the first page', async () => {
        answer('GET /log', (_: unknown, url: string) => ({
            data: url.includes('outcome=failed') ? [wire.logEntry({ outcome: 'failed', error: 'Wings said no' })] : [],
            next_cursor: null,
        }));
        renderFresh(<LogContainer />);
        await screen.findByText('No actions yet.');
        fireEvent.change(screen.getByLabelText('Filter by subscriber'), { target: { value: ' c1 ' } });
        fireEvent.change(await screen.findByRole('combobox', { name: 'Filter by server' }), { target: { value: '2' } });
        fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'grant' } });
        fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'failed' } });
        fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-11-20T08:00' } });
        fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-11-24T18:30' } });
        const row = await screen.findByTestId('log-row', {}, { timeout: 2000 });
        expect(row).toHaveAttribute('data-problem', 'true');
        const expected = `/log?action=grant&customer=c1&outcome=failed&server=2&since=${encodeURIComponent(new Date('2026-11-20T08:00').toISOString())}&until=${encodeURIComponent(new Date('2026-11-24T18:30').toISOString())}`;
        expect(sent.map((s) => s.url)).toContain(expected);
        // Debounced: the burst of six changes did not ask once per change.
        expect(sent.filter((s) => s.url.startsWith('/log')).length).toBeLessThanOrEqual(3);

        fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
        expect(await screen.findByText('No actions yet.', {}, { timeout: 2000 })).toBeInTheDocument();
    });

    it('loads older rows by cursor, and live refresh can be paused', async () => {
        answer('GET /log', (_: unknown, url: string) =>
            url.includes('cursor=5')
                ? { data: [wire.logEntry({ id: 4, action: 'revoke' })], next_cursor: null }
                : { data: [wire.logEntry()], next_cursor: '5' },
        );
        renderFresh(<LogContainer />);
        await screen.findByTestId('log-row');
        fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
        await waitFor(() => expect(screen.getAllByTestId('log-row')).toHaveLength(2));
        expect(sent.map((s) => s.url)).toContain('/log?cursor=5');

        const toggle = screen.getByRole('button', { name: /Pause live updates/ });
        expect(toggle).toHaveAttribute('aria-pressed', 'false');
        fireEvent.click(toggle);
        expect(screen.getByRole('button', { name: /Resume live updates/ })).toHaveAttribute('aria-pressed', 'true');
    });

    it('collapses consecutive identical rows into one with how many and since when', async () => {
        const failed = (id: number, at: string) =>
            wire.logEntry({
                id,
                at,
                customer_id: 'c1',
                server_id: 2,
                action: 'grant',
                outcome: 'failed',
                error: 'Wings said no',
            });
        answer('GET /log', {
            data: [
                failed(20, '2026-11-24T10:50:00'),
                failed(19, '2026-11-24T10:45:00'),
                failed(18, '2026-11-24T10:36:00'),
                wire.logEntry({
                    id: 17,
                    at: '2026-11-24T10:30:00',
                    customer_id: 'c1',
                    server_id: 2,
                    action: 'grant',
                    outcome: 'failed',
                    error: 'Wings timed out',
                }),
                failed(16, '2026-11-24T10:20:00'),
                wire.logEntry({
                    id: 15,
                    customer_id: 'c2',
                    server_id: 2,
                    action: 'grant',
                    outcome: 'failed',
                    error: 'Wings said no',
                }),
            ],
            next_cursor: null,
        });
        renderFresh(<LogContainer />);
        const rows = await screen.findAllByTestId('log-row');
        expect(rows).toHaveLength(4);
        const since = new Date('2026-11-24T10:36:00').toLocaleTimeString(undefined, { timeStyle: 'short' });
        expect(within(rows[0]!).getByTestId('log-repeats')).toHaveTextContent(`× 3 since ${since}`);
        expect(rows[0]).toHaveTextContent(
            new Date('2026-11-24T10:50:00').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
        );
        expect(rows[1]).toHaveTextContent('Wings timed out');
        expect(rows.slice(1).map((r) => within(r).queryByTestId('log-repeats'))).toEqual([null, null, null]);
    });

    it('names the subscriber by email and the acting admin by username, never "admin: user:1"', async () => {
        answer('GET /log', {
            data: [
                wire.logEntry({ id: 9, trigger: 'admin', trigger_ref: 'user:1', actor_name: 'ops-admin' }),
                wire.logEntry({
                    id: 8,
                    trigger: 'admin',
                    trigger_ref: 'user:7',
                    actor_name: null,
                    customer_email: null,
                    action: 'revoke',
                }),
            ],
            next_cursor: null,
        });
        renderFresh(<LogContainer />);
        const rows = await screen.findAllByTestId('log-row');
        expect(rows[0]).toHaveTextContent('admin ops-admin');
        expect(rows[1]).toHaveTextContent('admin (panel user #7)');
        for (const r of rows) expect(r).not.toHaveTextContent('user:');
        // The subscriber is a link to their own page; a second control narrows the log to them.
        expect(within(rows[0]!).getByRole('link', { name: 'alex@example.com' })).toHaveAttribute(
            'href',
            '#subscribers/c1',
        );
        expect(within(rows[1]!).getByRole('link', { name: 'c1' })).toHaveAttribute('href', '#subscribers/c1');
        fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Show only alex@example.com in the log' }));
        expect(screen.getByLabelText('Filter by subscriber')).toHaveValue('alex@example.com');
        expect(screen.getByLabelText('Filter by subscriber').getAttribute('placeholder')).toMatch(/^e\.g\. .*@/);
    });
});
