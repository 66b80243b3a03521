import fs from 'node:fs';
import path from 'node:path';
import { checkConfYml, checkConsoleYml } from '../../tools/build/blueprint-strings';
import { findPlaceholders } from '../../tools/build/placeholders';
import { boundPaths, parseConf } from '../../tools/lib/conf';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = 'blueprint/console/Console.yml';

const consoleYml = (description: string, extra = '') =>
    `# header\n- Signature: "status"\n  Description: ${description}\n  Path: "status.php"\n  Interval: ""\n${extra}`;

describe("the build's check for strings Blueprint's install would mangle", () => {
    it('refuses the apostrophe that broke artisan on the real panel, naming file, line, column and character', () => {
        const [finding, ...rest] = checkConsoleYml(consoleYml(`"Show Tiergate's health"`), FILE);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ file: FILE, line: 3, column: 30, char: "'" });
        expect(finding!.message).toMatch(
            /^blueprint\/console\/Console\.yml:3:30: ' in Description: .*loses its backslash/,
        );
    });

    it('refuses \\, ~, control characters; " and $ in a Signature; & in a Path; \' in a cron Interval', () => {
        const chars = (yml: string) => checkConsoleYml(yml, FILE).map((f) => f.char);
        expect(chars(consoleYml('"a \\\\ b"'))).toEqual(['\\']);
        expect(chars(consoleYml('"a ~ b"'))).toEqual(['~']);
        expect(chars(consoleYml('"a \\t b"'))).toContain('\t');
        expect(chars('- Signature: "x {--a=$b}"\n')).toEqual(['$']);
        expect(chars('- Signature: \'say "x"\'\n')).toEqual(['"']);
        expect(chars('- Path: "a&b.php"\n')).toEqual(['&']);
        expect(chars('- Interval: "it\'s"\n')).toEqual(["'"]);
        expect(chars('- Interval: "*/5 * * * *"\n  Description: "Tom & Jerry"\n')).toEqual([]);
    });

    it('refuses a value Blueprint\'s parse_yaml reads differently from YAML (an unquoted #, ", ]…)', () => {
        const [hash] = checkConsoleYml(consoleYml('plain text#not a comment in YAML'), FILE);
        expect(hash).toMatchObject({ line: 3, char: '#' });
        expect(hash!.message).toContain('parse_yaml reads this value as "plain text"');
        const [flow] = checkConsoleYml(consoleYml('"a, ] b"'), FILE);
        expect(flow!.message).toContain('parse_yaml reads this value as "a] b"');
    });

    it('checks conf.yml info values that reach sed and the admin view, and that parse_yaml reads every value', () => {
        const conf = (description: string) =>
            `info:\n  name: "Tiergate"\n  description: ${description}\nadmin:\n  view: "a ~ $.blade.php"\n`;
        expect(checkConfYml(conf(`"a customer's tier & more"`))).toEqual([]);
        const [dollar] = checkConfYml(conf('"costs $5"'));
        expect(dollar).toMatchObject({ file: 'conf.yml', line: 3, column: 23, char: '$' });
        const [path] = checkConfYml('admin:\n  view: admin/view.blade.php # the page\n  css: a#b.css\n');
        expect(path).toMatchObject({ line: 3, char: '#' });
    });

    it('passes the package as it is', () => {
        const conf = fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8');
        expect(checkConfYml(conf)).toEqual([]);
        expect(checkConsoleYml(fs.readFileSync(path.join(ROOT, FILE), 'utf8'), FILE)).toEqual([]);
    });

    it('finds no placeholder token in any packaged source file (Blueprint rewrites them in every file it copies)', () => {
        const walk = (p: string): string[] =>
            fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((n) => walk(path.join(p, n))) : [p];
        const conf = parseConf(fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8'));
        const hits = boundPaths(conf)
            .filter((p) => fs.existsSync(path.join(ROOT, p)))
            .flatMap((p) => walk(path.join(ROOT, p)))
            .flatMap((f) =>
                findPlaceholders(fs.readFileSync(f, 'latin1')).map((h) => `${path.relative(ROOT, f)}: ${h.token}`),
            );
        expect(hits).toEqual([]);
    });
});
