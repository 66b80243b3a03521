import React from 'react';
import useSWR from 'swr';
import styled from 'styled-components';
import getSubscriptionStatus from './api/getSubscriptionStatus';
import type { SubscriptionStatusWire } from '../contract/client';

// Written for the panel's own build: React 16 (so React is imported for the classic JSX transform),
// styled-components 5 and swr 0.2, whose useSWR(key, fetcher) call shape is the one used here.

const Banner = styled.div`
    margin-bottom: 16px;
    padding: 12px 16px;
    border-radius: 4px;
    background: #1f2933;
    color: #e4e7eb;
    font-size: 14px;
`;

const Warning = styled.span`
    color: #fbbf24;
    font-weight: 600;
`;

const formatDeadline = (iso: string) =>
    new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const describe = (s: SubscriptionStatusWire): React.ReactNode => {
    const tier = s.tier ?? 'Your subscription';
    switch (s.state) {
        case 'active':
            return s.cause === 'cancels_at_period_end' && s.access_until ? (
                <>
                    {tier}: cancelled — access until {formatDeadline(s.access_until)}.
                </>
            ) : (
                <>{tier}: active</>
            );
        case 'grace':
            return (
                <>
                    {tier}: <Warning>payment failed</Warning>
                    {s.grace_until
                        ? ` — access continues until ${formatDeadline(s.grace_until)}. Pay the open invoice to keep it.`
                        : ''}
                </>
            );
        case 'suspended':
            if (s.cause === 'suspended_by_admin') return <>{tier}: suspended by the server staff.</>;
            if (s.cause === 'suspended_by_billing') return <>{tier}: suspended in billing.</>;
            return <>{tier}: suspended until the open invoice is paid.</>;
        case 'pending':
            return <>{tier}: being set up.</>;
        default:
            return null;
    }
};

export default () => {
    const { data } = useSWR('tiergate:status', getSubscriptionStatus);
    const lines = (data?.data ?? [])
        .map((s) => ({ key: s.subscription_id, text: describe(s) }))
        .filter((l) => l.text !== null);

    if (lines.length === 0) return null;

    return (
        <Banner className={'tiergate:status'} data-testid={'tiergate-status'}>
            {lines.map((l) => (
                <div key={l.key}>{l.text}</div>
            ))}
        </Banner>
    );
};
