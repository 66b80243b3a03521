/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App, tabFromHash } from '../../../admin/src/App';
import { answer, reset, sent } from './fake-api';
import { renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const settings = { root: '/admin/extensions/tiergate', webhookUrl: wire.WEBHOOK_URL, version: '0.1.0' };

beforeEach(() => {
    reset();
    window.history.replaceState(null, '', '#');
});

describe('the admin app shell', () => {
    it('has the eight tabs, opens on the overview, switches tabs and keeps the tab in the address', async () => {
        answer('GET /overview', wire.overview());
        answer('GET /templates', { data: [] });
        renderFresh(<App settings={settings} />);
        expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
            'Overview',
            'Role templates',
            'Products',
            'Subscribers',
            'Provisioning log',
            'Event inbox',
            'Refused deliveries',
            'Settings',
        ]);
        expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
        expect(await screen.findByLabelText('Webhook URL')).toHaveValue(wire.WEBHOOK_URL);

        fireEvent.click(screen.getByRole('tab', { name: 'Role templates' }));
        expect(await screen.findByText(/Create your first role template/)).toBeInTheDocument();
        expect(window.location.hash).toBe('#templates');
        expect(screen.getByRole('tabpanel')).toHaveAttribute(
            'aria-labelledby',
            screen.getByRole('tab', { name: 'Role templates' }).id,
        );

        fireEvent.keyDown(screen.getByRole('tab', { name: 'Role templates' }), { key: 'ArrowLeft' });
        await waitFor(() =>
            expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true'),
        );
        // A tab chosen from the keyboard keeps the focus (WAI-ARIA tabs), it does not jump to the heading.
        expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Overview' }));
    });

    it('gives an open subscriber its own address: pasted, followed from a link, left with the back button', async () => {
        answer('GET /subscribers', { data: [wire.subscriber({ customer_id: 'cus/7 #ä' })], next_cursor: null });
        answer(`GET /subscribers/${encodeURIComponent('cus/7 #ä')}`, {
            subscriber: wire.subscriber({ customer_id: 'cus/7 #ä' }),
            grants: [],
            timeline: [],
            plan: [],
            panel_access: [],
        });
        answer('GET /overview', wire.overview());
        window.history.replaceState(null, '', '#subscribers');
        renderFresh(<App settings={settings} />);
        const open = await screen.findByRole('link', { name: 'Open' });
        expect(open).toHaveAttribute('href', `#subscribers/${encodeURIComponent('cus/7 #ä')}`);
        fireEvent.click(open);
        const heading = await screen.findByRole('heading', { name: /alex@example\.com/ });
        expect(screen.getByTestId('subscriber-detail')).toHaveTextContent('cus/7 #ä');
        // The pressed link is gone with the list: focus lands on the new heading, not on <body>.
        await waitFor(() => expect(document.activeElement).toBe(heading));

        window.history.back();
        expect(await screen.findByRole('link', { name: 'Open' })).toBeInTheDocument();
        expect(window.location.hash).toBe('#subscribers');
    });

    it('opens a template form and an event from a pasted address', async () => {
        answer('GET /templates', { data: [wire.template()] });
        answer('GET /catalogue', wire.catalogue);
        answer('GET /events/3', { ...wire.inboxEvent(), body: '{}', headers: {} });
        window.history.replaceState(null, '', '#templates/1');
        const { unmount } = renderFresh(<App settings={settings} />);
        expect(await screen.findByRole('heading', { name: 'Edit Knight' })).toBeInTheDocument();
        unmount();
        window.history.replaceState(null, '', '#inbox/3');
        renderFresh(<App settings={settings} />);
        expect(await screen.findByTestId('event-page')).toHaveTextContent('subscription.created');
    });

    it('leaves focus where the admin put it while the new view was still loading', async () => {
        let answerDetail: (value: unknown) => void = () => undefined;
        answer('GET /subscribers', { data: [wire.subscriber({ customer_id: 'cus_1' })], next_cursor: null });
        answer('GET /subscribers/cus_1', () => new Promise((resolve) => (answerDetail = resolve)));
        window.history.replaceState(null, '', '#subscribers');
        renderFresh(<App settings={settings} />);
        fireEvent.click(await screen.findByRole('link', { name: 'Open' }));
        await waitFor(() => expect(sent.map((x) => x.url)).toContain('/subscribers/cus_1'));
        // Before the heading arrives, the admin moves on to something else.
        const elsewhere = document.body.appendChild(document.createElement('input'));
        elsewhere.focus();
        answerDetail({
            subscriber: wire.subscriber({ customer_id: 'cus_1' }),
            grants: [],
            timeline: [],
            plan: [],
            panel_access: [],
        });
        await screen.findByRole('heading', { name: /alex@example\.com/ });
        await new Promise((r) => setTimeout(r, 200));
        expect(document.activeElement).toBe(elsewhere);
        elsewhere.remove();
    });

    it("focuses the open event's heading, not the list kept hidden under it", async () => {
        answer('GET /events', { data: [wire.inboxEvent()], next_cursor: null });
        answer('GET /events/3', { ...wire.inboxEvent(), body: '{}', headers: {} });
        window.history.replaceState(null, '', '#inbox');
        renderFresh(<App settings={settings} />);
        const row = await screen.findByTestId('event-row');
        const link = row.querySelector<HTMLAnchorElement>('a[href="#inbox/3"]')!;
        link.focus();
        fireEvent.click(link);
        const page = await screen.findByTestId('event-page');
        await waitFor(() => expect(document.activeElement).toBe(page.querySelector('h3')));
    });

    it('opens the tab named in the address after a reload', async () => {
        answer('GET /settings', wire.settings());
        window.history.replaceState(null, '', '#settings');
        renderFresh(<App settings={settings} />);
        expect(await screen.findByRole('button', { name: 'Save settings' })).toBeInTheDocument();
        expect(tabFromHash('#nonsense')).toBe('overview');
    });

    it('scopes its styles under .tiergate-app, resetting what Bootstrap styles globally', async () => {
        answer('GET /overview', wire.overview());
        const { container } = renderFresh(<App settings={settings} />);
        const root = container.querySelector('.tiergate-app')!;
        expect(root).not.toBeNull();
        const css = Array.from(document.querySelectorAll('style'))
            .map((s) => s.textContent)
            .join('\n');
        const scope = Array.from(root.classList).find(
            (c) => c !== 'tiergate-app' && css.includes(`:where(.${c}) label`),
        );
        expect(scope).toBeDefined();
        for (const element of ['table', 'button', 'legend', 'fieldset'])
            expect(css).toContain(`:where(.${scope}) ${element}`);
        // Nothing bare: every rule that names an element is under one of our generated classes.
        expect(css).not.toMatch(/(^|\})\s*(label|table|button|input|legend)\s*\{/m);
        await screen.findByLabelText('Webhook URL');
    });
});
