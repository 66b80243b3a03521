/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InGameCard } from '../../../admin/src/components/subscribers/InGameCard';
import { TemplatesContainer } from '../../../admin/src/components/templates/TemplatesContainer';
import type { SubscriberGameWire } from '../../../contract/admin';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const SERVERS = [
    { uuid: 'uuid-hub', name: 'frost-hub' },
    { uuid: 'uuid-survival', name: 'frost-survival' },
];

/** The panel renders the preview; this stand-in substitutes {player} the same way, so the wiring is what is judged. */
const preview = (body: any) => ({
    servers: SERVERS,
    data: body.game_actions.flatMap((a: any, i: number) =>
        SERVERS.filter((s) => a.servers === null || a.servers.includes(s.uuid)).map((s) =>
            body.player.includes(';')
                ? {
                      action: i,
                      label: a.label,
                      server_uuid: s.uuid,
                      server_name: s.name,
                      grant: null,
                      revoke: null,
                      error: 'The value of {player} holds a character that is not allowed in a console command.',
                  }
                : {
                      action: i,
                      label: a.label,
                      server_uuid: s.uuid,
                      server_name: s.name,
                      grant: a.grant?.replaceAll('{player}', body.player) ?? null,
                      revoke: a.revoke?.replaceAll('{player}', body.player) ?? null,
                      error: null,
                  },
        ),
    ),
});

beforeEach(() => {
    reset();
    answer('GET /catalogue', wire.catalogue);
    answer('POST /selector-preview', { servers: [{ id: 1, name: 'Frost Hub' }] });
    answer('POST /template-command-preview', preview);
});

describe('in-game actions in the template editor', () => {
    it('adds presets with one click, previews the exact commands, and saves them', async () => {
        answer('GET /templates', { data: [wire.template({ key: 'subscriber_frost_knight', name: 'Frost_Knight' })] });
        answer('PATCH /templates/1', (body: any) => ({ ...wire.template(), ...body }));
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Edit Frost_Knight' }));

        fireEvent.click(await screen.findByRole('button', { name: '+ LuckPerms group' }));
        const lp = screen.getByTestId('game-action-0');
        expect(within(lp).getByLabelText('LuckPerms group')).toHaveValue('frost_knight');
        expect(within(lp).getByLabelText('On grant')).toHaveValue('lp user {player} parent add frost_knight');

        fireEvent.click(screen.getByRole('button', { name: '+ Whitelist' }));
        const wl = screen.getByTestId('game-action-1');
        await waitFor(() => expect(screen.getByTestId('command-preview')).toHaveTextContent('whitelist add Steve'));
        fireEvent.click(within(wl).getByRole('checkbox', { name: /All of this template/ }));
        fireEvent.click(within(wl).getByRole('checkbox', { name: 'frost-hub' }));

        fireEvent.change(screen.getByLabelText('Sample player'), { target: { value: 'Notch' } });
        await waitFor(() => {
            const rows = within(screen.getByTestId('command-preview'))
                .getAllByRole('row')
                .slice(1)
                .map((r) => r.textContent);
            expect(rows).toEqual([
                'frost-hubLuckPerms frost_knightlp user Notch parent add frost_knightlp user Notch parent remove frost_knight',
                'frost-survivalLuckPerms frost_knightlp user Notch parent add frost_knightlp user Notch parent remove frost_knight',
                'frost-survivalWhitelistwhitelist add Notchwhitelist remove Notch',
            ]);
        });

        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        await waitFor(() => expect(calls(sent, 'PATCH', '/templates/1')).toHaveLength(1));
        expect((calls(sent, 'PATCH', '/templates/1')[0]!.body as any).game_actions).toEqual([
            {
                label: 'LuckPerms frost_knight',
                grant: 'lp user {player} parent add frost_knight',
                revoke: 'lp user {player} parent remove frost_knight',
                servers: null,
            },
            {
                label: 'Whitelist',
                grant: 'whitelist add {player}',
                revoke: 'whitelist remove {player}',
                servers: ['uuid-survival'],
            },
        ]);
    });

    it('shows why a hostile sample name would never reach a console, and the server refusing a command', async () => {
        answer('GET /templates', {
            data: [
                wire.template({ game_actions: [{ label: 'Op', grant: 'op {playr}', revoke: null, servers: null }] }),
            ],
        });
        answer('PATCH /templates/1', () => {
            throw httpError(422, {
                message: 'On frost-hub: The command uses an unknown placeholder {playr}.',
                errors: {
                    'game_actions.0.commands': ['On frost-hub: The command uses an unknown placeholder {playr}.'],
                },
            });
        });
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Edit Knight' }));
        fireEvent.change(await screen.findByLabelText('Sample player'), { target: { value: 'x; op x' } });
        await waitFor(() =>
            expect(screen.getByTestId('command-preview')).toHaveTextContent(
                'Not sent: The value of {player} holds a character',
            ),
        );
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        expect(
            await within(screen.getByTestId('game-action-0')).findByText(/unknown placeholder \{playr\}/),
        ).toBeInTheDocument();
    });
});

const game = (
    over: Partial<SubscriberGameWire['name']> = {},
    commands: SubscriberGameWire['commands'] = [],
): SubscriberGameWire => ({
    name: { from_billing: 'Steve', override: null, override_active: false, effective: 'Steve', ...over },
    commands,
});

describe('the subscriber page in game', () => {
    it('shows the name and the commands per server, corrects the name, and refuses a hostile one with the reason', async () => {
        answer(
            'GET /subscriber-game/c1',
            game({}, [
                {
                    id: 1,
                    server_uuid: 'u1',
                    server_name: 'frost-hub',
                    kind: 'grant',
                    command: 'whitelist add Steve',
                    status: 'sent',
                    attempts: 1,
                    last_error: null,
                    next_attempt_at: null,
                    created_at: '2026-11-24T00:00:00Z',
                    sent_at: '2026-11-24T00:00:01Z',
                },
                {
                    id: 2,
                    server_uuid: 'u2',
                    server_name: 'frost-survival',
                    kind: 'grant',
                    command: 'whitelist add Steve',
                    status: 'pending',
                    attempts: 2,
                    last_error: 'The server is offline.',
                    next_attempt_at: '2026-11-24T00:05:00Z',
                    created_at: '2026-11-24T00:00:00Z',
                    sent_at: null,
                },
            ]),
        );
        answer('POST /subscribers/c1/game-name', (body: any) => {
            if (body.name.includes(' '))
                throw httpError(422, {
                    message: 'x',
                    errors: {
                        name: [
                            'The in-game name "Steve op" holds a character that is not allowed in a console command.',
                        ],
                    },
                });
            return game({ override: body.name, override_active: true, effective: body.name });
        });
        renderFresh(<InGameCard customerId={'c1'} />);
        expect(await screen.findByTestId('game-name-effective')).toHaveTextContent('Steve');
        expect(screen.getByTestId('pending-commands')).toHaveTextContent('1 command(s) pending');
        expect(screen.getByTestId('game-commands')).toHaveTextContent('The server is offline.');

        fireEvent.change(screen.getByLabelText('Correct the in-game name'), { target: { value: 'Steve op' } });
        fireEvent.click(screen.getByRole('button', { name: 'Set in-game name' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('not allowed in a console command');
        expect(screen.getByLabelText('Correct the in-game name')).toHaveAttribute('aria-invalid', 'true');

        fireEvent.change(screen.getByLabelText('Correct the in-game name'), { target: { value: 'Steve_2' } });
        fireEvent.click(screen.getByRole('button', { name: 'Set in-game name' }));
        expect(await screen.findByText('Commands now go to Steve_2.')).toBeInTheDocument();
        expect(calls(sent, 'POST', '/subscribers/c1/game-name').map((c) => c.body)).toEqual([
            { name: 'Steve op' },
            { name: 'Steve_2' },
        ]);
    });
});
