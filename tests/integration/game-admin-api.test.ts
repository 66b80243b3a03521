import { canonicalEvent } from '../../tools/sim/events';
import { deliver } from '../../tools/sim/send';
import { newSecret } from '../../tools/sim/sign';
import type { CommandPreviewWire, SettingsWire, SubscriberGameWire, TemplateWire } from '../../contract/admin';
import { AdminApi } from './support/admin-client';
import { expectContractAnswer } from './support/admin-contract';
import { eventually } from './support/panel-state';
import { artisan, closeDb, db, WEBHOOK } from '../../tools/testbed/client';

// Issue 15's admin endpoints on the test bed, every answer checked against contract/admin.ts: the template editor's
// in-game actions and command preview, a subscriber's in-game name, and the game_username_pattern setting.
const secret = newSecret();
const tag = `gapi${process.pid}${Date.now().toString(36)}`;
const customerId = `cus-${tag}`;
let admin: AdminApi;

const call = async (method: string, path: string, body?: unknown) => {
    const answer = await admin.call(method, path, body);
    expectContractAnswer(method, path, answer.status, answer.json);
    return answer;
};

beforeAll(async () => {
    artisan('tiergate:secret', `--set=${secret}`);
    admin = await AdminApi.admin();
}, 60_000);
afterAll(async () => {
    await db().execute('DELETE FROM tiergate_templates WHERE `key` LIKE ?', [`${tag}%`]);
    await closeDb();
});

describe('in-game actions on a template', () => {
    it('previews the exact commands, saves the actions, and refuses one that could never be sent', async () => {
        const catalogue = (await call('GET', '/catalogue')).json;
        const frostNode = catalogue.nodes.find((n: { name: string }) => n.name === 'NC1 Charlotte').id;
        const template = {
            key: `${tag}_t`,
            name: 'Game_API',
            selector: { mode: 'match', nodes: [frostNode] },
            permissions: ['control.console'],
            game_actions: [
                {
                    label: 'LuckPerms frost_knight',
                    grant: 'lp user {player} parent add frost_knight',
                    revoke: 'lp user {player} parent remove frost_knight',
                    servers: null,
                },
            ],
        };
        const preview = (await call('POST', '/template-command-preview', { ...template, player: 'Notch' }))
            .json as CommandPreviewWire;
        expect(preview.servers.map((s) => s.name)).toContain('Frost Hub');
        expect(preview.data).toHaveLength(preview.servers.length);
        expect(preview.data.find((r) => r.server_name === 'Frost Hub')).toMatchObject({
            grant: 'lp user Notch parent add frost_knight',
            revoke: 'lp user Notch parent remove frost_knight',
            error: null,
        });

        const created = await call('POST', '/templates', template);
        expect(created.status).toBe(201);
        expect((created.json as TemplateWire).game_actions).toEqual(template.game_actions);

        const refused = await call('PATCH', `/templates/${(created.json as TemplateWire).id}`, {
            game_actions: [{ label: 'Op', grant: 'op {playr}', revoke: null, servers: null }],
        });
        expect(refused.status).toBe(422);
        expect(refused.json.errors['game_actions.0.commands'][0]).toContain('unknown placeholder {playr}');
    });
});

describe("a subscriber's in-game name", () => {
    it('shows the name billing sent, takes a correction, and refuses a hostile one', async () => {
        const body = JSON.stringify(
            canonicalEvent({
                type: 'subscription.created',
                timestamp: new Date(),
                subscription: {
                    id: `sub-${tag}`,
                    status: 'active',
                    product: { id: 'awakened', slug: 'awakened' },
                    sequence: 1,
                },
                customer: { id: customerId, email: `${tag}@players.example.com`, game_username: 'Steve_api' },
            }),
        );
        expect((await deliver({ url: WEBHOOK, secrets: [secret], body })).status).toBe(202);
        const path = `/subscriber-game/${encodeURIComponent(customerId)}`;
        await eventually('the account exists', async () =>
            expect(
                (await db().query('SELECT 1 FROM tiergate_accounts WHERE customer_id = ?', [customerId]))[0],
            ).toHaveLength(1),
        );
        expect(((await call('GET', path)).json as SubscriberGameWire).name).toEqual({
            from_billing: 'Steve_api',
            override: null,
            override_active: false,
            effective: 'Steve_api',
        });

        const hostile = await call('POST', `/subscribers/${encodeURIComponent(customerId)}/game-name`, {
            name: 'x;op x',
        });
        expect(hostile.status).toBe(422);
        expect(hostile.json.errors.name[0]).toContain('not allowed in a console command');

        const set = await call('POST', `/subscribers/${encodeURIComponent(customerId)}/game-name`, {
            name: 'Steve_fixed',
        });
        expect((set.json as SubscriberGameWire).name).toMatchObject({
            override: 'Steve_fixed',
            effective: 'Steve_fixed',
        });
    });
});

describe('the game_username_pattern setting', () => {
    afterAll(async () => {
        await call('PATCH', '/settings', { game_username_pattern: '^[A-Za-z0-9_]{3,16}$' });
    });

    it('is shown with its default, refuses a pattern that does not compile, and saves one that does', async () => {
        expect(((await call('GET', '/settings')).json as SettingsWire).game_username_pattern).toBe(
            '^[A-Za-z0-9_]{3,16}$',
        );
        const bad = await call('PATCH', '/settings', { game_username_pattern: '^[A-Z' });
        expect(bad.status).toBe(422);
        expect(Object.keys(bad.json.errors)).toEqual(['game_username_pattern']);
        const saved = await call('PATCH', '/settings', { game_username_pattern: '^\\.?[A-Za-z0-9_]{3,16}$' });
        expect((saved.json as SettingsWire).game_username_pattern).toBe('^\\.?[A-Za-z0-9_]{3,16}$');
    });
});
