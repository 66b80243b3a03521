import type { GameAction } from '../../api/models';

/**
 * The editor's one-click presets. They only fill an action's fields; the panel stores and sends plain commands.
 * {player} is the subscriber's in-game name, filled in by the panel for each command it sends.
 */
export const luckPermsGroup = (group: string): GameAction => ({
    label: `LuckPerms ${group}`,
    grant: `lp user {player} parent add ${group}`,
    revoke: `lp user {player} parent remove ${group}`,
    servers: null,
});

export const whitelist = (): GameAction => ({
    label: 'Whitelist',
    grant: 'whitelist add {player}',
    revoke: 'whitelist remove {player}',
    servers: null,
});

export const custom = (n: number): GameAction => ({ label: `Custom ${n}`, grant: '', revoke: '', servers: null });

const LUCKPERMS = /^lp user \{player\} parent add (\S+)$/;

/** The group of an action that is still exactly the LuckPerms preset (its group can then be edited in one place). */
export function luckPermsGroupOf(action: GameAction): string | null {
    const group = LUCKPERMS.exec(action.grant ?? '')?.[1];
    return group !== undefined && action.revoke === `lp user {player} parent remove ${group}` ? group : null;
}

/** A LuckPerms group suggested from the template key: subscriber_knight → knight. */
export const suggestedGroup = (templateKey: string) => templateKey.trim().replace(/^subscriber_/, '') || 'member';

/** A label not used yet by the other actions (labels tell actions apart). */
export function uniqueLabel(action: GameAction, others: GameAction[]): GameAction {
    const taken = new Set(others.map((a) => a.label));
    let label = action.label;
    for (let n = 2; taken.has(label); n++) label = `${action.label} (${n})`;
    return { ...action, label };
}
