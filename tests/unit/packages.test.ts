import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { boundPaths, parseConf } from '../../tools/lib/conf';
import { packageBlueprint } from '../../tools/build/package-blueprint';
import { packagePaymenter } from '../../tools/build/package-paymenter';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-packages-'));

describe('the packages npm run build writes', () => {
    it('tiergate.blueprint: conf.yml at the root and only what it binds', async () => {
        fs.mkdirSync(path.resolve(__dirname, '../../blueprint/public'), { recursive: true });
        const files = await packageBlueprint(path.join(tmp, 'tiergate.blueprint'));
        const zip = await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'tiergate.blueprint')));
        const conf = parseConf(await zip.file('conf.yml')!.async('string'));
        const bound = boundPaths(conf);
        for (const file of files.filter((f) => f !== 'conf.yml')) {
            expect(bound.some((p) => file === p || file.startsWith(`${p}/`))).toBe(true);
        }
        expect(files).toContain('blueprint/app/Contract/event.schema.json');
        expect(files).toContain('blueprint/data/install.sh');
        expect(files.some((f) => f.startsWith('admin/src/'))).toBe(false);
        expect((zip.file('blueprint/data/install.sh')!.unixPermissions as number) & 0o111).not.toBe(0);
    });

    it("tiergate-paymenter.zip: one Tiergate folder whose Tiergate.php extends Paymenter's Server", async () => {
        const files = await packagePaymenter(path.join(tmp, 'tiergate-paymenter.zip'));
        expect(files.every((f) => f.startsWith('Tiergate/'))).toBe(true);
        const zip = await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'tiergate-paymenter.zip')));
        const main = await zip.file('Tiergate/Tiergate.php')!.async('string');
        expect(main).toMatch(/namespace Paymenter\\Extensions\\Servers\\Tiergate;/);
        expect(main).toMatch(/class Tiergate extends Server/);
        expect(files.some((f) => f.startsWith('Tiergate/database/migrations/'))).toBe(true);
    });
});
