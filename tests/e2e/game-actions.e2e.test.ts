import type { Browser, Page } from 'playwright-core';
import { canonicalEvent } from '../../tools/sim/events';
import { deliver } from '../../tools/sim/send';
import { newSecret } from '../../tools/sim/sign';
import { testbed } from '../../tools/testbed/config';
import { artisan, closeDb, db, PANEL, WEBHOOK } from '../../tools/testbed/client';
import { launch, loginAs, screenshot } from './support/browser';

// Issue 15 in Debian's Chromium against the running test bed: a template's in-game actions from one-click presets,
// the exact commands previewed for a sample player, and a subscriber's in-game name on their page.
let browser: Browser;
let page: Page;
const jsErrors: string[] = [];
const tag = `ga${Date.now().toString(36)}`;
const secret = newSecret();
const customerId = `cus-${tag}`;
const player = `P_${tag}`.slice(0, 16);

const event = (gameUsername: string) =>
    JSON.stringify(
        canonicalEvent({
            type: 'subscription.created',
            timestamp: new Date(),
            subscription: {
                id: `sub-${tag}`,
                status: 'active',
                product: { id: 'subscriber_awakened', slug: 'subscriber_awakened' },
                plan: { type: 'recurring' },
                sequence: 1,
            },
            customer: { id: customerId, email: `${tag}@players.example.com`, game_username: gameUsername },
        }),
    );

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => jsErrors.push(e.message));
    await loginAs(page, testbed.admin.username, testbed.admin.password);
});
afterAll(async () => {
    await browser.close();
    await db().execute('DELETE FROM tiergate_templates WHERE `key` = ?', [`${tag}_game`]);
    await closeDb();
});

describe('in-game actions in the admin page', () => {
    it('refuses a hostile in-game name at the webhook, and stores the event with a Java edition name', async () => {
        const hostile = await deliver({ url: WEBHOOK, secrets: [secret], body: event('x; op x') });
        expect(hostile.status).toBe(422);
        expect(hostile.body).toMatchObject({ code: 'invalid_game_username' });
        expect((await deliver({ url: WEBHOOK, secrets: [secret], body: event(player) })).status).toBe(202);
    });

    it('adds a LuckPerms group and a whitelist with one click each, previews the exact commands, and saves them', async () => {
        await page.goto(`${PANEL}/admin/extensions/tiergate#templates/new`);
        await page.getByLabel('Key').fill(`${tag}_game`);
        await page.getByLabel('Name', { exact: true }).fill('Game Tier');
        await page.getByLabel('Nodes').selectOption({ label: 'NC1 Charlotte' });
        await page.getByRole('button', { name: '+ LuckPerms group' }).click();
        await page.getByTestId('game-action-0').getByLabel('LuckPerms group').fill('frost_knight');
        await page.getByRole('button', { name: '+ Whitelist' }).click();
        await page.getByLabel('Sample player').fill('Notch');

        const preview = page.getByTestId('command-preview');
        await preview.getByText('whitelist add Notch').first().waitFor();
        const hub = preview.getByRole('row', { name: /Frost Hub.*LuckPerms frost_knight/ });
        expect(await hub.textContent()).toContain('lp user Notch parent add frost_knight');
        expect(await hub.textContent()).toContain('lp user Notch parent remove frost_knight');
        expect(await preview.getByRole('row').count()).toBe(1 + 5 * 2);

        await page.getByLabel('Sample player').fill('Notch; op Notch');
        await preview
            .getByText(/Not sent: The value of \{player\}/)
            .first()
            .waitFor();
        await screenshot(page, 'game-actions-preview');

        await page.getByRole('button', { name: 'Save template' }).click();
        await page.getByText('Saved "Game Tier"').waitFor();
        const [rows] = await db().query('SELECT game_actions FROM tiergate_templates WHERE `key` = ?', [`${tag}_game`]);
        const saved = (rows as Array<{ game_actions: string | unknown[] }>)[0]!.game_actions;
        const actions = typeof saved === 'string' ? JSON.parse(saved) : saved;
        expect(actions).toEqual([
            {
                label: 'LuckPerms frost_knight',
                grant: 'lp user {player} parent add frost_knight',
                revoke: 'lp user {player} parent remove frost_knight',
                servers: null,
            },
            { label: 'Whitelist', grant: 'whitelist add {player}', revoke: 'whitelist remove {player}', servers: null },
        ]);
    });

    it("shows the subscriber's in-game name, refuses a hostile correction with the reason, and takes a good one", async () => {
        await page.goto(`${PANEL}/admin/extensions/tiergate#subscribers/${encodeURIComponent(customerId)}`);
        const card = page.getByTestId('game-name');
        await card.getByTestId('game-name-effective').getByText(player).waitFor();

        await card.getByLabel('Correct the in-game name').fill('Bad Name;op');
        await card.getByRole('button', { name: 'Set in-game name' }).click();
        await card
            .getByRole('alert')
            .getByText(/not allowed in a console command/)
            .waitFor();
        await screenshot(page, 'game-name-refused');

        await card.getByLabel('Correct the in-game name').fill('Good_Name');
        await card.getByRole('button', { name: 'Set in-game name' }).click();
        await card.getByText('Commands now go to Good_Name.').waitFor();
        await card.getByTestId('game-name-effective').getByText('Good_Name', { exact: true }).waitFor();
        expect(jsErrors).toEqual([]);
    });
});
