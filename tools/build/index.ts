import fs from 'node:fs';
import path from 'node:path';
import { bundleAdmin } from './bundle-admin';
import { findPlaceholders } from './placeholders';
import { packageBlueprint } from './package-blueprint';
import { packagePaymenter } from './package-paymenter';
import { kib, measure } from './size-report';
import { ADMIN_BUNDLE_DIR, BLUEPRINT_PACKAGE, PAYMENTER_PACKAGE, ROOT } from '../lib/paths';

const ADMIN_BUNDLE_BUDGET_GZIP = 150 * 1024;

function assertNoPlaceholders(dir: string): void {
    for (const name of fs.readdirSync(dir)) {
        const file = path.join(dir, name);
        if (!fs.statSync(file).isFile()) continue;
        const hits = findPlaceholders(fs.readFileSync(file, 'latin1'));
        if (hits.length > 0) {
            const list = hits.map((h) => `  ${h.token} at ${h.offset}: …${h.context}…`).join('\n');
            throw new Error(`${path.relative(ROOT, file)} contains Blueprint placeholder tokens that its install would rewrite:\n${list}`);
        }
    }
}

async function main(): Promise<void> {
    await bundleAdmin('production');
    assertNoPlaceholders(ADMIN_BUNDLE_DIR);

    const size = measure(path.join(ADMIN_BUNDLE_DIR, 'admin.js'));
    console.log(`admin bundle: ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped (budget ${kib(ADMIN_BUNDLE_BUDGET_GZIP)} gzipped)`);
    if (size.gzip > ADMIN_BUNDLE_BUDGET_GZIP) throw new Error('admin bundle is over its gzipped size budget');

    const files = await packageBlueprint(BLUEPRINT_PACKAGE);
    console.log(`${path.relative(ROOT, BLUEPRINT_PACKAGE)}: ${files.length} files, ${kib(fs.statSync(BLUEPRINT_PACKAGE).size)}`);

    const paymenterFiles = await packagePaymenter(PAYMENTER_PACKAGE);
    console.log(`${path.relative(ROOT, PAYMENTER_PACKAGE)}: ${paymenterFiles.length} files, ${kib(fs.statSync(PAYMENTER_PACKAGE).size)}`);
}

main().catch((err: unknown) => {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
