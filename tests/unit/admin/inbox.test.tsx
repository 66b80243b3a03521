/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InboxContainer } from '../../../admin/src/components/inbox/InboxContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

describe('the event inbox', () => {
    it('tells how to get the first event, and links to the refused deliveries', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        renderFresh(<InboxContainer webhookUrl={wire.WEBHOOK_URL} />);
        expect(await screen.findByText('No events stored yet.')).toBeInTheDocument();
        expect(screen.getByText(/Paste the webhook URL into Paymenter and press/)).toBeInTheDocument();
        expect(screen.getByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);
        expect(screen.getByRole('link', { name: 'Refused deliveries' })).toHaveAttribute('href', '#refused');
        expect(calls(sent, 'GET', '/rejections')).toHaveLength(0);
    });

    it('links each event to its own page and its subscriber, byte-exact ids included', async () => {
        answer('GET /events', { data: [wire.inboxEvent({ customer_id: 'cus/7 #ä' })], next_cursor: null });
        renderFresh(<InboxContainer />);
        const row = await screen.findByTestId('event-row');
        const when = new Date('2026-11-24T00:00:01Z').toLocaleString(undefined, {
            dateStyle: 'medium',
            timeStyle: 'short',
        });
        expect(within(row).getByRole('link', { name: when })).toHaveAttribute('href', '#inbox/3');
        expect(within(row).getByRole('link', { name: 'cus/7 #ä' })).toHaveAttribute(
            'href',
            `#subscribers/${encodeURIComponent('cus/7 #ä')}`,
        );
    });

    it('opens an event from its address, with its body, its subscriber and Replay, and goes back', async () => {
        answer('GET /events/3', {
            ...wire.inboxEvent(),
            body: '{"type":"subscription.created"}',
            headers: { 'webhook-id': 'msg_1' },
        });
        answer('GET /events', { data: [wire.inboxEvent()], next_cursor: null });
        window.history.replaceState(null, '', '#inbox/3');
        renderFresh(<InboxContainer />);
        const page = await screen.findByTestId('event-page');
        expect(await within(page).findByTestId('event-body')).toHaveTextContent('"type": "subscription.created"');
        expect(within(page).getByRole('link', { name: 'c1' })).toHaveAttribute('href', '#subscribers/c1');
        expect(within(page).getByRole('button', { name: 'Replay' })).toBeEnabled();

        fireEvent.click(within(page).getByRole('link', { name: '← Event inbox' }));
        await waitFor(() => expect(screen.queryByTestId('event-page')).toBeNull());
        expect(screen.getByTestId('event-row')).toBeVisible();
        expect(window.location.hash).toBe('#inbox');
    });

    it('says so when the address names no event, and keeps the filters for the way back', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        window.history.replaceState(null, '', '#inbox/abc');
        renderFresh(<InboxContainer />);
        expect(await screen.findByText('No such event')).toBeInTheDocument();
        expect(sent.filter((s) => s.url.startsWith('/events/'))).toHaveLength(0);
        fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'payment.failed' } });
        fireEvent.click(screen.getByRole('link', { name: '← Event inbox' }));
        await waitFor(() => expect(screen.queryByText('No such event')).toBeNull());
        expect(screen.getByLabelText('Event type')).toHaveValue('payment.failed');
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
        renderFresh(<InboxContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Payload' }));
        expect(await screen.findByTestId('event-body')).toHaveTextContent('not json {');
        fireEvent.click(screen.getByRole('button', { name: 'Replay' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('This event names no customer.');
    });

    it('filters by type and customer', async () => {
        answer('GET /events', { data: [], next_cursor: null });
        renderFresh(<InboxContainer />);
        await screen.findByText('No events stored yet.');
        fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'payment.failed' } });
        fireEvent.change(screen.getByLabelText('Filter by customer or subscription'), { target: { value: 'c1' } });
        await waitFor(() => expect(sent.map((s) => s.url)).toContain('/events?customer=c1&type=payment.failed'), {
            timeout: 2000,
        });
        expect(await screen.findByText('No events match.')).toBeInTheDocument();
    });
});
