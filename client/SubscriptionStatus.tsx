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

const PayLink = styled.a`
    color: #93c5fd;
    font-weight: 600;
    text-decoration: underline;
    margin-left: 6px;
    &:hover,
    &:focus {
        color: #bfdbfe;
    }
`;

/** Only an http(s) address becomes a link: a setting holding `javascript:` must not run in the subscriber's tab. */
export const safeBillingUrl = (url: string | null | undefined): string | null =>
    url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;

/** The states the subscriber can fix by paying (or subscribing again) in billing. */
const payable = (s: SubscriptionStatusWire): boolean =>
    s.state === 'grace' || s.state === 'ended' || (s.state === 'suspended' && s.cause !== 'suspended_by_admin');

const ENDED: Partial<Record<NonNullable<SubscriptionStatusWire['cause']>, string>> = {
    cancelled: 'ended — the subscription was cancelled.',
    terminated: 'ended — the subscription was closed in billing.',
};

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
        case 'ended':
            return (
                <>
                    {tier}: {(s.cause && ENDED[s.cause]) ?? 'ended.'}
                </>
            );
        default:
            return null;
    }
};

export default () => {
    const { data } = useSWR('tiergate:status', getSubscriptionStatus);
    const billing = safeBillingUrl(data?.billing_url);
    // An ended subscription is news only with somewhere to subscribe again; otherwise it would stay on forever.
    const lines = (data?.data ?? [])
        .filter((s) => s.state !== 'ended' || billing !== null)
        .map((s) => ({ key: s.subscription_id, text: describe(s), pay: billing !== null && payable(s) }))
        .filter((l) => l.text !== null);

    if (lines.length === 0) return null;

    return (
        <Banner className={'tiergate:status'} data-testid={'tiergate-status'}>
            {lines.map((l) => (
                <div key={l.key}>
                    {l.text}
                    {l.pay && billing && (
                        <PayLink href={billing} target={'_blank'} rel={'noopener noreferrer'}>
                            Go to billing →
                        </PayLink>
                    )}
                </div>
            ))}
        </Banner>
    );
};
