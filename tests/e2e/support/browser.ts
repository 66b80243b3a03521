import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { PANEL } from '../../../tools/testbed/client';

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'artifacts', 'screenshots');

/** Debian's Chromium, headless, with the flags this closed network needs (no background connections). */
export function launch(): Promise<Browser> {
    return chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
        ],
    });
}

export async function loginAs(page: Page, user: string, password: string): Promise<void> {
    await page.goto(`${PANEL}/auth/login`);
    await page.fill('input[name="user"]', user);
    await page.fill('input[name="password"]', password);
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}
