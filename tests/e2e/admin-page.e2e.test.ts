import type { Browser, Page } from 'playwright-core';
import { testbed } from '../../tools/testbed/config';
import { PANEL } from '../integration/support/testbed';
import { launch, loginAs, screenshot } from './support/browser';

// In Debian's Chromium against the running test bed.
let browser: Browser;

beforeAll(async () => {
    browser = await launch();
});
afterAll(async () => {
    await browser.close();
});

async function adminPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { jsErrors?: string[] }).jsErrors = errors;
    await loginAs(page, testbed.admin.username, testbed.admin.password);
    await page.goto(`${PANEL}/admin/extensions/tiergate`);
    return page;
}

describe('the admin page in a browser', () => {
    it('mounts the React app without script errors and shows the webhook URL', async () => {
        const page = await adminPage();
        await page.waitForSelector('.tiergate-app');
        await screenshot(page, 'admin-overview');
        expect(await page.inputValue('input[aria-label="Webhook URL"]')).toBe(`${PANEL}/extensions/tiergate/webhook`);
        expect((page as Page & { jsErrors?: string[] }).jsErrors).toEqual([]);
    });

    it('shows an ordinary user no page, and the API refuses them', async () => {
        const page = await browser.newPage();
        await loginAs(page, testbed.user.username, testbed.user.password);
        const res = await page.goto(`${PANEL}/admin/extensions/tiergate`);
        expect(res?.status()).toBe(403);
        expect(await page.locator('#tiergate-root').count()).toBe(0);
        const api = await page.goto(`${PANEL}/extensions/tiergate/admin/api/overview`);
        expect(api?.status()).toBe(403);
        await screenshot(page, 'non-admin-403');
    });
});
