/**
 * GNU sed 4.x `s~PATTERN~REPLACEMENT~g` as Blueprint runs it: the replacement is a shell variable pasted into the
 * script, so sed's replacement syntax applies to whatever the value contains. Only literal patterns are supported
 * (every pattern Blueprint's install uses is literal).
 */
export class SedError extends Error {}

type Piece = { kind: 'text'; text: string } | { kind: 'match' } | { kind: 'case'; mode: 'L' | 'U' | 'l' | 'u' | 'E' };

export interface SedExpression {
    /** The literal text the pattern matches (e.g. `[DESCRIPTION]` for `\[DESCRIPTION\]`). */
    match: string;
    /** The script text after `s~pattern~`, exactly as the shell pasted it, before the closing `~g`. */
    replacement: string;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', a: '\x07', f: '\f', v: '\v', r: '\r' };

function numericEscape(rest: string, at: number, kind: string): { char: string; length: number } | null {
    const spec = { d: [/^[0-9]{1,3}/, 10], o: [/^[0-7]{1,3}/, 8], x: [/^[0-9a-fA-F]{1,2}/, 16] } as const;
    const [re, base] = spec[kind as keyof typeof spec];
    const digits = re.exec(rest.slice(at))?.[0];
    if (!digits) return null;
    return { char: String.fromCharCode(parseInt(digits, base) & 0xff), length: digits.length };
}

/** Parses `replacement + '~g'` the way sed parses the rest of an s command after the pattern. */
export function parseReplacement(replacement: string, delimiter = '~'): Piece[] {
    const script = `${replacement}${delimiter}g`;
    const pieces: Piece[] = [];
    const text = (t: string) => pieces.push({ kind: 'text', text: t });
    let i = 0;
    for (;;) {
        if (i >= script.length) throw new SedError("unterminated `s' command");
        const c = script[i]!;
        if (c === delimiter) break;
        if (c === '\n') throw new SedError("unterminated `s' command");
        if (c === '&') {
            pieces.push({ kind: 'match' });
            i += 1;
            continue;
        }
        if (c !== '\\') {
            text(c);
            i += 1;
            continue;
        }
        const e = script[i + 1];
        if (e === undefined) throw new SedError("unterminated `s' command");
        i += 2;
        if (e === '0') pieces.push({ kind: 'match' });
        else if (/[1-9]/.test(e)) throw new SedError(`invalid reference \\${e} on \`s' command's RHS`);
        else if (e in SIMPLE_ESCAPES) text(SIMPLE_ESCAPES[e]!);
        else if (e === 'L' || e === 'U' || e === 'l' || e === 'u' || e === 'E') pieces.push({ kind: 'case', mode: e });
        else if (e === 'c' && i < script.length && script[i] !== delimiter) {
            text(String.fromCharCode(script[i]!.toUpperCase().charCodeAt(0) ^ 0x40));
            i += 1;
        } else if (e === 'd' || e === 'o' || e === 'x') {
            const n = numericEscape(script, i, e);
            if (n) {
                text(n.char);
                i += n.length;
            } else text(e);
        } else text(e); // `\'`, `\&`, `\\`, `\~`, a backslash-newline: the character itself
    }
    // What follows the closing delimiter must be flags; anything else (a second `~` from the value) is an error.
    const flags = script.slice(i + 1);
    if (!/^[gpiImMe0-9]*$/.test(flags)) throw new SedError("unknown option to `s'");
    return pieces;
}

function render(pieces: Piece[], matched: string): string {
    let out = '';
    let mode: 'L' | 'U' | null = null;
    let once: 'l' | 'u' | null = null;
    const emit = (s: string) => {
        for (const ch of s) {
            let c = mode === 'L' ? ch.toLowerCase() : mode === 'U' ? ch.toUpperCase() : ch;
            if (once) {
                c = once === 'l' ? c.toLowerCase() : c.toUpperCase();
                once = null;
            }
            out += c;
        }
    };
    for (const p of pieces) {
        if (p.kind === 'text') emit(p.text);
        else if (p.kind === 'match') emit(matched);
        else if (p.mode === 'E') mode = null;
        else if (p.mode === 'L' || p.mode === 'U') mode = p.mode;
        else once = p.mode;
    }
    return out;
}

/**
 * `sed -i -e "s~P1~R1~g" -e "s~P2~R2~g" … file`: sed compiles every expression first, so one bad replacement
 * leaves the file untouched (and sed exits non-zero, which Blueprint ignores). Patterns here never span lines,
 * so applying the expressions one after the other to the whole text is what sed's line-by-line run gives.
 */
export function sedInPlace(text: string, expressions: SedExpression[]): { text: string; error?: string } {
    let compiled: Array<[string, Piece[]]>;
    try {
        compiled = expressions.map((e) => [e.match, parseReplacement(e.replacement)]);
    } catch (err) {
        if (err instanceof SedError) return { text, error: `sed: ${err.message}` };
        throw err;
    }
    let out = text;
    for (const [match, pieces] of compiled) out = out.split(match).join(render(pieces, match));
    return { text: out };
}
