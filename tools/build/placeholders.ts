/**
 * Blueprint's install runs sed over every file it copies and rewrites these tokens (blueprint.md §6), so a
 * prebuilt bundle that happens to contain one would be silently corrupted on the admin's panel.
 */
const TOKENS = [
    'identifier',
    'identifier^',
    'identifier!',
    'name',
    'name!',
    'author',
    'version',
    'random',
    'timestamp',
    'mode',
    'target',
    'is_target',
    'engine',
    'root',
    'root/public',
    'root/data',
    'root/fs',
    'webroot',
    'webroot/public',
    'webroot/fs',
    'appcontext',
    'viewcontext',
    'fs',
    'fs/private',
];

export const PLACEHOLDER_TOKENS: readonly string[] = TOKENS.map((t) => `{${t}}`);

export interface PlaceholderHit {
    token: string;
    offset: number;
    context: string;
}

export function findPlaceholders(text: string): PlaceholderHit[] {
    const hits: PlaceholderHit[] = [];
    for (const token of PLACEHOLDER_TOKENS) {
        let at = text.indexOf(token);
        while (at !== -1) {
            // `!{name}` is Blueprint's escape for a literal token and survives the pass.
            if (text[at - 1] !== '!') {
                hits.push({ token, offset: at, context: text.slice(Math.max(0, at - 30), at + token.length + 30) });
            }
            at = text.indexOf(token, at + 1);
        }
    }
    return hits.sort((a, b) => a.offset - b.offset);
}
