import type { Browser, Page } from 'playwright-core';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { SimulatedSubscriber } from '../integration/support/subscriber';
import { artisan, closeDb, db, PANEL } from '../../tools/testbed/client';
import { launch, loginAs, screenshot } from './support/browser';

// In Debian's Chromium against the running test bed, the way a panel admin uses the page.
let browser: Browser;
let page: Page;
const jsErrors: string[] = [];
const tag = `ui${Date.now().toString(36)}`;
const secret = newSecret();

const tab = (name: string) => page.getByRole('tab', { name }).click();

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => jsErrors.push(e.message));
    await loginAs(page, testbed.admin.username, testbed.admin.password);
    await page.goto(`${PANEL}/admin/extensions/tiergate`);
});
afterAll(async () => {
    await browser.close();
    await db().execute('DELETE FROM tiergate_templates WHERE `key` = ?', [`${tag}_tier`]);
    await closeDb();
});

describe('the admin page in a browser', () => {
    it('opens on the overview without script errors', async () => {
        await page.getByLabel('Webhook URL').first().waitFor();
        expect(await page.getByLabel('Webhook URL').first().inputValue()).toBe(`${PANEL}/extensions/tiergate/webhook`);
        await page.getByText('Subscribers by state').waitFor();
        await screenshot(page, '1-overview');
        expect(jsErrors).toEqual([]);
    });

    it('creates a role template with a live server preview', async () => {
        await tab('Role templates');
        await page.getByText('Awakened').first().waitFor();
        await screenshot(page, '2-templates');
        await page.getByRole('button', { name: 'New template' }).click();
        await page.getByLabel('Key').fill(`${tag}_tier`);
        await page.getByLabel('Name', { exact: true }).fill('UI Tier');
        await page.getByLabel('Nodes').selectOption({ label: 'NC1 Charlotte' });
        await page
            .getByTestId('selector-preview')
            .getByText(/Matches 5 server\(s\) now/)
            .waitFor();
        await page.getByLabel('control.start').check();
        await screenshot(page, '3-template-form');
        await page.getByRole('button', { name: 'Save template' }).click();
        await page.getByText('Saved "UI Tier"').waitFor();
        expect(await page.getByRole('row', { name: /UI Tier/ }).textContent()).toContain('5');
    });

    it('maps a product that events have brought in, and the subscriber gets access', async () => {
        const subscriber = new SimulatedSubscriber(secret, `${tag}-product`, { tag: 'ui' });
        await subscriber.send('subscription.created');
        await tab('Products');
        const select = page.getByLabel(`Template for ${tag}-product`);
        await select.waitFor();
        await screenshot(page, '4-products');
        await select.selectOption({ label: 'UI Tier' });
        await page.getByText(`${tag}-product now grants UI Tier`).waitFor();

        await tab('Subscribers');
        await page.getByLabel('Search subscribers').fill(subscriber.email);
        const row = page.getByRole('row', { name: new RegExp(subscriber.email) });
        await row.getByText('UI Tier').waitFor({ timeout: 15_000 });
        await screenshot(page, '5-subscribers');
        await row.getByRole('link', { name: 'Open' }).click();
        await page.getByText('Frost Hub').first().waitFor({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Reconcile now' }).click();
        await page.getByText(/Reconciled\. Nothing needed changing\./).waitFor();
        await screenshot(page, '6-subscriber-detail');

        await tab('Provisioning log');
        await page.getByLabel('Filter by subscriber').fill(subscriber.customerId);
        // The filter is debounced: wait for the list to narrow to this subscriber's five grants.
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-row"]').length === 5, undefined, {
            timeout: 15_000,
        });
        expect(await page.getByTestId('log-row').count()).toBe(5);
        await screenshot(page, '7-provisioning-log');
    });

    it('shows the inbox with payloads and refused deliveries', async () => {
        await fetch(`${PANEL}/extensions/tiergate/webhook`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
        });
        await tab('Event inbox');
        await page.getByRole('button', { name: 'Payload' }).first().click();
        await page
            .getByText(/"type": "subscription/)
            .first()
            .waitFor();
        await screenshot(page, '8-inbox');
        await tab('Refused deliveries');
        await page.getByTestId('rejection-row').first().waitFor();
    });

    it('runs a full reconcile from the overview with progress', async () => {
        await tab('Overview');
        await page.getByRole('button', { name: 'Reconcile everything now' }).click();
        await page
            .getByTestId('reconcile-progress')
            .getByText(/done\./)
            .waitFor({ timeout: 90_000 });
        await screenshot(page, '9-reconcile-done');
    });

    it('shows settings, sends a test event and keeps working at a narrow width', async () => {
        await tab('Settings');
        await page.getByRole('button', { name: 'Send a test event' }).click();
        await page.getByText(/The webhook answered 200/).waitFor();
        await screenshot(page, '10-settings');
        await page.setViewportSize({ width: 380, height: 800 });
        await tab('Subscribers');
        await screenshot(page, '11-narrow-subscribers');
        const overflow = await page.evaluate(
            () =>
                document.querySelector('.tiergate-app')!.scrollWidth -
                document.querySelector('.tiergate-app')!.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(jsErrors).toEqual([]);
    });

    it('shows an ordinary user no page, and the API refuses them', async () => {
        const other = await browser.newPage();
        await loginAs(other, testbed.user.username, testbed.user.password);
        expect((await other.goto(`${PANEL}/admin/extensions/tiergate`))?.status()).toBe(403);
        expect(await other.locator('#tiergate-root').count()).toBe(0);
        expect((await other.goto(`${PANEL}/extensions/tiergate/admin/api/overview`))?.status()).toBe(403);
        await screenshot(other, '12-non-admin-403');
    });
});
