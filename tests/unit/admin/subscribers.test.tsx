/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SubscribersContainer } from '../../../admin/src/components/subscribers/SubscribersContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

const detail = (over: object = {}) => ({
    subscriber: wire.subscriber(over),
    grants: [{ server_id: 1, server_name: 'Frost Hub', permissions: ['control.console', 'websocket.connect'], revocation_pending: false, applied_at: '2026-11-24T00:00:00Z' }],
    timeline: [
        { at: '2026-11-24T00:00:00Z', kind: 'event', title: 'subscription.created', detail: 'Awakened', outcome: 'processed' },
        { at: '2026-11-24T00:00:01Z', kind: 'action', title: 'grant on Fire Hub', detail: 'Wings said no', outcome: 'failed' },
    ],
});

describe('subscribers', () => {
    it('says when there are none yet', async () => {
        answer('GET /subscribers', { data: [], next_cursor: null });
        renderFresh(<SubscribersContainer />);
        expect(await screen.findByText('No subscribers yet.')).toBeInTheDocument();
        expect(screen.getByTestId('empty-state')).toHaveTextContent('as soon as Paymenter sends its first event');
    });

    it('lists email, tiers, state, grace deadline, servers and needs-attention, and loads more by cursor', async () => {
        answer('GET /subscribers', (_: unknown, url: string) =>
            url.includes('cursor=50')
                ? { data: [wire.subscriber({ customer_id: 'c2', email: 'sam@example.com' })], next_cursor: null }
                : { data: [wire.subscriber({ needs_attention: true, subscriptions: [wire.subscription({ state: 'grace', grace_until: '2026-12-01T10:00:00Z' })] })], next_cursor: '50' },
        );
        renderFresh(<SubscribersContainer />);
        const [row] = await screen.findAllByTestId('subscriber-row');
        expect(row).toHaveTextContent('alex@example.com');
        expect(row).toHaveTextContent('Awakened');
        expect(within(row!).getByText('grace')).toHaveAttribute('data-tone', 'grace');
        expect(row).toHaveTextContent('needs attention');
        expect(row).toHaveAttribute('data-problem', 'true');
        expect(row).toHaveTextContent(new Date('2026-12-01T10:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

        fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
        await waitFor(() => expect(screen.getAllByTestId('subscriber-row')).toHaveLength(2));
        expect(sent.map((s) => s.url)).toContain('/subscribers?cursor=50');
        expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    });

    it('searches (debounced, one request for a burst of typing) and filters by state', async () => {
        answer('GET /subscribers', (_: unknown, url: string) => ({ data: url.includes('search=alex') ? [wire.subscriber()] : url.includes('search') ? [] : [wire.subscriber(), wire.subscriber({ customer_id: 'c2', email: 'sam@example.com' })], next_cursor: null }));
        renderFresh(<SubscribersContainer />);
        await waitFor(() => expect(screen.getAllByTestId('subscriber-row')).toHaveLength(2));
        for (const typed of ['n', 'no', 'nob', 'nobody']) fireEvent.change(screen.getByLabelText('Search subscribers'), { target: { value: typed } });
        expect(await screen.findByText('Nobody matches.', {}, { timeout: 2000 })).toBeInTheDocument();
        expect(sent.filter((s) => s.url.includes('search=n')).map((s) => s.url)).toEqual(['/subscribers?search=nobody']);

        fireEvent.change(screen.getByLabelText('Search subscribers'), { target: { value: 'alex' } });
        fireEvent.change(screen.getByLabelText('State'), { target: { value: 'grace' } });
        await waitFor(() => expect(sent.map((s) => s.url)).toContain('/subscribers?search=alex&state=grace'), { timeout: 2000 });
    });

    it('opens a subscriber with subscriptions, grants and timeline, and acts on them', async () => {
        answer('GET /subscribers', { data: [wire.subscriber()], next_cursor: null });
        answer('GET /subscribers/c1', detail());
        answer('POST /subscribers/c1/actions', (body: any) => {
            if (body.action === 'resend_setup') throw httpError(422, { message: 'x', errors: { action: ['A setup link went to this address less than a minute ago; wait a minute before sending another.'] } });
            return { message: body.action === 'suspend' ? 'Suspended until resumed. 1 change(s).' : 'Access granted until Tue, Dec 1. Nothing needed changing.', changes: body.action === 'suspend' ? ['revoke Frost Hub: [control.console] → []'] : [] };
        });
        renderFresh(<SubscribersContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
        expect(await screen.findByTestId('subscriber-detail')).toBeInTheDocument();
        expect(screen.getByTestId('grant-row')).toHaveTextContent('Frost Hub');
        const timeline = screen.getAllByTestId('timeline-entry');
        expect(timeline[1]).toHaveAttribute('data-problem', 'true');
        expect(timeline[1]).toHaveTextContent('Wings said no');

        fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
        expect(await screen.findByTestId('action-answer')).toHaveTextContent('Suspended until resumed. 1 change(s).');
        expect(screen.getByTestId('action-answer')).toHaveTextContent('revoke Frost Hub: [control.console] → []');

        fireEvent.change(screen.getByLabelText('Grant access until'), { target: { value: '2020-01-01T10:00' } });
        fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
        expect(await screen.findByText(/Pick a moment in the future/)).toBeInTheDocument();

        fireEvent.change(screen.getByLabelText('Grant access until'), { target: { value: '2099-12-01T10:00' } });
        fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
        expect(await screen.findByText(/Access granted until/)).toBeInTheDocument();

        fireEvent.click(screen.getByRole('button', { name: 'Resend setup email' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('wait a minute before sending another');

        expect(calls(sent, 'POST', '/subscribers/c1/actions').map((c) => c.body)).toEqual([
            { action: 'suspend' },
            { action: 'grant', until: new Date('2099-12-01T10:00').toISOString() },
            { action: 'resend_setup' },
        ]);
        fireEvent.click(screen.getByRole('button', { name: '← All subscribers' }));
        expect(await screen.findByTestId('subscriber-row')).toBeInTheDocument();
    });

    it('offers resume only while an override is active', async () => {
        answer('GET /subscribers', { data: [wire.subscriber()], next_cursor: null });
        answer('GET /subscribers/c1', detail({ override: { kind: 'grant', until: null } }));
        answer('POST /subscribers/c1/actions', { message: 'Billing decides again. Nothing needed changing.', changes: [] });
        renderFresh(<SubscribersContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
        expect(await screen.findByTestId('override')).toHaveTextContent('admin grant until resumed');
        fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
        expect(await screen.findByText('Billing decides again. Nothing needed changing.')).toBeInTheDocument();
        expect(calls(sent, 'POST', '/subscribers/c1/actions')[0]!.body).toEqual({ action: 'resume' });
    });
});
