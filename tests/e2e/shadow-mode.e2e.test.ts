import type { Browser, Page } from 'playwright-core';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { artisan, closeDb, db, PANEL } from '../../tools/testbed/client';
import { SimulatedSubscriber } from '../integration/support/subscriber';
import { launch, loginAs, screenshot } from './support/browser';

// docs/operations.md's shadow review and go-live, the way an admin does them, against the running test bed.
let browser: Browser;
let page: Page;
const jsErrors: string[] = [];
const secret = newSecret();
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The panel's own subuser rows for an account, whoever made them. */
async function subusersOf(email: string): Promise<number> {
    const [rows] = await db().execute(
        'SELECT COUNT(*) AS n FROM subusers s JOIN users u ON u.id = s.user_id WHERE u.email = ?',
        [email],
    );
    return Number((rows as Array<{ n: number }>)[0]!.n);
}

async function eventually(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    while (!(await check())) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 250));
    }
}

/** A screenshot at the desktop and the phone width, back at the desktop width afterwards. */
async function shots(name: string): Promise<void> {
    await screenshot(page, `${name}-1440`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `${name}-390`);
    await page.setViewportSize(WIDE);
}

const tab = (name: string) => page.getByRole('tab', { name }).click();

async function openSubscriber(email: string): Promise<void> {
    await tab('Subscribers');
    // The tab keeps an open subscriber open: go back to the list first.
    const back = page.getByRole('button', { name: '← All subscribers' });
    if (await back.isVisible()) await back.click();
    await page.getByLabel('Search subscribers').fill(email);
    const row = page.getByRole('row', { name: new RegExp(email) });
    await row.waitFor({ timeout: 15_000 });
    await row.getByRole('link', { name: 'Open' }).click();
    await page.getByTestId('subscriber-detail').waitFor();
}

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    artisan('tiergate:shadow');
    browser = await launch();
    page = await browser.newPage({ viewport: WIDE });
    page.on('pageerror', (e) => jsErrors.push(e.message));
    await loginAs(page, testbed.admin.username, testbed.admin.password);
    await page.goto(`${PANEL}/admin/extensions/tiergate`);
});

afterAll(async () => {
    // The bed stays live for everything after this file, whatever happened here; the browser closes even if not.
    try {
        artisan('tiergate:go-live');
    } finally {
        await browser?.close();
        await closeDb();
    }
});

describe('shadow mode in a browser', () => {
    const first = new SimulatedSubscriber(secret, 'awakened', { tag: 'shadow' });
    const second = new SimulatedSubscriber(secret, 'awakened', { tag: 'shadow' });

    it('shows what Tiergate would do while the panel has nothing, then applies one subscriber by hand', async () => {
        await first.send('subscription.created');
        const banner = page.getByTestId('mode-banner');
        await banner.waitFor();
        expect(await banner.textContent()).toContain(
            'Shadow mode: Tiergate logs what it would do and changes nothing on the panel.',
        );
        await page.getByTestId('setup-checklist').waitFor();
        await shots('shadow-1-overview');

        await openSubscriber(first.email);
        const grants = page.getByTestId('plan-row').and(page.locator('[data-action="grant"]'));
        await grants.first().waitFor({ timeout: 15_000 });
        const planned = await grants.count();
        expect(planned).toBeGreaterThan(0);
        expect(await subusersOf(first.email)).toBe(0);
        await shots('shadow-2-subscriber-plan');

        await page.getByRole('button', { name: 'Apply this subscriber' }).click();
        expect(await page.getByRole('alertdialog').textContent()).toContain(
            `Apply ${planned} change${planned === 1 ? '' : 's'} for ${first.email} now?`,
        );
        await page.getByRole('button', { name: 'Apply now' }).click();
        await page
            .getByTestId('apply-answer')
            .getByText(/Applied to the panel\./)
            .waitFor({ timeout: 15_000 });
        expect(await subusersOf(first.email)).toBe(planned);
        await page.getByTestId('plan-empty').waitFor();
        expect(await page.getByTestId('panel-access-row').count()).toBe(planned);
        expect(await page.getByTestId('mode-banner').getAttribute('data-mode')).toBe('shadow');
        await shots('shadow-3-applied');
    });

    it('goes live from the overview with progress: the next subscriber gets access and the banner goes', async () => {
        await second.send('subscription.created');
        await openSubscriber(second.email);
        await page.getByTestId('plan-row').first().waitFor({ timeout: 15_000 });
        expect(await subusersOf(second.email)).toBe(0);

        await tab('Overview');
        const checklist = page.getByTestId('setup-checklist');
        await checklist.getByRole('button', { name: 'Go live', exact: true }).click();
        expect(await checklist.getByRole('alertdialog').textContent()).toMatch(
            /Go live\? Every subscriber's pending plan is applied now: \d+ subscribers?\./,
        );
        await checklist.getByRole('button', { name: 'Go live now' }).click();
        await page
            .getByTestId('go-live-progress')
            .and(page.locator('[data-finished="true"]'))
            .waitFor({ timeout: 90_000 });
        await checklist.locator('[data-step="live"][data-done="true"]').waitFor({ timeout: 15_000 });
        await page.getByTestId('mode-banner').waitFor({ state: 'detached', timeout: 15_000 });
        await eventually(`subusers for ${second.email}`, async () => (await subusersOf(second.email)) > 0);
        await shots('shadow-4-live');
        expect(jsErrors).toEqual([]);
    });
});
