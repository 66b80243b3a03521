/** @jest-environment jsdom */
// Runs in the "client (React 16)" jest project: react, react-dom, styled-components, swr and @testing-library/react
// are the panel's own versions (tests/react16), so an API the panel's React build does not have fails here.
import React from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SWRConfig } from 'swr';
// The same module as 'swr' here (jest maps it there); imported by path because swr 2's types have no `cache`.
import { cache } from '../../react16/node_modules/swr';
import http from '@/api/http';
import SubscriptionStatus from '../../../client/SubscriptionStatus';

jest.mock('@/api/http', () => ({ __esModule: true, default: { get: jest.fn() } }));
const get = http.get as jest.Mock;

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 10)));

const renderFresh = () =>
    render(
        <SWRConfig value={{ dedupingInterval: 0 }}>
            <SubscriptionStatus />
        </SWRConfig>,
    );

// swr 0.2 keeps one global cache (no per-tree provider yet), so each test starts from nothing it remembers.
// Unmount first: a revalidation still in flight from a mounted banner would refill the cleared cache. Then let
// swr's timers run: it forgets a finished request only on a setTimeout(dedupingInterval), and a banner mounted
// before that timer fires is handed that request's answer (the previous test's) instead of asking again.
const forgetEverything = async () => {
    cleanup();
    await new Promise<void>((r) => setTimeout(r, 10));
    get.mockReset();
    cache.clear();
};

describe("the subscriber's dashboard status", () => {
    afterEach(forgetEverything);

    it('is rendered by the React the panel builds with', () => {
        expect(React.version).toBe('16.14.0');
    });

    it('asks the client API for the signed-in subscriber', async () => {
        get.mockResolvedValue({ data: { data: [] } });
        renderFresh();
        await settle();
        expect(get).toHaveBeenCalledWith('/api/client/extensions/tiergate/status');
    });

    it('shows nothing to someone with no subscription', async () => {
        get.mockResolvedValue({ data: { data: [] } });
        const { container } = renderFresh();
        await settle();
        expect(container).toBeEmptyDOMElement();
    });

    it('shows the tier and the grace deadline after a failed payment', async () => {
        get.mockResolvedValue({
            data: {
                data: [{ subscription_id: '1', tier: 'Knight', state: 'grace', grace_until: '2026-12-01T12:00:00Z' }],
            },
        });
        renderFresh();
        const banner = await screen.findByTestId('tiergate-status');
        expect(banner).toHaveTextContent('Knight: payment failed');
        expect(banner).toHaveTextContent(/access continues until .*2026/);
    });

    it('shows active and suspended tiers side by side', async () => {
        get.mockResolvedValue({
            data: {
                data: [
                    { subscription_id: '1', tier: 'Legend', state: 'active', grace_until: null },
                    { subscription_id: '2', tier: 'Awakened', state: 'suspended', grace_until: null },
                ],
            },
        });
        renderFresh();
        const banner = await screen.findByTestId('tiergate-status');
        expect(banner).toHaveTextContent('Legend: active');
        expect(banner).toHaveTextContent('Awakened: suspended until the open invoice is paid.');
    });

    it('says why: a suspension by the staff, and the end of a paid period after a cancellation', async () => {
        get.mockResolvedValue({
            data: {
                data: [
                    {
                        subscription_id: '1',
                        tier: 'Legend',
                        state: 'active',
                        cause: 'cancels_at_period_end',
                        grace_until: null,
                        access_until: '2026-12-24T00:00:00Z',
                    },
                    {
                        subscription_id: '2',
                        tier: 'Awakened',
                        state: 'suspended',
                        cause: 'suspended_by_admin',
                        grace_until: null,
                        access_until: null,
                    },
                ],
            },
        });
        renderFresh();
        const banner = await screen.findByTestId('tiergate-status');
        expect(banner).toHaveTextContent(/Legend: cancelled — access until .*2026/);
        expect(banner).toHaveTextContent('Awakened: suspended by the server staff.');
    });
});

describe('the billing link in the status banner', () => {
    afterEach(forgetEverything);

    const lines = [
        {
            subscription_id: '1',
            tier: 'Legend',
            state: 'active',
            cause: 'active',
            grace_until: null,
            access_until: null,
        },
        {
            subscription_id: '2',
            tier: 'Knight',
            state: 'grace',
            cause: 'payment_failed',
            grace_until: '2026-12-01T12:00:00Z',
            access_until: null,
        },
        {
            subscription_id: '3',
            tier: 'Awakened',
            state: 'suspended',
            cause: 'suspended_by_admin',
            grace_until: null,
            access_until: null,
        },
        {
            subscription_id: '4',
            tier: 'Squire',
            state: 'ended',
            cause: 'cancelled',
            grace_until: null,
            access_until: null,
        },
    ];

    it('links the lines that paying fixes to the billing page, in a new tab', async () => {
        get.mockResolvedValue({ data: { data: lines, billing_url: 'https://billing.example.com/' } });
        renderFresh();
        const banner = await screen.findByTestId('tiergate-status');
        const links = screen.getAllByRole('link', { name: 'Go to billing →' });
        // Grace and ended: yes. Active: nothing to pay. Suspended by the staff: paying does not lift it.
        expect(links).toHaveLength(2);
        expect(links[0]).toHaveAttribute('href', 'https://billing.example.com/');
        expect(links[0]).toHaveAttribute('target', '_blank');
        expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
        expect(links[0]!.parentElement).toHaveTextContent('Knight: payment failed');
        expect(banner).toHaveTextContent('Squire: ended — the subscription was cancelled.');
    });

    it('shows no link without a billing URL, and no ended line with nowhere to go', async () => {
        get.mockResolvedValue({ data: { data: lines, billing_url: null } });
        renderFresh();
        const banner = await screen.findByTestId('tiergate-status');
        expect(screen.queryByRole('link')).toBeNull();
        expect(banner).not.toHaveTextContent('Squire');
    });

    it('never links a billing URL that is not http(s)', async () => {
        get.mockResolvedValue({ data: { data: lines, billing_url: 'javascript:alert(1)' } });
        renderFresh();
        await screen.findByTestId('tiergate-status');
        expect(screen.queryByRole('link')).toBeNull();
    });
});
