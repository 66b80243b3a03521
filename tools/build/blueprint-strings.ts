/**
 * Refuses strings Blueprint's install would mangle. Blueprint reads conf.yml and Console.yml with its bash
 * parse_yaml and pastes the values into sed replacements and PHP string literals without escaping them for
 * either (research/real-hosts.md: one apostrophe in a Console.yml description broke every `php artisan` call).
 */
import { parse } from 'yaml';
import { parseYaml } from '../testbed/blueprint/parse-yaml';

export interface StringFinding {
    file: string;
    line: number;
    column: number;
    char: string;
    message: string;
}

type Rule = [chars: string, why: string];

const SED = "sed reads it in the replacement (a `\\` escapes, `~` ends Blueprint's s~…~…~ command)";
const SINGLE =
    "the generated PHP has it in a '…' string; Blueprint's \\' loses its backslash in sed, so the string ends early and artisan stops working on the whole panel";
const DOUBLE = 'the generated PHP has it in a "…" string, where it ends the string or interpolates a variable';
const UNESCAPED_AMP = 'Blueprint does not escape `&` here, so sed puts the matched placeholder in its place';
const CONTROL = 'a control character or newline cannot survive parse_yaml and sed';

const CONSOLE_RULES: Record<string, Rule[]> = {
    Signature: [
        ['\\~', SED],
        ["'", SINGLE],
        ['"$', `${DOUBLE} (the schedules file)`],
    ],
    Description: [
        ['\\~', SED],
        ["'", SINGLE],
    ],
    Path: [
        ['\\~', SED],
        ["'", SINGLE],
        ['&', UNESCAPED_AMP],
        ['@', 'Blueprint refuses console paths with `@`'],
    ],
    Interval: [
        ['\\~', SED],
        ["'", `${SINGLE} (cron('…') in the schedules file)`],
        ['&', UNESCAPED_AMP],
    ],
};

const ADMIN_VIEW = 'the admin page shell has it in a PHP "…" string, where `$` interpolates a variable';
const CONF_RULES: Record<string, Rule[]> = {
    name: [
        ['\\~', SED],
        ['$', ADMIN_VIEW],
    ],
    description: [
        ['\\~', SED],
        ['$', ADMIN_VIEW],
    ],
    version: [
        ['\\~', SED],
        ['"$', `${ADMIN_VIEW}; version is not escaped at all`],
    ],
    author: [['\\~', SED]],
    website: [
        ['\\~', SED],
        ['"$', ADMIN_VIEW],
    ],
};

const INTERVAL_KEYWORDS = new Set([
    'everyMinute',
    'everyTwoMinutes',
    'everyThreeMinutes',
    'everyFourMinutes',
    'everyFiveMinutes',
    'everyTenMinutes',
    'everyFifteenMinutes',
    'everyThirtyMinutes',
    'hourly',
    'daily',
    'weekdays',
    'weekends',
    'sundays',
    'mondays',
    'tuesdays',
    'wednesdays',
    'thursdays',
    'fridays',
    'saturdays',
    'weekly',
    'monthly',
    'quarterly',
    'yearly',
]);

const show = (c: string) => (c.length === 1 && c >= ' ' && c !== '\x7f' ? c : JSON.stringify(c));

/**
 * Checks `key: value` lines: the character rules for keys in `rules` (only under `section:` when given), and for
 * every key with a value (`everyKey`) or every key with rules, that parse_yaml reads what YAML means.
 */
function check(
    text: string,
    file: string,
    rules: Record<string, Rule[]>,
    section?: string,
    everyKey = false,
): StringFinding[] {
    const findings: StringFinding[] = [];
    let current = '';
    text.split('\n').forEach((raw, n) => {
        const top = /^([A-Za-z_][\w.]*):/.exec(raw);
        if (top) current = top[1]!;
        const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w.]*)(\s*:\s*)(.*)$/.exec(raw);
        if (!m) return;
        const [, lead, key, colon, rawValue] = m as unknown as [string, string, string, string, string];
        const ruled = !!rules[key] && (section === undefined || (current === section && !top));
        if (!ruled && !(everyKey && rawValue.trim() !== '')) return;
        const valueStart = lead.length + key.length + colon.length;
        const at = (char: string, from = 0) => {
            const i = raw.indexOf(char, valueStart + from);
            return i === -1 ? valueStart + 1 : i + 1;
        };
        const add = (char: string, column: number, why: string) =>
            findings.push({
                file,
                line: n + 1,
                column,
                char,
                message: `${file}:${n + 1}:${column}: ${show(char)} in ${key}: ${why}`,
            });

        let intended: unknown;
        try {
            intended = (parse(`v: ${rawValue}`) as { v: unknown }).v;
        } catch {
            add(rawValue.charAt(0), valueStart + 1, 'not a valid YAML value');
            return;
        }
        const value = intended === null || intended === undefined ? '' : String(intended);
        [...value].forEach((c, i) => {
            if (c < ' ' || c === '\x7f') add(c, at(c, i), CONTROL);
        });
        const skipRules = !ruled || (key === 'Interval' && INTERVAL_KEYWORDS.has(value));
        for (const [chars, why] of skipRules ? [] : rules[key]!) {
            for (const c of chars) if (value.includes(c)) add(c, at(c), why);
        }
        // What Blueprint's parse_yaml reads must be the value YAML means (comments, quotes, `\"`, `, ]` …).
        if (findings.some((f) => f.line === n + 1)) return;
        let read: string;
        try {
            read = parseYaml(`${key}: ${rawValue}`, 'x_', file).get(`x_${key}`) ?? '';
        } catch (err) {
            add(rawValue.charAt(0), valueStart + 1, err instanceof Error ? err.message : String(err));
            return;
        }
        if (read !== value) {
            let i = 0;
            while (i < value.length && value[i] === read[i]) i++;
            const c = value[i] ?? read[i] ?? '';
            add(
                c,
                at(c, i),
                `Blueprint's parse_yaml reads this value as ${JSON.stringify(read)}, not ${JSON.stringify(value)}`,
            );
        }
    });
    return findings;
}

export const checkConsoleYml = (text: string, file: string) => check(text, file, CONSOLE_RULES);
export const checkConfYml = (text: string, file = 'conf.yml') => check(text, file, CONF_RULES, 'info', true);
