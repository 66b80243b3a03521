import type { SubscriptionStatusResponse } from '../../contract/client';
import { PANEL } from '../../tools/testbed/client';
import { testbed } from '../../tools/testbed/config';
import { PanelSession } from '../../tools/testbed/session';
import { AdminApi } from './support/admin-client';

// The client router as Blueprint mounts it: /api/client/extensions/<id>, behind the panel's client API stack
// (`blueprint/api`: session-or-key auth, JSON check, 2FA; `blueprint/client-api`; `throttle:api.client`).
const STATUS = '/api/client/extensions/tiergate/status';
const json = { accept: 'application/json', 'x-requested-with': 'XMLHttpRequest' };

describe('GET /api/client/extensions/tiergate/status through the client API stack', () => {
    it('answers a logged-in user with their subscriptions as JSON, rate-limited as the client API is', async () => {
        const user = await PanelSession.login(testbed.user.username, testbed.user.password);
        const res = await user.request(STATUS, { headers: { ...json, referer: `${PANEL}/` } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(Array.isArray(((await res.json()) as { data: unknown }).data)).toBe(true);
        expect(res.headers.get('x-ratelimit-limit')).toBe('720');
    });

    it('finds the user by the session cookie alone, as the panel frontend sends it', async () => {
        const user = await PanelSession.login(testbed.user.username, testbed.user.password);
        const res = await user.request(STATUS, { headers: json });
        expect(res.status).toBe(200);
    });

    it('answers a guest 401 in JSON, without a session cookie', async () => {
        const res = await fetch(`${PANEL}${STATUS}`, { headers: json, redirect: 'manual' });
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(JSON.stringify(await res.json())).toContain('Unauthenticated');
        expect(res.headers.getSetCookie()).toEqual([]);
    });

    it('answers 401 to a forged session cookie', async () => {
        const res = await fetch(`${PANEL}${STATUS}`, {
            headers: { ...json, cookie: 'pterodactyl_session=forged' },
            redirect: 'manual',
        });
        expect(res.status).toBe(401);
    });
});

describe('the link to pay', () => {
    it('carries the billing URL the admin set, and null when none is set', async () => {
        const admin = await AdminApi.admin();
        const user = await PanelSession.login(testbed.user.username, testbed.user.password);
        const status = async () =>
            (await (await user.request(STATUS, { headers: json })).json()) as SubscriptionStatusResponse;
        try {
            expect(
                (await admin.call('PATCH', '/settings', { billing_url: 'https://billing.example.com/' })).status,
            ).toBe(200);
            expect((await status()).billing_url).toBe('https://billing.example.com/');
            await admin.call('PATCH', '/settings', { billing_url: null });
            expect((await status()).billing_url).toBeNull();
        } finally {
            await admin.call('PATCH', '/settings', { billing_url: null });
        }
    });
});
