import { useEffect, useState } from 'react';
import styled from 'styled-components';
import { SWRConfig } from 'swr';
import type { MountSettings } from './mount';
import { fetcher } from './api/http';
import { Tabs } from './components/elements/Tabs';
import { InboxContainer } from './components/inbox/InboxContainer';
import { LogContainer } from './components/log/LogContainer';
import { OverviewContainer } from './components/overview/OverviewContainer';
import { ProductsContainer } from './components/products/ProductsContainer';
import { SettingsContainer } from './components/settings/SettingsContainer';
import { SubscribersContainer } from './components/subscribers/SubscribersContainer';
import { TemplatesContainer } from './components/templates/TemplatesContainer';

// Everything is scoped under one class so AdminLTE's global Bootstrap 3 rules and ours never meet.
const Scope = styled.div.attrs({ className: 'tiergate-app' })`
    font-size: 14px;
    line-height: 1.5;
    color: #1f2933;
    min-width: 0;
    *, *::before, *::after { box-sizing: border-box; }
    button { font-family: inherit; }
    label { font-weight: normal; }
    pre { white-space: pre-wrap; word-break: break-all; font-size: 12px; border: 0; }
`;

const TABS = [
    ['overview', 'Overview'],
    ['templates', 'Role templates'],
    ['products', 'Products'],
    ['subscribers', 'Subscribers'],
    ['log', 'Provisioning log'],
    ['inbox', 'Event inbox'],
    ['settings', 'Settings'],
] as const;

export type TabId = (typeof TABS)[number][0];

const fromHash = (): TabId => {
    const id = window.location.hash.replace('#', '');
    return (TABS.find(([t]) => t === id)?.[0] ?? 'overview') as TabId;
};

export function App({ settings }: { settings: MountSettings }) {
    const [tab, setTab] = useState<TabId>(fromHash);

    useEffect(() => {
        const onHash = () => setTab(fromHash());
        window.addEventListener('hashchange', onHash);
        return () => window.removeEventListener('hashchange', onHash);
    }, []);

    const go = (t: TabId) => {
        window.location.hash = t; // a reload keeps the tab
        setTab(t);
    };

    return (
        <SWRConfig value={{ fetcher, shouldRetryOnError: false }}>
            <Scope data-version={settings.version}>
                <Tabs tabs={TABS} current={tab} onChange={go} />
                {tab === 'overview' && <OverviewContainer onNavigate={go} />}
                {tab === 'templates' && <TemplatesContainer />}
                {tab === 'products' && <ProductsContainer />}
                {tab === 'subscribers' && <SubscribersContainer />}
                {tab === 'log' && <LogContainer />}
                {tab === 'inbox' && <InboxContainer />}
                {tab === 'settings' && <SettingsContainer />}
            </Scope>
        </SWRConfig>
    );
}
