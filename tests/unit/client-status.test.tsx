/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { SWRConfig } from 'swr';
import http from '@/api/http';
import SubscriptionStatus from '../../client/SubscriptionStatus';

jest.mock('@/api/http', () => ({ __esModule: true, default: { get: jest.fn() } }));
const get = http.get as jest.Mock;

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 10)));

const renderFresh = () =>
    render(
        <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
            <SubscriptionStatus />
        </SWRConfig>,
    );

describe("the subscriber's dashboard status", () => {
    afterEach(() => get.mockReset());

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
