/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InboxContainer } from '../../../admin/src/components/inbox/InboxContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

describe('the event inbox', () => {
    it('tells how to get the first event, and that nothing was refused', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        answer('GET /rejections', { data: [], next_cursor: null });
        renderFresh(<InboxContainer webhookUrl={wire.WEBHOOK_URL} />);
        expect(await screen.findByText('No events stored yet.')).toBeInTheDocument();
        expect(screen.getByText(/Paste the webhook URL into Paymenter and press/)).toBeInTheDocument();
        expect(screen.getByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);
        expect(await screen.findByText('Nothing refused.')).toBeInTheDocument();
    });

    it('expands a row to its pretty-printed body and headers, and replays it', async () => {
        answer('GET /events', { data: [wire.inboxEvent({ processed_at: null })], next_cursor: null });
        answer('GET /events/3', {
            ...wire.inboxEvent(),
            body: '{"type":"subscription.created","data":{"tier":"knight"}}',
            headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': '1764000000' },
        });
        answer('POST /events/3/replay', {
            message: 'Replayed msg_1: 2 change(s).',
            changes: ['grant Frost Hub', 'grant Fire Hub'],
        });
        answer('GET /rejections', { data: [], next_cursor: null });
        renderFresh(<InboxContainer />);
        const row = await screen.findByTestId('event-row');
        expect(row).toHaveTextContent('waiting');
        fireEvent.click(within(row).getByRole('button', { name: 'Payload' }));
        const body = await screen.findByTestId('event-body');
        expect(body.textContent).toBe(
            JSON.stringify({ type: 'subscription.created', data: { tier: 'knight' } }, null, 2),
        );
        expect(screen.getByTestId('event-headers')).toHaveTextContent(
            'webhook-id: msg_1 webhook-timestamp: 1764000000',
        );
        expect(within(row).getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');

        fireEvent.click(within(row).getByRole('button', { name: 'Replay' }));
        expect(await screen.findByText('Replayed msg_1: 2 change(s).')).toBeInTheDocument();
        expect(screen.getByText('grant Fire Hub')).toBeInTheDocument();
        expect(calls(sent, 'POST', '/events/3/replay')).toHaveLength(1);
    });

    it('shows a body that is not JSON as it is, and a refused replay with its reason', async () => {
        answer('GET /events', { data: [wire.inboxEvent()], next_cursor: null });
        answer('GET /events/3', { ...wire.inboxEvent(), body: 'not json {', headers: {} });
        answer('POST /events/3/replay', () => {
            throw httpError(422, { message: 'This event names no customer.' });
        });
        answer('GET /rejections', { data: [], next_cursor: null });
        renderFresh(<InboxContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Payload' }));
        expect(await screen.findByTestId('event-body')).toHaveTextContent('not json {');
        fireEvent.click(screen.getByRole('button', { name: 'Replay' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('This event names no customer.');
    });

    it('filters by type and customer', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        answer('GET /rejections', { data: [], next_cursor: null });
        renderFresh(<InboxContainer />);
        await screen.findByText('No events stored yet.');
        fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'payment.failed' } });
        fireEvent.change(screen.getByLabelText('Filter by customer or subscription'), { target: { value: 'c1' } });
        await waitFor(() => expect(sent.map((s) => s.url)).toContain('/events?customer=c1&type=payment.failed'), {
            timeout: 2000,
        });
        expect(await screen.findByText('No events match.')).toBeInTheDocument();
    });

    it('lists refused deliveries with status, code, reason, address, size and time', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        answer('GET /rejections', { data: [wire.rejection()], next_cursor: null });
        renderFresh(<InboxContainer />);
        const row = await screen.findByTestId('rejection-row');
        for (const text of [
            '401',
            'bad_signature',
            'No signature matches a current secret',
            '203.0.113.9',
            '2.0 KB',
            'msg_9',
        ])
            expect(row).toHaveTextContent(text);
        expect(row).toHaveTextContent(
            new Date('2026-11-24T00:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
        );
    });
});
