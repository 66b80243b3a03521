/**
 * The demo tiers with in-game actions: tools/demo/tiers.json plus, per template, LuckPerms groups `{path}_{tier}`
 * (frost_knight on the Frost Path servers it covers, fire_knight on the Fire Path ones) and a whitelist on the
 * non-public servers (tools/demo/game-actions.json). Servers are named by external id; `tiergate:import` resolves them.
 */
import tiers from './tiers.json';
import plan from './game-actions.json';

export interface DemoGameAction {
    label: string;
    grant: string;
    revoke: string;
    servers: string[];
}

const luckPerms = (group: string, servers: string[]): DemoGameAction => ({
    label: `LuckPerms ${group}`,
    grant: `lp user {player} parent add ${group}`,
    revoke: `lp user {player} parent remove ${group}`,
    servers,
});

export function demoGameActions(templateKey: string): DemoGameAction[] {
    const covers: string[] = (plan.covers as Record<string, string[]>)[templateKey] ?? [];
    const tier = templateKey.replace(/^subscriber_/, '');
    const actions: DemoGameAction[] = [];
    for (const [path, servers] of Object.entries(plan.paths)) {
        const here = servers.filter((s) => covers.includes(s));
        if (here.length > 0) actions.push(luckPerms(`${path}_${tier}`, here));
    }
    const whitelisted = plan.whitelisted.filter((s) => covers.includes(s));
    if (whitelisted.length > 0)
        actions.push({
            label: 'Whitelist',
            grant: 'whitelist add {player}',
            revoke: 'whitelist remove {player}',
            servers: whitelisted,
        });
    return actions;
}

/** The import document for `tiergate:import`: the demo tiers, each with its in-game actions. */
export function demoTiersWithGameActions(): Omit<typeof tiers, 'templates'> & {
    templates: Array<(typeof tiers.templates)[number] & { game_actions: DemoGameAction[] }>;
} {
    return {
        ...tiers,
        templates: tiers.templates.map((t) => ({ ...t, game_actions: demoGameActions(t.key) })),
    };
}
