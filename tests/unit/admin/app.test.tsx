/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { App, tabFromHash } from '../../../admin/src/App';
import { answer, reset } from './fake-api';
import { renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const settings = { root: '/admin/extensions/tiergate', webhookUrl: wire.WEBHOOK_URL, version: '0.1.0' };

beforeEach(() => {
    reset();
    window.history.replaceState(null, '', '#');
});

describe('the admin app shell', () => {
    it('has the seven tabs, opens on the overview, switches tabs and keeps the tab in the address', async () => {
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
        expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
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
