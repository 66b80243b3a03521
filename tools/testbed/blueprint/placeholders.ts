/**
 * Blueprint's "(v2) Stable placeholders" pass (scripts/commands/extensions/install.sh at beta-2026-06): one
 * `sed -i` per file with these expressions in this order, the values pasted in as the shell expands them. So a
 * value with `\` or `~` is mangled or breaks the pass for every file, exactly as on a real panel, and
 * `{appcontext}` comes out as sed reads its backslashes (`\E` ends a case conversion, `\t` is a tab).
 */
import fs from 'node:fs';
import path from 'node:path';
import { SedExpression, sedInPlace } from './sed';

export interface PlaceholderContext {
    /** conf.yml values after `${x//&/\\&}` (install.sh's aliases) */
    identifier: string;
    name: string;
    author: string;
    version: string;
    target: string;
    /** Blueprint's $VERSION, $FOLDER, $BLUEPRINT_ENGINE */
    blueprintVersion: string;
    folder: string;
    engine: string;
    random: string;
    timestamp: string;
}

const ESCAPABLE = [
    'identifier',
    'name',
    'author',
    'version',
    'random',
    'timestamp',
    'mode',
    'target',
    'root',
    'webroot',
    'viewcontext',
    'appcontext',
    'engine',
    'fs',
    'is_',
];

export function placeholderExpressions(c: PlaceholderContext): SedExpression[] {
    const id = c.identifier;
    const ext = `${c.folder}/.blueprint/extensions/${id}`;
    const unescapedTo = (t: string) => (t === 'is_' ? 'is' : t); // Blueprint's last expression drops the underscore
    return [
        ...ESCAPABLE.map((t) => ({ match: `!{${t}`, replacement: `{__BP_ESCAPED__${t}` })),
        { match: '{identifier}', replacement: id },
        { match: '{name}', replacement: c.name },
        { match: '{author}', replacement: c.author === '' ? 'undefined' : c.author },
        { match: '{version}', replacement: c.version },
        { match: '{random}', replacement: c.random },
        { match: '{timestamp}', replacement: c.timestamp },
        { match: '{mode}', replacement: 'local' },
        { match: '{target}', replacement: c.blueprintVersion },
        { match: '{root}', replacement: c.folder },
        { match: '{webroot}', replacement: '/' },
        { match: '{viewcontext}', replacement: `blueprint.extensions.${id}` },
        { match: '{appcontext}', replacement: `Pterodactyl\\BlueprintFramework\\Extensions\\${id}` },
        { match: '{engine}', replacement: c.engine },
        { match: '{fs}', replacement: `blueprint:${id}` },
        { match: '{identifier^}', replacement: id.charAt(0).toUpperCase() + id.slice(1) },
        { match: '{identifier!}', replacement: id.toUpperCase() },
        { match: '{name!}', replacement: c.name.toUpperCase() },
        { match: '{root/public}', replacement: `${ext}/public` },
        { match: '{root/data}', replacement: `${ext}/private` },
        { match: '{root/fs}', replacement: `${ext}/fs` },
        { match: '{webroot/public}', replacement: `/extensions/${id}` },
        { match: '{webroot/fs}', replacement: `/fs/extensions/${id}` },
        { match: '{fs/private}', replacement: `blueprint_private:${id}` },
        { match: '{is_target}', replacement: String(c.target === c.blueprintVersion) },
        ...ESCAPABLE.map((t) => ({ match: `{__BP_ESCAPED__${t}`, replacement: `{${unescapedTo(t)}` })),
    ];
}

/**
 * `for file in "$dir"/*` (no dotfiles), recursively; a name with a space is skipped (`file=${file// /\\ }`).
 * `log` gets what would leave a file wrong: a sed error, or a placeholder in a file sed could not open.
 */
export function applyPlaceholders(
    dir: string,
    expressions: SedExpression[],
    log: (line: string) => void,
    root = dir,
): void {
    // sed runs in a UTF-8 locale on bytes; carrying UTF-8 values as latin1 strings keeps every file byte-exact.
    const bytes = expressions.map((e) => ({
        match: e.match,
        replacement: Buffer.from(e.replacement, 'utf8').toString('latin1'),
    }));
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            applyPlaceholders(file, expressions, log, root);
            continue;
        }
        const original = fs.readFileSync(file, 'latin1');
        if (path.relative(root, file).includes(' ')) {
            // sed cannot open it, so a placeholder in it stays as written
            if (bytes.some((e) => original.includes(e.match)))
                log(`sed: can't read ${file.replace(/ /g, '\\ ')}: No such file or directory`);
            continue;
        }
        const out = sedInPlace(original, bytes);
        if (out.error) log(`${out.error} (${file} left as it was)`);
        if (out.text !== original) fs.writeFileSync(file, Buffer.from(out.text, 'latin1'));
    }
}
