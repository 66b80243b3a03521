import type { Browser, Page } from 'playwright-core';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { artisan, closeDb, PANEL } from '../../tools/testbed/client';
import { SimulatedSubscriber } from '../integration/support/subscriber';
import { launch, loginAs, screenshot } from './support/browser';

// Issue 12 in Debian's Chromium against the running test bed: a page per thing with its own address, the back
// button, focus after navigation, one-Tab dates, cards on a phone, contrast, and a screenshot of every page at
// 1440×900 and 390×844.
let browser: Browser;
let page: Page;
const jsErrors: string[] = [];
const secret = newSecret();
const tag = `pg${Date.now().toString(36)}`;
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const ADMIN = `${PANEL}/admin/extensions/tiergate`;
let subscriber: SimulatedSubscriber;

const heading = () => page.locator('[role="tabpanel"] h3').first();
const go = async (hash: string) => {
    await page.goto(`${ADMIN}${hash}`);
    await heading().waitFor();
};
/** The focused element, described. */
const focused = () =>
    page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', label: el?.getAttribute('aria-label') };
    });

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    // A customer id that needs encoding in an address; the product is a template key, so it is granted unmapped.
    subscriber = new SimulatedSubscriber(secret, 'subscriber_awakened', {
        tag: `${tag}/ä b`,
        email: `${tag}@players.example.com`,
    });
    await subscriber.send('subscription.created');
    await fetch(`${PANEL}/extensions/tiergate/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
    });
    browser = await launch();
    // One context, so a second tab shares the admin's session (a link pasted into a new tab).
    page = await (await browser.newContext({ viewport: WIDE })).newPage();
    page.on('pageerror', (e) => jsErrors.push(e.message));
    await loginAs(page, testbed.admin.username, testbed.admin.password);
});
afterAll(async () => {
    await browser.close();
    await closeDb();
});

describe('every page has its own address', () => {
    it('opens a subscriber from a pasted link, byte-exact id included, and goes back with the back button', async () => {
        await go('#subscribers');
        await go(`#subscribers/${encodeURIComponent(subscriber.customerId)}`);
        await page.getByTestId('subscriber-detail').getByText(subscriber.customerId).first().waitFor();
        expect(await heading().textContent()).toContain(subscriber.email);
        await page.goBack();
        await page.getByLabel('Search subscribers').waitFor();
        expect(new URL(page.url()).hash).toBe('#subscribers');
    });

    it('moves focus to the new heading when the pressed link disappears, and a tab keeps focus', async () => {
        await go('#subscribers');
        await page.getByLabel('Search subscribers').fill(subscriber.email);
        const row = page.getByRole('row', { name: new RegExp(subscriber.email) });
        await row.getByRole('link', { name: 'Open' }).click();
        await page.getByTestId('subscriber-detail').waitFor();
        await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
        expect((await focused()).text).toContain(subscriber.email);

        await page.getByRole('tab', { name: 'Products' }).click();
        await page.getByRole('tab', { name: 'Products' }).press('ArrowRight');
        await page.getByLabel('Search subscribers').waitFor();
        expect(await focused()).toMatchObject({ tag: 'BUTTON', text: 'Subscribers' });
    });

    it('links from the log to the subscriber, and from the inbox to the event and back', async () => {
        await go('#log');
        await page.getByLabel('Filter by subscriber').fill(subscriber.email);
        const link = page.getByTestId('log-row').first().getByRole('link', { name: subscriber.email });
        await link.waitFor({ timeout: 15_000 });
        await link.click();
        await page.getByTestId('subscriber-detail').waitFor();
        expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#subscribers/${subscriber.customerId}`);
        await page.goBack();
        await page.getByTestId('log-row').first().waitFor();

        await go('#inbox');
        await page.getByLabel('Filter by customer or subscription').fill(subscriber.customerId);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-row"]').length === 1);
        await page.getByTestId('event-row').getByRole('link').first().click();
        await page.getByTestId('event-page').getByTestId('event-body').waitFor();
        const eventUrl = page.url();
        expect(new URL(eventUrl).hash).toMatch(/^#inbox\/\d+$/);
        await page.goBack();
        await page.getByTestId('event-row').first().waitFor();
        // Pasted into a new tab, the same address opens the same event.
        const other = await page.context().newPage();
        await other.goto(eventUrl);
        await other.getByTestId('event-page').getByText('subscription.created').first().waitFor();
        await other.close();
    });

    it('gives refused deliveries their own view with filters', async () => {
        await go('#refused');
        await page.getByTestId('rejection-row').first().waitFor();
        await page.getByLabel('Code').selectOption('bad_signature');
        await page.waitForTimeout(600);
        const codes = await page.getByTestId('rejection-row').locator('td:nth-child(3)').allTextContents();
        expect(codes.length).toBeGreaterThan(0);
        expect(new Set(codes)).toEqual(new Set(['bad_signature']));
        await page.getByLabel('Code').selectOption('not_configured');
        await page.waitForFunction(() =>
            Array.from(document.querySelectorAll('[data-testid="rejection-row"] td:nth-child(3)')).every(
                (td) => td.textContent === 'not_configured',
            ),
        );
        const others = await page.getByTestId('rejection-row').locator('td:nth-child(3)').allTextContents();
        expect(others.filter((c) => c !== 'not_configured')).toEqual([]);
    });

    it('takes a date in one Tab stop', async () => {
        await go('#log');
        await page.getByLabel('Since').focus();
        await page.keyboard.type('2026-11-24 10:30');
        await page.keyboard.press('Tab');
        expect((await focused()).label).toBe('Until');
    });
});

describe('at 390 px and in contrast', () => {
    it('shows rows as cards with their actions on screen, and nothing wider than the phone', async () => {
        await page.setViewportSize(PHONE);
        await go('#subscribers');
        await page.getByLabel('Search subscribers').fill(subscriber.email);
        const open = page.getByRole('link', { name: 'Open' }).first();
        await open.waitFor();
        const box = (await open.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
        expect(
            await page
                .locator('thead')
                .first()
                .evaluate((t) => t.getBoundingClientRect().height),
        ).toBeLessThanOrEqual(1);
        const overflow = await page.evaluate(() => {
            const app = document.querySelector('.tiergate-app')!;
            return app.scrollWidth - app.clientWidth;
        });
        expect(overflow).toBeLessThanOrEqual(0);

        await go('#products');
        const select = page.locator('[data-testid="product-row"] select').first();
        const s = (await select.boundingBox())!;
        expect(s.x + s.width).toBeLessThanOrEqual(PHONE.width);
        await page.setViewportSize(WIDE);
    });

    it('draws badge, tagline and footer text at WCAG AA contrast or better', async () => {
        await go('#subscribers');
        await page.locator('[data-tone]').first().waitFor();
        const ratios = await page.evaluate(() => {
            const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
            const lum = (c: string) => {
                const [r, g, b] = rgb(c).map((v) => {
                    const x = v / 255;
                    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
            };
            const ratio = (a: string, b: string) => {
                const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
                return (hi! + 0.05) / (lo! + 0.05);
            };
            /** The first non-transparent background up the tree. */
            const background = (el: Element | null): string => {
                for (; el; el = el.parentElement) {
                    const bg = getComputedStyle(el).backgroundColor;
                    if (bg && !/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
                }
                return 'rgb(255, 255, 255)';
            };
            const measured = Array.from(document.querySelectorAll('[data-tone]')).map((b) => ({
                what: `badge ${b.getAttribute('data-tone')}`,
                ratio: ratio(getComputedStyle(b).color, background(b)),
            }));
            // The extension's description (its tagline), as Blueprint renders it above the page.
            const tagline = document.querySelector('.ext-description');
            if (tagline)
                measured.push({ what: 'tagline', ratio: ratio(getComputedStyle(tagline).color, background(tagline)) });
            const footer = document.querySelector('.tiergate-app > p:last-child');
            if (footer)
                measured.push({ what: 'footer', ratio: ratio(getComputedStyle(footer).color, background(footer)) });
            return measured;
        });
        expect(ratios.map((r) => r.what)).toEqual(expect.arrayContaining(['tagline', 'footer']));
        for (const r of ratios)
            expect(`${r.what}: ${r.ratio >= 4.5 ? 'AA' : r.ratio.toFixed(2)}`).toBe(`${r.what}: AA`);
    });
});

describe('screenshots of every page', () => {
    const pages: Array<[string, string, () => Promise<unknown>]> = [
        ['overview', '#overview', () => page.getByText('Subscribers by state').waitFor()],
        ['templates', '#templates', () => page.getByTestId('template-row').first().waitFor()],
        ['template-new', '#templates/new', () => page.getByRole('button', { name: 'Save template' }).waitFor()],
        ['products', '#products', () => page.getByTestId('product-row').first().waitFor()],
        ['subscribers', '#subscribers', () => page.getByTestId('subscriber-row').first().waitFor()],
        [
            'subscriber',
            `#subscribers/${encodeURIComponent(subscriber?.customerId ?? '')}`,
            () => page.getByTestId('subscriber-detail').waitFor(),
        ],
        ['log', '#log', () => page.getByTestId('log-row').first().waitFor()],
        ['inbox', '#inbox', () => page.getByTestId('event-row').first().waitFor()],
        ['refused', '#refused', () => page.getByTestId('rejection-row').first().waitFor()],
        ['settings', '#settings', () => page.getByRole('button', { name: 'Save settings' }).waitFor()],
    ];

    it.each([
        ['1440', WIDE],
        ['390', PHONE],
    ])('at %s px', async (name, viewport) => {
        await page.setViewportSize(viewport);
        for (const [file, hash, ready] of pages) {
            const target = file === 'subscriber' ? `#subscribers/${encodeURIComponent(subscriber.customerId)}` : hash;
            await go(target);
            await ready();
            await screenshot(page, `page-${file}-${name}`);
        }
        await go('#inbox');
        await page.getByTestId('event-row').getByRole('link').first().click();
        await page.getByTestId('event-page').getByTestId('event-body').waitFor();
        await screenshot(page, `page-event-${name}`);
        await page.setViewportSize(WIDE);
        expect(jsErrors).toEqual([]);
    });
});
