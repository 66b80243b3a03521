import fs from 'node:fs';
import path from 'node:path';
import { boundPaths, parseConf } from '../../tools/lib/conf';

const ROOT = path.resolve(__dirname, '..', '..');
const confText = fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8');

describe('conf.yml', () => {
    const conf = parseConf(confText);

    it('names the extension as Blueprint and the admins expect', () => {
        expect(conf.info.identifier).toBe('tiergate');
        expect(conf.info.name).toBe('Tiergate');
        expect(conf.info.description).toContain('Paymenter subscriptions → Pterodactyl access');
        expect(conf.info.target).toMatch(/^beta-\d{4}-\d{2}$/);
    });

    it('binds only paths that exist, which Blueprint would otherwise refuse', () => {
        for (const p of boundPaths(conf)) {
            if (p === 'blueprint/public') continue; // filled by the build
            expect(fs.existsSync(path.join(ROOT, p))).toBe(true);
        }
    });

    it('ships install, update and remove scripts at the data directory root', () => {
        for (const script of ['install.sh', 'update.sh', 'remove.sh']) {
            const file = path.join(ROOT, conf.data!.directory!, script);
            expect(fs.statSync(file).mode & 0o111).not.toBe(0);
        }
    });

    it('refuses paths that escape the bundle, as Blueprint does', () => {
        const bad = confText.replace('app: "blueprint/app"', 'app: "../elsewhere"');
        expect(() => boundPaths(parseConf(bad))).toThrow(/cannot escape/);
        const slash = confText.replace('app: "blueprint/app"', 'app: "blueprint/app/"');
        expect(() => boundPaths(parseConf(slash))).toThrow(/must not end/);
    });

    it('refuses identifiers Blueprint refuses', () => {
        expect(() => parseConf(confText.replace('identifier: "tiergate"', 'identifier: "tier-gate"'))).toThrow(
            /identifier/,
        );
        expect(() => parseConf(confText.replace('identifier: "tiergate"', 'identifier: "blueprint"'))).toThrow(
            /identifier/,
        );
    });
});
