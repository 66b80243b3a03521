import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/exec';
import { BLUEPRINT_PACKAGE, ROOT } from '../lib/paths';
import { installBlueprintPackage } from './blueprint-install';
import { testbed } from './config';
import {
    createPanel,
    installPanelDependencies,
    optimizeAutoloader,
    ownsDatabase,
    panelArtisan,
    panelExists,
    syncPanelCode,
} from './panel';
import {
    startMariaDb,
    startPanelWorkers,
    startRedis,
    startWebServer,
    startWingsDouble,
    stopPanelWorkers,
} from './services';
import { ensureTraversable } from './permissions';
import { ensureSystemPackages } from './system-packages';

export const DEMO_TIERS = path.join(ROOT, 'tools', 'demo', 'tiers.json');

/** Brings the whole test bed up; safe to run again (it reinstalls the current build of the extension). */
export async function up(log: (line: string) => void): Promise<void> {
    const step = (what: string) => log(`testbed: ${what}`);

    step('checking Debian packages');
    ensureSystemPackages(log);
    ensureTraversable(ROOT, testbed.webUser, log);
    step('starting MariaDB and Redis');
    startMariaDb();
    startRedis();
    step("installing the panel double's Composer dependencies");
    installPanelDependencies();

    if (panelExists()) {
        step("syncing the panel double's code into .testbed/panel");
        syncPanelCode();
        if (!ownsDatabase()) {
            step('the panel database was seeded by another checkout (a clean clone): re-creating this panel');
            fs.rmSync(testbed.panelDir, { recursive: true, force: true });
        }
    }
    if (!panelExists()) {
        step('creating the panel (migrate, seed, fixtures)');
        createPanel();
    }

    if (!fs.existsSync(BLUEPRINT_PACKAGE)) {
        step('building dist/tiergate.blueprint');
        run('npx', ['tsx', 'tools/build/index.ts'], { cwd: ROOT, stream: true });
    }

    step('installing dist/tiergate.blueprint the way blueprint -install does');
    await stopPanelWorkers();
    const report = await installBlueprintPackage(BLUEPRINT_PACKAGE, {
        panelDir: testbed.panelDir,
        webUser: testbed.webUser,
        blueprintVersion: testbed.blueprintVersion,
        log: (line) => line && log(`  ${line.replace(/\n/g, '\n  ')}`),
    });
    step(`tiergate ${report.mode === 'update' ? 'updated' : 'installed'}`);
    step('importing the demo tiers: six role templates, ten products');
    log(`  ${panelArtisan(['tiergate:import', DEMO_TIERS]).stdout.trim()}`);
    step('going live (a fresh install starts in shadow mode; the tests that need shadow mode switch to it)');
    log(`  ${panelArtisan(['tiergate:go-live']).stdout.trim()}`);

    optimizeAutoloader();
    step('starting the Wings double, nginx + php-fpm, the queue worker and the scheduler');
    await startWingsDouble();
    await startWebServer();
    startPanelWorkers();
}
