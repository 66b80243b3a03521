import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bundleAdmin } from './bundle-admin';
import { checkConfYml, checkConsoleYml } from './blueprint-strings';
import { findPlaceholders } from './placeholders';
import { packageBlueprint } from './package-blueprint';
import { packagePaymenter } from './package-paymenter';
import { kib, measure } from './size-report';
import { boundPaths, parseConf } from '../lib/conf';
import { ADMIN_BUNDLE_DIR, BLUEPRINT_PACKAGE, PAYMENTER_PACKAGE, ROOT } from '../lib/paths';

const ADMIN_BUNDLE_BUDGET_GZIP = 150 * 1024;

/** Blueprint's install rewrites these tokens in every file it copies, binaries included (see placeholders.ts). */
function assertNoPlaceholders(fileOrDir: string): void {
    if (fs.statSync(fileOrDir).isDirectory()) {
        for (const name of fs.readdirSync(fileOrDir)) assertNoPlaceholders(path.join(fileOrDir, name));
        return;
    }
    const hits = findPlaceholders(fs.readFileSync(fileOrDir, 'latin1'));
    if (hits.length > 0) {
        const list = hits.map((h) => `  ${h.token} at ${h.offset}: …${h.context}…`).join('\n');
        throw new Error(
            `${path.relative(ROOT, fileOrDir)} contains Blueprint placeholder tokens that its install would rewrite:\n${list}`,
        );
    }
}

/** conf.yml and Console.yml values Blueprint's install would mangle stop the build (file:line:column, the char). */
function assertBlueprintSafeStrings(): void {
    const confText = fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8');
    const findings = checkConfYml(confText);
    const consoleDir = (parse(confText) as { data?: { console?: string } }).data?.console;
    const consoleYml = consoleDir ? path.join(consoleDir, 'Console.yml') : '';
    if (consoleYml && fs.existsSync(path.join(ROOT, consoleYml))) {
        findings.push(...checkConsoleYml(fs.readFileSync(path.join(ROOT, consoleYml), 'utf8'), consoleYml));
    }
    if (findings.length > 0) {
        throw new Error(
            `strings Blueprint's install would mangle:\n${findings.map((f) => `  ${f.message}`).join('\n')}`,
        );
    }
}

async function main(): Promise<void> {
    assertBlueprintSafeStrings();
    await bundleAdmin('production');
    assertNoPlaceholders(ADMIN_BUNDLE_DIR);

    const size = measure(path.join(ADMIN_BUNDLE_DIR, 'admin.js'));
    console.log(
        `admin bundle: ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped (budget ${kib(ADMIN_BUNDLE_BUDGET_GZIP)} gzipped)`,
    );
    if (size.gzip > ADMIN_BUNDLE_BUDGET_GZIP) throw new Error('admin bundle is over its gzipped size budget');

    for (const bound of boundPaths(parseConf(fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8')))) {
        assertNoPlaceholders(path.join(ROOT, bound));
    }
    const files = await packageBlueprint(BLUEPRINT_PACKAGE);
    console.log(
        `${path.relative(ROOT, BLUEPRINT_PACKAGE)}: ${files.length} files, ${kib(fs.statSync(BLUEPRINT_PACKAGE).size)}`,
    );

    const paymenterFiles = await packagePaymenter(PAYMENTER_PACKAGE);
    console.log(
        `${path.relative(ROOT, PAYMENTER_PACKAGE)}: ${paymenterFiles.length} files, ${kib(fs.statSync(PAYMENTER_PACKAGE).size)}`,
    );
}

main().catch((err: unknown) => {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
