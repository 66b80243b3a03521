/**
 * The install emulator's reimplementation of what Blueprint runs: GNU sed's replacement syntax, parse_yaml, and
 * the console step. Expected outputs were checked against the real scripts (GNU sed 4.9, Blueprint beta-2026-06's
 * parse_yaml.sh and install.sh console loop run on the same inputs, byte for byte).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateConsole } from '../../tools/testbed/blueprint/console';
import { parseYaml } from '../../tools/testbed/blueprint/parse-yaml';
import { applyPlaceholders, placeholderExpressions } from '../../tools/testbed/blueprint/placeholders';
import { sedInPlace } from '../../tools/testbed/blueprint/sed';

const ROOT = path.resolve(__dirname, '..', '..');
const CONSOLE_DIR = path.join(ROOT, 'blueprint/console');

const sub = (value: string, text = 'x [D] y') => sedInPlace(text, [{ match: '[D]', replacement: value }]);

function phpLint(code: string): { ok: boolean; output: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-lint-'));
    const file = path.join(dir, 'Command.php');
    fs.writeFileSync(file, code);
    const r = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const entry = (fields: Record<string, string>) =>
    `- ${Object.entries(fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n  ')}\n`;

function generate(yml: string, files = ['a.php']) {
    let n = 0;
    const out = generateConsole(
        parseYaml(yml, 'Console_'),
        'tiergate',
        (p) => files.includes(p),
        () => `name${String(n++).padStart(6, 'x')}`,
    );
    if (!out) throw new Error('empty console');
    return out;
}

describe("GNU sed's replacement syntax, as Blueprint's s~…~$VALUE~g meets it", () => {
    it("drops the backslash of \\' and \\&, and & alone inserts the match", () => {
        expect(sub("Tiergate\\'s").text).toBe("x Tiergate's y");
        expect(sub('a\\&b').text).toBe('x a&b y');
        expect(sub('a&b').text).toBe('x a[D]b y');
        expect(sub('a\\0b').text).toBe('x a[D]b y');
    });

    it('turns \\n, \\t, \\x41, \\o102, \\d067, \\cA into characters, \\\\ into one backslash, \\z into z', () => {
        expect(sub('a\\nb\\tc\\x41\\o102\\d067\\cA').text).toBe('x a\nb\tcABC\x01 y');
        expect(sub('back\\\\slash \\z').text).toBe('x back\\slash z y');
    });

    it('applies \\U, \\L, \\u, \\l, \\E case conversion (why {appcontext} loses its \\E and gains a tab)', () => {
        expect(sub('x\\Uup\\Eer\\ulow').text).toBe('x xUPerLow y');
        const [appcontext] = placeholderExpressions({
            identifier: 'tiergate',
            name: 'T',
            author: '',
            version: '1',
            target: 't',
            blueprintVersion: 'rolling',
            folder: '/p',
            engine: 'solstice',
            random: '1',
            timestamp: '1',
        }).filter((e) => e.match === '{appcontext}');
        expect(sedInPlace('{appcontext}', [appcontext!]).text).toBe('PterodactylBlueprintFrameworkxtensions\tiergate');
    });

    it("keeps !{x} escapes as {x}, except Blueprint's own slip: !{is_target} comes out as {istarget}", () => {
        const expressions = placeholderExpressions({
            identifier: 'tiergate',
            name: 'Tier\\&gate',
            author: '',
            version: '1',
            target: 'beta-2026-06',
            blueprintVersion: 'rolling',
            folder: '/p',
            engine: 'solstice',
            random: '1',
            timestamp: '1',
        });
        const line = 'n={name} a={author} it={is_target} tg={target} !{name} !{identifier^} !{is_target}';
        expect(sedInPlace(line, expressions).text).toBe(
            'n=Tier&gate a=undefined it=false tg=rolling {name} {identifier^} {istarget}',
        );
    });

    it('rewrites every file but dotfiles and names with a space, which sed cannot open as Blueprint quotes them', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-ph-'));
        for (const name of ['a.php', '.hidden', 'with space.js'])
            fs.writeFileSync(path.join(dir, name), 'id={identifier}');
        const logged: string[] = [];
        const expressions = placeholderExpressions({
            identifier: 'tiergate',
            name: 'T',
            author: '',
            version: '1',
            target: 't',
            blueprintVersion: 'rolling',
            folder: '/p',
            engine: 'solstice',
            random: '1',
            timestamp: '1',
        });
        applyPlaceholders(dir, expressions, (l) => logged.push(l));
        const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
        expect([read('a.php'), read('.hidden'), read('with space.js')]).toEqual([
            'id=tiergate',
            'id={identifier}',
            'id={identifier}',
        ]);
        expect(logged).toEqual([expect.stringContaining("sed: can't read")]);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it('fails like sed on \\1, an unescaped ~, a raw newline or a trailing backslash, and then changes nothing', () => {
        const two = (value: string) =>
            sedInPlace('[A] [D]', [
                { match: '[A]', replacement: 'a' },
                { match: '[D]', replacement: value },
            ]);
        expect(two('a\\1')).toEqual({ text: '[A] [D]', error: "sed: invalid reference \\1 on `s' command's RHS" });
        expect(two('has ~ tilde')).toEqual({ text: '[A] [D]', error: "sed: unknown option to `s'" });
        expect(two('line\nbreak').error).toBe("sed: unterminated `s' command");
        expect(two('end\\').error).toBe("sed: unterminated `s' command");
        expect(two('a\\~b').text).toBe('a a~b');
    });
});

describe("Blueprint's parse_yaml", () => {
    it('reads a sequence of mappings into Console_N_Key and the Console__ / Console_N_ lists', () => {
        const vars = parseYaml(
            '# c\n- Signature: "tick"\n  Description: "d"\n  Interval: ""\n- Signature: two\n',
            'Console_',
        );
        expect(vars.get('Console_1_Signature')).toBe('tick');
        expect(vars.get('Console_1_Interval')).toBeUndefined(); // empty values are never assigned
        expect(vars.get('Console_2_Signature')).toBe('two');
        expect(vars.get('Console__')).toBe(' Console_1 Console_2');
        expect(vars.get('Console_1_')).toBe(' Console_1_Signature Console_1_Description Console_1_Interval');
    });

    it('strips the outer quotes only, keeps apostrophes, turns \\" into " and leaves other escapes as text', () => {
        const v = (raw: string) => parseYaml(`key: ${raw}`, 'x_').get('x_key');
        expect(v(`"Tiergate's health"`)).toBe("Tiergate's health");
        expect(v(`'single'`)).toBe('single');
        expect(v(`"say \\"hi\\" \\n \\\\"`)).toBe('say "hi" \\n \\\\');
        expect(v(`"a", "b"`)).toBe('a", "b');
    });

    it('cuts a #… tail from unquoted values and comments, but not from inside quotes', () => {
        const v = (raw: string) => parseYaml(`key: ${raw}`, 'x_').get('x_key');
        expect(v('plain # comment')).toBe('plain');
        expect(v('a#b')).toBe('a');
        expect(v('"a #b"')).toBe('a #b');
        expect(v('"quoted" # comment')).toBe('quoted');
    });

    it('drops ", ]" and ", }" anywhere, as its flow-collection pass does', () => {
        expect(parseYaml('key: "a, ] b, }"', 'x_').get('x_key')).toBe('a] b}');
    });

    it('reads nested mappings as conf_section_key', () => {
        const vars = parseYaml(
            'info:\n  name: "Tiergate"\nrequests:\n  routers:\n    client: "routes/client.php"\n',
            'conf_',
        );
        expect(vars.get('conf_info_name')).toBe('Tiergate');
        expect(vars.get('conf_requests_routers_client')).toBe('routes/client.php');
    });

    it('refuses shapes it does not reproduce instead of guessing', () => {
        expect(() => parseYaml('key: [a, b]', 'x_')).toThrow(/does not handle/);
        expect(() => parseYaml('key: |\n  text', 'x_')).toThrow(/does not handle/);
        expect(() => parseYaml('key: &anchor a', 'x_')).toThrow(/does not handle/);
    });
});

describe("Blueprint's console step", () => {
    it('generates, for the OLD Console.yml with "Tiergate\'s health", a command that php -l rejects (the real-panel defect)', () => {
        const out = generate(
            entry({
                Signature: '"status"',
                Description: `"Show Tiergate's health: secret"`,
                Path: '"a.php"',
                Interval: '""',
            }),
        );
        const [code] = [...out.commands.values()];
        expect(code).toContain("protected $description = 'Show Tiergate's health: secret';");
        const lint = phpLint(code!);
        expect(lint.ok).toBe(false);
        expect(lint.output).toContain('syntax error, unexpected identifier "s"');
    });

    it('keeps & and \\n as sed reads them, and leaves the markers in when sed refuses a value', () => {
        const out = generate(
            entry({
                Signature: '"one"',
                Description: '"Tom & Jerry \\n next"',
                Path: '"a.php"',
                Interval: '"everyFiveMinutes"',
            }) +
                entry({ Signature: '"two"', Description: '"has ~ tilde"', Path: '"a.php"', Interval: '"*/5 * * * *"' }),
        );
        const [first, second] = [...out.commands.values()];
        expect(first).toContain("protected $description = 'Tom & Jerry \n next';"); // a real newline
        expect(second).toContain("protected $signature = '[IDENTIFIER]:[SIGNATURE]';");
        expect(second).toContain('class __ArtisanCommand__ extends Command');
        expect(out.sedErrors).toEqual(["sed: unknown option to `s'"]);
        expect(out.schedules).toBe(
            '<?php\n\n\n$schedule->command("tiergate:one")->everyFiveMinutes();$schedule->command("tiergate:two")->cron(\'*/5 * * * *\');',
        );
    });

    it("names classes Tiergate + a capitalised random word and requires the entry's file", () => {
        const out = generate(entry({ Signature: 'x', Description: 'y', Path: 'a.php' }));
        const [[file, code]] = [...out.commands.entries()] as [[string, string]];
        expect(file).toBe('TiergateNamexxxxx0Command.php');
        expect(code).toContain('class TiergateNamexxxxx0Command extends Command');
        expect(code).toContain('namespace Pterodactyl\\Console\\Commands\\BlueprintFramework\\Extensions\\Tiergate;');
        expect(code).toContain("require base_path().'/.blueprint/extensions/tiergate/console/functions/a.php';");
    });

    it('stops like Blueprint on a path that escapes the console folder or does not exist', () => {
        expect(() => generate(entry({ Signature: 'x', Description: 'y', Path: '../a.php' }))).toThrow(/may not escape/);
        expect(() => generate(entry({ Signature: 'x', Description: 'y', Path: 'b.php' }))).toThrow(/do not exist/);
    });

    it('generates, for the current Console.yml, commands that all pass php -l and schedules tick every minute', () => {
        const files = fs.readdirSync(CONSOLE_DIR);
        const out = generate(fs.readFileSync(path.join(CONSOLE_DIR, 'Console.yml'), 'utf8'), files);
        expect(out.sedErrors).toEqual([]);
        expect(out.commands.size).toBeGreaterThanOrEqual(9);
        for (const code of out.commands.values()) {
            const lint = phpLint(code);
            expect(lint.output).toContain('No syntax errors');
        }
        expect(out.schedules).toBe('<?php\n\n\n$schedule->command("tiergate:tick")->everyMinute();');
    });
});
