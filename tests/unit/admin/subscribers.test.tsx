/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewContainer } from '../../../admin/src/components/overview/OverviewContainer';
import { SubscriberDetail } from '../../../admin/src/components/subscribers/SubscriberDetail';
import { SubscribersContainer } from '../../../admin/src/components/subscribers/SubscribersContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(() => {
    reset();
    answer('GET /overview', wire.overview());
});

const detail = (over: object = {}) => ({
    subscriber: wire.subscriber(over),
    grants: [
        {
            server_id: 1,
            server_name: 'Frost Hub',
            permissions: ['control.console', 'websocket.connect'],
            revocation_pending: false,
            applied_at: '2026-11-24T00:00:00Z',
        },
    ],
    timeline: [
        {
            at: '2026-11-24T00:00:00Z',
            kind: 'event',
            title: 'subscription.created',
            detail: 'Awakened',
            outcome: 'processed',
        },
        {
            at: '2026-11-24T00:00:01Z',
            kind: 'action',
            title: 'grant on Fire Hub',
            detail: 'Wings said no',
            outcome: 'failed',
        },
    ],
    plan: [] as ReturnType<typeof wire.plannedChange>[],
    panel_access: [
        wire.panelAccess({
            server_id: 1,
            server_name: 'Frost Hub',
            permissions: ['control.console', 'websocket.connect'],
        }),
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
                : {
                      data: [
                          wire.subscriber({
                              needs_attention: true,
                              subscriptions: [
                                  wire.subscription({ state: 'grace', grace_until: '2026-12-01T10:00:00Z' }),
                              ],
                          }),
                      ],
                      next_cursor: '50',
                  },
        );
        renderFresh(<SubscribersContainer />);
        const [row] = await screen.findAllByTestId('subscriber-row');
        expect(row).toHaveTextContent('alex@example.com');
        expect(row).toHaveTextContent('Awakened');
        expect(within(row!).getByText('grace')).toHaveAttribute('data-tone', 'grace');
        expect(row).toHaveTextContent('needs attention');
        expect(row).toHaveAttribute('data-problem', 'true');
        expect(row).toHaveTextContent(
            new Date('2026-12-01T10:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
        );

        fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
        await waitFor(() => expect(screen.getAllByTestId('subscriber-row')).toHaveLength(2));
        expect(sent.map((s) => s.url)).toContain('/subscribers?cursor=50');
        expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    });

    it('searches (debounced, one request for a burst of typing) and filters by state', async () => {
        answer('GET /subscribers', (_: unknown, url: string) => ({
            data: url.includes('search=alex')
                ? [wire.subscriber()]
                : url.includes('search')
                  ? []
                  : [wire.subscriber(), wire.subscriber({ customer_id: 'c2', email: 'sam@example.com' })],
            next_cursor: null,
        }));
        renderFresh(<SubscribersContainer />);
        await waitFor(() => expect(screen.getAllByTestId('subscriber-row')).toHaveLength(2));
        for (const typed of ['n', 'no', 'nob', 'nobody'])
            fireEvent.change(screen.getByLabelText('Search subscribers'), { target: { value: typed } });
        expect(await screen.findByText('Nobody matches.', {}, { timeout: 2000 })).toBeInTheDocument();
        expect(sent.filter((s) => s.url.includes('search=n')).map((s) => s.url)).toEqual([
            '/subscribers?search=nobody',
        ]);

        fireEvent.change(screen.getByLabelText('Search subscribers'), { target: { value: 'alex' } });
        fireEvent.change(screen.getByLabelText('State'), { target: { value: 'grace' } });
        await waitFor(() => expect(sent.map((s) => s.url)).toContain('/subscribers?search=alex&state=grace'), {
            timeout: 2000,
        });
    });

    it('opens a subscriber with subscriptions, grants and timeline, and acts on them', async () => {
        answer('GET /subscribers', { data: [wire.subscriber()], next_cursor: null });
        answer('GET /subscribers/c1', detail());
        answer('POST /subscribers/c1/actions', (body: any) => {
            if (body.action === 'resend_setup')
                throw httpError(422, {
                    message: 'x',
                    errors: {
                        action: [
                            'A setup link went to this address less than a minute ago; wait a minute before sending another.',
                        ],
                    },
                });
            return {
                message:
                    body.action === 'suspend'
                        ? 'Suspended until resumed. 1 change(s).'
                        : 'Access granted until Tue, Dec 1. Nothing needed changing.',
                changes: body.action === 'suspend' ? ['revoke Frost Hub: [control.console] → []'] : [],
            };
        });
        renderFresh(<SubscribersContainer />);
        fireEvent.click(await screen.findByRole('link', { name: 'Open' }));
        expect(await screen.findByTestId('subscriber-detail')).toBeInTheDocument();
        expect(screen.getByTestId('grant-row')).toHaveTextContent('Frost Hub');
        const timeline = screen.getAllByTestId('timeline-entry');
        expect(timeline[1]).toHaveAttribute('data-problem', 'true');
        expect(timeline[1]).toHaveTextContent('Wings said no');

        fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            'Suspend alex? 2 servers lose access now, until you resume, whatever billing says.',
        );
        expect(calls(sent, 'POST', '/subscribers/c1/actions')).toHaveLength(0);
        fireEvent.click(screen.getByRole('button', { name: 'Suspend now' }));
        expect(await screen.findByTestId('action-answer')).toHaveTextContent('Suspended until resumed. 1 change(s).');
        expect(screen.getByTestId('action-answer')).toHaveTextContent('revoke Frost Hub: [control.console] → []');

        fireEvent.change(screen.getByLabelText('Grant access until'), { target: { value: '2020-01-01T10:00' } });
        fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
        fireEvent.click(screen.getByRole('button', { name: 'Grant now' }));
        expect(await screen.findByText(/Pick a moment in the future/)).toBeInTheDocument();

        fireEvent.change(screen.getByLabelText('Grant access until'), { target: { value: '2099-12-01T10:00' } });
        fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            `Grant alex access until ${new Date('2099-12-01T10:00').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}?`,
        );
        fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
        expect(calls(sent, 'POST', '/subscribers/c1/actions')).toHaveLength(1);
        fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
        fireEvent.click(screen.getByRole('button', { name: 'Grant now' }));
        expect(await screen.findByText(/Access granted until/)).toBeInTheDocument();

        fireEvent.click(screen.getByRole('button', { name: 'Resend setup email' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            'Send the "set your password" email to alex@example.com again?',
        );
        fireEvent.click(screen.getByRole('button', { name: 'Send it' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('wait a minute before sending another');

        expect(calls(sent, 'POST', '/subscribers/c1/actions').map((c) => c.body)).toEqual([
            { action: 'suspend' },
            { action: 'grant', until: new Date('2099-12-01T10:00').toISOString() },
            { action: 'resend_setup' },
        ]);
        fireEvent.click(screen.getByRole('link', { name: '← All subscribers' }));
        expect(await screen.findByTestId('subscriber-row')).toBeInTheDocument();
    });

    it('offers resume only while an override is active', async () => {
        answer('GET /subscribers', { data: [wire.subscriber()], next_cursor: null });
        answer('GET /subscribers/c1', detail({ override: { kind: 'grant', until: null } }));
        answer('POST /subscribers/c1/actions', {
            message: 'Billing decides again. Nothing needed changing.',
            changes: [],
        });
        renderFresh(<SubscribersContainer />);
        fireEvent.click(await screen.findByRole('link', { name: 'Open' }));
        expect(await screen.findByTestId('override')).toHaveTextContent('admin grant until resumed');
        fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent(
            'Resume alex? The admin grant ends and billing decides again',
        );
        fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
        expect(await screen.findByText('Billing decides again. Nothing needed changing.')).toBeInTheDocument();
        expect(calls(sent, 'POST', '/subscribers/c1/actions')[0]!.body).toEqual({ action: 'resume' });
    });
    it('after a manual suspend, the empty access box names the override, not product mapping', async () => {
        answer('GET /subscribers/c1', {
            ...detail({ override: { kind: 'suspend', until: null }, servers_granted: 0 }),
            grants: [],
        });
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        await screen.findByText('No access on any server right now.');
        expect(screen.getByTestId('empty-state')).toHaveTextContent(
            'An admin suspend is active (until resumed): that is why.',
        );
        expect(screen.getByTestId('empty-state')).not.toHaveTextContent('mapped');
    });
});

describe('needs attention', () => {
    const flagged = (customer_id: string, over: object) =>
        wire.subscriber({
            customer_id,
            email: `${customer_id}@example.com`,
            username: customer_id,
            needs_attention: true,
            subscriptions: [wire.subscription({ subscription_id: `s-${customer_id}`, needs_attention: true, ...over })],
        });

    it('the Overview link opens the list filtered to them, each with its reason and the one action that fixes it', async () => {
        answer('GET /overview', wire.overview({ needs_attention: 4 }));
        const overview = renderFresh(<OverviewContainer onNavigate={jest.fn()} />);
        const link = await screen.findByRole('link', { name: '4 subscribers' });
        // Following the link (as a pasted address would): the list opens with the filter on.
        window.history.pushState(null, '', link.getAttribute('href'));
        overview.unmount();

        answer('GET /subscribers', (_: unknown, url: string) => ({
            data: url.includes('attention=1')
                ? [
                      flagged('gave', {
                          last_error:
                              'Gave up after 5 tries: Tiergate could not apply access on server(s) 2 for customer gave; retrying.',
                      }),
                      flagged('unmapped', {
                          template_key: null,
                          tier: null,
                          product_key: 'mystery',
                          last_error: '1 server(s) could not be brought in line; see the provisioning log.',
                      }),
                      flagged('wings', {
                          last_error:
                              'A token revocation has been pending for over an hour: Wings is unreachable on a node.',
                      }),
                      flagged('conflict', { last_error: 'The email belongs to an account Tiergate did not create.' }),
                  ]
                : [wire.subscriber()],
            next_cursor: null,
        }));
        answer('POST /subscribers/gave/actions', {
            message: 'Reconciled. 1 change(s).',
            changes: ['grant Fire Hub (ok)'],
        });
        renderFresh(<SubscribersContainer />);
        const fixes = await screen.findAllByTestId('attention-fix');
        expect(screen.getByRole('checkbox', { name: 'Only those needing attention' })).toBeChecked();
        expect(sent.map((s) => s.url)).toEqual(['/overview', '/subscribers?attention=1']);
        expect(fixes.map((f) => f.getAttribute('data-fix'))).toEqual([
            'reconcile',
            'map_product',
            'wait_for_wings',
            'open',
        ]);
        expect(fixes[0]).toHaveTextContent('Gave up after 5 tries');
        expect(within(fixes[1]!).getByRole('link', { name: 'Map the product mystery' })).toHaveAttribute(
            'href',
            '#products',
        );
        expect(fixes[2]).toHaveTextContent('retries on its own once Wings on that node answers');
        expect(fixes[3]).toHaveTextContent('The email belongs to an account Tiergate did not create.');

        fireEvent.click(within(fixes[0]!).getByRole('button', { name: 'Reconcile now' }));
        expect(await within(fixes[0]!).findByRole('status')).toHaveTextContent('Reconciled. 1 change(s).');
        expect(calls(sent, 'POST', '/subscribers/gave/actions').map((c) => c.body)).toEqual([{ action: 'reconcile' }]);

        answer('GET /subscribers/conflict', detail());
        fireEvent.click(within(fixes[3]!).getByRole('button', { name: 'Open to resolve' }));
        expect(await screen.findByTestId('subscriber-detail')).toBeInTheDocument();
    });

    it('the toggle turns the filter off and on, and a fresh visit starts unfiltered', async () => {
        answer('GET /subscribers', (_: unknown, url: string) => ({
            data: url.includes('attention=1') ? [] : [wire.subscriber()],
            next_cursor: null,
        }));
        renderFresh(<SubscribersContainer />);
        await screen.findByTestId('subscriber-row');
        expect(sent.map((s) => s.url)).toEqual(['/subscribers']);
        fireEvent.click(screen.getByRole('checkbox', { name: 'Only those needing attention' }));
        expect(await screen.findByText('Nobody needs attention.')).toBeInTheDocument();
        expect(sent.map((s) => s.url)).toContain('/subscribers?attention=1');
        expect(window.location.hash).toBe('#subscribers?attention');
        fireEvent.click(screen.getByRole('checkbox', { name: 'Only those needing attention' }));
        expect(await screen.findByTestId('subscriber-row')).toBeInTheDocument();
        expect(window.location.hash).toBe('#subscribers');
    });
});

describe('what Tiergate would do, next to what the panel has now', () => {
    const shadowDetail = (applied: boolean) => ({
        ...detail({ email: 'sam@example.com' }),
        plan: applied
            ? []
            : [
                  wire.plannedChange(),
                  wire.plannedChange({
                      server_id: 2,
                      server_name: 'Fire Hub',
                      action: 'update',
                      before: ['control.console'],
                      after: ['control.console', 'control.start'],
                  }),
                  wire.plannedChange({
                      server_id: 3,
                      server_name: 'Old Hub',
                      action: 'revoke',
                      before: ['file.read'],
                      after: [],
                  }),
              ],
        panel_access: [
            wire.panelAccess({
                server_id: 2,
                server_name: 'Fire Hub',
                permissions: applied ? ['control.console', 'control.start'] : ['control.console'],
            }),
            wire.panelAccess({
                server_id: 9,
                server_name: 'Staff Box',
                permissions: ['file.read', 'file.update'],
                managed_by_tiergate: false,
            }),
        ],
    });

    it('lists each planned change with permissions before → after, and each subuser row with who made it', async () => {
        answer('GET /overview', wire.overview({ mode: wire.SHADOW }));
        answer('GET /subscribers/c1', shadowDetail(false));
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        const rows = await screen.findAllByTestId('plan-row');
        expect(rows.map((r) => [r.getAttribute('data-action'), r.textContent])).toEqual([
            ['grant', 'Frost Hubgrantnone → control.consolewebsocket.connect'],
            ['update', 'Fire Hubupdatecontrol.console → control.consolecontrol.start'],
            ['revoke', 'Old Hubrevokefile.read → none'],
        ]);
        const access = screen.getAllByTestId('panel-access-row');
        expect(access[0]).toHaveTextContent('Fire Hubcontrol.consolemade by Tiergate');
        expect(access[1]).toHaveTextContent("Staff Boxfile.readfile.updatenot Tiergate's: never touched");
    });

    it('says so when there is nothing to do, and offers no Apply outside shadow mode', async () => {
        answer('GET /overview', wire.overview());
        answer('GET /subscribers/c1', detail());
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        expect(await screen.findByTestId('plan-empty')).toHaveTextContent(
            'Nothing: the panel already matches billing.',
        );
        await waitFor(() => expect(calls(sent, 'GET', '/overview')).toHaveLength(1));
        expect(screen.queryByRole('button', { name: 'Apply this subscriber' })).toBeNull();
    });

    it('says there is no panel account yet', async () => {
        answer('GET /subscribers/c1', { ...detail({ user_id: null, username: null }), panel_access: [] });
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        expect(await screen.findByTestId('panel-access')).toHaveTextContent('No panel account yet.');
    });

    it('in shadow mode, applies this one subscriber after a confirmation naming them and the changes, then refreshes', async () => {
        let applied = false;
        answer('GET /overview', () =>
            wire.overview({
                mode: wire.SHADOW,
                setup: wire.setup(...(applied ? ['live' as const] : ['shadow_reviewed' as const, 'live' as const])),
            }),
        );
        answer('GET /subscribers/c1', () => shadowDetail(applied));
        answer('POST /subscribers/c1/actions', () => {
            applied = true;
            return {
                message: 'Applied to the panel. 3 change(s).',
                changes: ['grant Frost Hub (ok)', 'update Fire Hub (ok)', 'revoke Old Hub (ok)'],
            };
        });
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        fireEvent.click(await screen.findByRole('button', { name: 'Apply this subscriber' }));
        expect(screen.getByRole('alertdialog')).toHaveTextContent('Apply 3 changes for sam@example.com now?');
        expect(calls(sent, 'POST', '/subscribers/c1/actions')).toHaveLength(0);
        fireEvent.click(screen.getByRole('button', { name: 'Apply now' }));

        const result = await screen.findByTestId('apply-answer');
        expect(result).toHaveTextContent('Applied to the panel. 3 change(s).');
        expect(
            within(result)
                .getAllByRole('listitem')
                .map((li) => li.textContent),
        ).toEqual(['grant Frost Hub (ok)', 'update Fire Hub (ok)', 'revoke Old Hub (ok)']);
        expect(await screen.findByTestId('plan-empty')).toHaveTextContent(
            'Nothing: the panel already matches billing.',
        );
        expect(screen.getAllByTestId('panel-access-row')[0]).toHaveTextContent('control.consolecontrol.start');
        expect(calls(sent, 'POST', '/subscribers/c1/actions').map((c) => c.body)).toEqual([{ action: 'apply' }]);
        await waitFor(() => expect(calls(sent, 'GET', '/overview').length).toBeGreaterThanOrEqual(2));
    });

    it('shows why an apply was refused', async () => {
        answer('GET /overview', wire.overview({ mode: wire.SHADOW }));
        answer('GET /subscribers/c1', shadowDetail(false));
        answer('POST /subscribers/c1/actions', () => {
            throw httpError(422, {
                message: 'x',
                errors: { action: ['Tiergate is paused: nothing is applied until it is unpaused.'] },
            });
        });
        renderFresh(<SubscriberDetail customerId={'c1'} />);
        fireEvent.click(await screen.findByRole('button', { name: 'Apply this subscriber' }));
        fireEvent.click(screen.getByRole('button', { name: 'Apply now' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('Tiergate is paused');
    });
});
