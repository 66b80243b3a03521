/**
 * Blueprint's `eval "$(parse_yaml file prefix)"` (scripts/libraries/parse_yaml.sh, a sed/awk YAML reader), for
 * the shapes Tiergate's conf.yml and Console.yml use: block mappings, block sequences of mappings, plain and
 * quoted scalars, comments. Returns the shell variables the eval leaves behind. Shapes it does not reproduce
 * (flow `[…]`/`{…}` values, anchors and aliases, `|`/`>` blocks) are refused rather than guessed.
 */
export class ParseYamlError extends Error {}

const S = '[ \\t\\n\\v\\f\\r]*'; // [[:space:]]*
const W = '[a-zA-Z0-9_.]*';
const FS = '\x1c';
const Q = `["']`;

/** sed 1: a `- key: value` line becomes `-` and ` key: value`; comments and blank lines go. */
function splitAndStripComments(line: string): string[] {
    let ps = line.replace(new RegExp(`^(${S})\\?`), '$1-');
    ps = ps.replace(new RegExp(`^(${S})-${S}(${W})${S}:${S}([^]*)`), '$1-\n$1 $2: $3');
    ps = ps.replace(new RegExp(`^${S}#[^]*`), '');
    ps = ps.replace(new RegExp(`${S}#[^"']*$`), '');
    ps = ps.replace(/^([^"'#]*)#[^]*/, '$1');
    if (new RegExp(`^${S}$`).test(ps)) return [];
    return ps.split('\n');
}

function refuseUnsupported(line: string, file: string): void {
    const flow = new RegExp(`^${S}(${W}${S}:|-)${S}[[{&*]`);
    if (flow.test(line) || /[ \t]*[|>][ \t]*$/.test(line) || new RegExp(`^${S}(---|\\.\\.\\.)`).test(line)) {
        throw new ParseYamlError(`${file}: parse_yaml emulation does not handle this line: ${JSON.stringify(line)}`);
    }
}

/** sed 5: one line to `indent FS key FS value` (or `indent FS FS FS text` for a continuation). */
function toFields(line: string): string | null {
    const rules: Array<[RegExp, string]> = [
        [new RegExp(`^(${S}):`), '$1'],
        [new RegExp(`^(${S})(---)(${S})`), ''],
        [new RegExp(`^(${S})(\\.\\.\\.)(${S})`), ''],
        [new RegExp(`^(${S})-${S}${Q}(.*)${Q}${S}$`), `$1${FS}${FS}$2`],
        [new RegExp(`^(${S})(${W})${S}:${S}${Q}(.*)${Q}${S}$`), `$1${FS}$2${FS}$3`],
        [new RegExp(`^(${S})-${S}(.*)${S}$`), `$1${FS}${FS}$2`],
        [new RegExp(`^(${S})(${W})${S}:${S}${Q}?(.*)${S}$`), `$1${FS}$2${FS}$3`],
        [new RegExp(`^(${S})${Q}?([^&][^${FS}]+)${Q}${S}$`), `$1${FS}${FS}${FS}$2`],
        [new RegExp(`^(${S})${Q}?([^&][^${FS}]+)${S}$`), `$1${FS}${FS}${FS}$2`],
        [new RegExp(`^(${S})(${W})${S}:${S}${Q}(.*)${S}$`), `$1${FS}$2${FS}$3`],
        [new RegExp(`^(${S})${Q}([^&][^${FS}]*)${Q}${S}$`), `$1${FS}${FS}${FS}$2`],
        [new RegExp(`^(${S})${Q}([^&][^${FS}]*)${S}$`), `$1${FS}${FS}${FS}$2`],
        [new RegExp(`^(${S})(${W})${S}:${S}(.*)${S}$`), `$1${FS}$2${FS}$3`],
        [new RegExp(`^(${S})([^&][^${FS}]*)${Q}${S}$`), `$1${FS}${FS}${FS}$2`],
        [new RegExp(`^(${S})([^&][^${FS}]*)${S}$`), `$1${FS}${FS}${FS}$2`],
    ];
    // Rules 1-3 then `…|p;t`: a hit on 1-3 sets sed's flag, so the first `t` ends the cycle (unprinted) unless
    // rule 4 printed. After that, the last rule `s|$s$||p` always prints.
    let ps = line;
    let flagged = false;
    rules.forEach(([re, to], n) => {
        if (n < 3 && re.test(ps)) {
            ps = ps.replace(re, to);
            flagged = true;
        }
    });
    for (const [n, [re, to]] of rules.entries()) {
        if (n < 3) continue;
        if (n === 4 && flagged) return null;
        if (!re.test(ps)) continue;
        ps = ps.replace(re, to);
        if (n === 3 || n === 4) return ps;
    }
    return ps.replace(new RegExp(`${S}$`), '');
}

/** The `eval` result: variable name → value. */
export function parseYaml(text: string, prefix: string, file = 'file'): Map<string, string> {
    const lines: string[] = [];
    for (const raw of `${text}\n`.split('\n')) {
        refuseUnsupported(raw, file);
        for (const line of splitAndStripComments(raw)) {
            const global = line.replace(new RegExp(`,${S}\\]`, 'g'), ']').replace(new RegExp(`,${S}}`, 'g'), '}');
            const fields = toFields(global);
            if (fields !== null) lines.push(fields);
        }
    }

    const vars = new Map<string, string>();
    const assignment = new Map<string, string>();
    const vname = new Map<number, string>();
    const idx = new Map<number, number>();
    let value = '';
    let vn = '';
    let fullVn = '';
    for (const line of lines) {
        const f = line.split(FS);
        if (f.length > 3) {
            if (value !== '') value += ' ';
            value += f[3] ?? '';
        } else {
            const indent = (f[0] ?? '').replace(/\t/g, '        ').length / 2;
            vname.set(indent, f[1] ?? '');
            value = f[2] ?? '';
            for (const i of [...vname.keys()]) {
                if (i > indent) {
                    vname.delete(i);
                    idx.set(i, 0);
                }
            }
            if ((f[1] ?? '') === '') {
                idx.set(indent, (idx.get(indent) ?? 0) + 1);
                vname.set(indent, String(idx.get(indent)));
            }
            vn = '';
            for (let i = 0; i < indent; i++) vn += `${vname.get(i) ?? ''}_`;
            vn = prefix + vn;
            fullVn = vn + (vname.get(indent) ?? '');
            if (vn === prefix) vn = `${prefix}_`;
            if (vn === '_') vn = '__';
        }
        fullVn = fullVn.replace(/\./g, '_');
        value = value.replace(/\\"/g, '"');
        assignment.set(fullVn, value);
        const siblings = assignment.get(vn) ?? '';
        if (!siblings.includes(fullVn)) assignment.set(vn, `${siblings} ${fullVn}`);
        // A `*name` value is an alias only if an anchor `&name` was seen; anchors are refused above, so it is text.
        if (value.length > 0) vars.set(fullVn, value);
    }
    for (const [name, v] of assignment) if (name.endsWith('_')) vars.set(name, v);
    return vars;
}
