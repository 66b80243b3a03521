import { testbed } from '../../tools/testbed/config';
import { PanelSession } from '../../tools/testbed/session';
import { PANEL } from '../../tools/testbed/client';

// Against the test-bed panel (the Pterodactyl double) with dist/tiergate.blueprint installed into it.
describe('the installed extension is live in the panel', () => {
    it('serves the admin page to a root admin', async () => {
        const admin = await PanelSession.login(testbed.admin.username, testbed.admin.password);
        const res = await admin.request('/admin/extensions/tiergate');
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('id="tiergate-root"');
        expect(html).toContain(`data-webhook-url="${PANEL}/extensions/tiergate/webhook"`);
        expect(html).toMatch(/<script[^>]+src="\/extensions\/tiergate\/admin\.js/);
    });

    it('refuses the admin page to an ordinary user with 403', async () => {
        const user = await PanelSession.login(testbed.user.username, testbed.user.password);
        expect((await user.request('/admin/extensions/tiergate')).status).toBe(403);
    });

    it('sends a guest to the login page', async () => {
        const res = await new PanelSession().request('/admin/extensions/tiergate');
        expect(res.status).toBe(302);
        expect(res.headers.get('location')).toContain('/auth/login');
    });

    it('serves the admin bundle from the extension public folder', async () => {
        const res = await fetch(`${PANEL}/extensions/tiergate/admin.js`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/javascript/);
        expect(await res.text()).toContain('tiergate-root');
    });
});
