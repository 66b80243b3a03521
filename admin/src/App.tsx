import { useRef } from 'react';
import styled from 'styled-components';
import { SWRConfig } from 'swr';
import { fetcher } from './api/http';
import { InboxContainer } from './components/inbox/InboxContainer';
import { RejectionsContainer } from './components/inbox/RejectionsContainer';
import { LogContainer } from './components/log/LogContainer';
import { ModeBanner } from './components/mode/ModeBanner';
import { OverviewContainer } from './components/overview/OverviewContainer';
import { ProductsContainer } from './components/products/ProductsContainer';
import { SettingsContainer } from './components/settings/SettingsContainer';
import { SubscribersContainer } from './components/subscribers/SubscribersContainer';
import { TemplatesContainer } from './components/templates/TemplatesContainer';
import { panelId, tabId, Tabs } from './components/elements/Tabs';
import { colors } from './components/elements/theme';
import type { MountSettings } from './mount';
import { navigate } from './routing/navigate';
import { TABS, type TabId } from './routing/routes';
import { useHeadingFocus } from './routing/useHeadingFocus';
import { RouteContext, useRoute } from './routing/useRoute';

/*
 * Everything is scoped under .tiergate-app. AdminLTE's Bootstrap 3 styles bare elements globally (label is bold
 * with a margin, legend is 21px with a rule, code is pink, pre has a border...); the resets below undo the ones
 * that matter, inside this root only. They sit in :where() so they weigh no more than Bootstrap's element rules
 * (and win by coming later), while every component's own class rule still beats them.
 */
const Scope = styled.div.attrs({ className: 'tiergate-app' })`
    font-size: 14px;
    line-height: 1.5;
    color: ${colors.text};
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    :where(&) *,
    :where(&) *::before,
    :where(&) *::after {
        box-sizing: border-box;
    }
    :where(&) label {
        display: inline;
        max-width: none;
        margin: 0;
        font-weight: inherit;
    }
    :where(&) table {
        border-collapse: collapse;
        border-spacing: 0;
        background: transparent;
        max-width: none;
    }
    :where(&) button,
    :where(&) input,
    :where(&) select,
    :where(&) textarea {
        font-family: inherit;
        font-size: inherit;
        line-height: inherit;
        margin: 0;
        text-transform: none;
        color: inherit;
    }
    :where(&) input[type='checkbox'],
    :where(&) input[type='radio'] {
        margin: 0;
        line-height: normal;
    }
    :where(&) select[multiple] {
        height: auto;
    }
    :where(&) fieldset {
        min-width: 0;
        margin: 0;
        padding: 0;
        border: 0;
    }
    :where(&) legend {
        display: block;
        width: auto;
        margin: 0;
        padding: 0;
        border: 0;
        font-size: inherit;
        line-height: inherit;
        color: inherit;
    }
    :where(&) code {
        padding: 1px 4px;
        font-size: 90%;
        color: ${colors.control};
        background: ${colors.light};
        border-radius: 2px;
        overflow-wrap: anywhere;
    }
    :where(&) pre {
        margin: 0 0 8px;
        padding: 8px 10px;
        font-size: 12px;
        white-space: pre-wrap;
        word-break: break-all;
        background: ${colors.preBackground};
        border: 1px solid ${colors.rule};
        border-radius: 2px;
        color: ${colors.text};
    }
    :where(&) h3,
    :where(&) h4 {
        font-family: inherit;
    }
    :where(&) a {
        color: ${colors.link};
    }
    :where(&) small {
        font-size: 12px;
    }
`;

const Footer = styled.p`
    color: ${colors.muted};
    font-size: 12px;
    margin: 0;
`;

export { TABS, tabFromHash, type TabId } from './routing/routes';

export function App({ settings }: { settings: MountSettings }) {
    const route = useRoute();
    const { tab, id } = route;
    const panel = useRef<HTMLDivElement>(null);
    useHeadingFocus(panel, `${tab}/${id ?? ''}`);
    const go = (t: TabId) => navigate(t);

    return (
        <SWRConfig value={{ fetcher, shouldRetryOnError: false }}>
            <RouteContext.Provider value={route}>
                <Scope data-version={settings.version}>
                    <ModeBanner />
                    <Tabs tabs={TABS} current={tab} onChange={go} />
                    <div role={'tabpanel'} id={panelId(tab)} aria-labelledby={tabId(tab)} ref={panel}>
                        {tab === 'overview' && <OverviewContainer webhookUrl={settings.webhookUrl} onNavigate={go} />}
                        {tab === 'templates' && <TemplatesContainer />}
                        {tab === 'products' && <ProductsContainer onNavigate={go} />}
                        {tab === 'subscribers' && <SubscribersContainer />}
                        {tab === 'log' && <LogContainer />}
                        {tab === 'inbox' && <InboxContainer webhookUrl={settings.webhookUrl} />}
                        {tab === 'refused' && <RejectionsContainer />}
                        {tab === 'settings' && <SettingsContainer />}
                    </div>
                    {settings.version && <Footer>Tiergate {settings.version}</Footer>}
                </Scope>
            </RouteContext.Provider>
        </SWRConfig>
    );
}
