import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { boundPaths, parseConf } from '../lib/conf';
import { ROOT } from '../lib/paths';
import { addTree } from './zip-tree';

/** The name of the file in data.directory that tells install.sh which migrations are Tiergate's own. */
export const MIGRATIONS_LIST = 'migrations.list';

/** Writes the zip `blueprint -install` takes: conf.yml at the root and exactly the paths it binds. */
export async function packageBlueprint(outFile: string): Promise<string[]> {
    const confText = fs.readFileSync(path.join(ROOT, 'conf.yml'), 'utf8');
    const paths = boundPaths(parseConf(confText));
    const zip = new JSZip();
    zip.file('conf.yml', confText, { date: new Date('2026-01-01T00:00:00Z') });

    for (const rel of paths) {
        const abs = path.join(ROOT, rel);
        if (!fs.existsSync(abs))
            throw new Error(`conf.yml binds "${rel}", which does not exist (Blueprint's install would abort)`);
        addTree(zip, abs, rel);
    }

    // Blueprint copies migrations flat into the panel's database/migrations, where install.sh must find ours again.
    const conf = parseConf(confText);
    if (conf.database?.migrations && conf.data?.directory) {
        const names = fs
            .readdirSync(path.join(ROOT, conf.database.migrations))
            .filter((n) => n.endsWith('.php'))
            .sort();
        zip.file(`${conf.data.directory}/${MIGRATIONS_LIST}`, `${names.join('\n')}\n`, {
            date: new Date('2026-01-01T00:00:00Z'),
        });
    }

    const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE' });
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, bytes);
    return Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
}
