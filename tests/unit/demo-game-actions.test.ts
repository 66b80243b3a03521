import { demoGameActions, demoTiersWithGameActions } from '../../tools/demo/game-actions';
import tiers from '../../tools/demo/tiers.json';

describe("the demo tiers' in-game actions", () => {
    it('give {path}_{tier} LuckPerms groups on each path the tier covers, and a whitelist on its non-public servers', () => {
        expect(demoGameActions('subscriber_awakened')).toEqual([
            {
                label: 'LuckPerms frost_awakened',
                grant: 'lp user {player} parent add frost_awakened',
                revoke: 'lp user {player} parent remove frost_awakened',
                servers: ['frost-hub', 'frost-survival'],
            },
        ]);
        const knight = demoGameActions('subscriber_knight');
        expect(knight.map((a) => a.label)).toEqual(['LuckPerms frost_knight', 'LuckPerms fire_knight', 'Whitelist']);
        expect(knight[1]!.servers).toEqual([
            'fire-hub',
            'fire-survival',
            'fire-skyblock',
            'fire-factions',
            'fire-events',
        ]);
        expect(knight[2]!.servers).toEqual([
            'frost-skyblock',
            'frost-creative',
            'frost-events',
            'fire-skyblock',
            'fire-factions',
            'fire-events',
        ]);
        expect(demoGameActions('subscriber_sovereign').at(-1)!.servers).toContain('beta-lab');
    });

    it('cover every demo tier and keep the rest of tiers.json as it is', () => {
        const doc = demoTiersWithGameActions();
        expect(doc.products).toEqual(tiers.products);
        expect(doc.templates.map((t) => t.game_actions.length)).toEqual([1, 2, 3, 3, 3, 3]);
    });
});
