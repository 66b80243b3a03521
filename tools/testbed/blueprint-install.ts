/**
 * Installs a .blueprint package into the test-bed panel the way `blueprint -install` does
 * (BlueprintFramework/framework scripts/commands/extensions/install.sh, summarised in
 * shared/research/blueprint.md §1 and §7). Blueprint itself cannot be installed from the registries here.
 * What this leaves out is listed in the README ("How the test bed differs from a real blueprint -install").
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { BlueprintConf, boundPaths, checkConf, RouterType } from '../lib/conf';
import { run } from '../lib/exec';
import { confFromBlueprintVars } from './blueprint/conf-vars';
import { ConsoleFatal, generateConsole } from './blueprint/console';
import { parseYaml } from './blueprint/parse-yaml';
import { applyPlaceholders, placeholderExpressions } from './blueprint/placeholders';

export interface InstallOptions {
    panelDir: string;
    webUser: string;
    blueprintVersion: string;
    log?: (line: string) => void;
    /**
     * Blueprint prints SUCCESS whatever install.sh or artisan said. The emulator does the same steps, then (unless
     * false) throws at the end if any of them failed, so a broken install cannot pass unnoticed in the test bed.
     */
    strict?: boolean;
}

export interface InstallReport {
    identifier: string;
    mode: 'install' | 'update';
    installScriptOutput: string;
    /** what Blueprint would not have noticed: install.sh failing, sed errors, artisan steps that failed */
    problems: string[];
}

const installedListFile = (panel: string) =>
    path.join(panel, '.blueprint/extensions/blueprint/private/db/installed_extensions');

export function installedExtensions(panel: string): string[] {
    const file = installedListFile(panel);
    if (!fs.existsSync(file)) return [];
    return fs
        .readFileSync(file, 'utf8')
        .split(',')
        .map((s) => s.replace(/^\|/, '').trim())
        .filter(Boolean);
}

async function extract(pkg: string, into: string): Promise<void> {
    fs.rmSync(into, { recursive: true, force: true });
    const zip = await JSZip.loadAsync(fs.readFileSync(pkg));
    for (const [name, entry] of Object.entries(zip.files)) {
        const target = path.join(into, name);
        if (!target.startsWith(into + path.sep)) throw new Error(`package entry "${name}" escapes the package`);
        if (entry.dir) {
            fs.mkdirSync(target, { recursive: true });
            continue;
        }
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await entry.async('nodebuffer'));
        const mode = entry.unixPermissions;
        if (typeof mode === 'number') fs.chmodSync(target, mode & 0o777);
    }
}

function copyInto(from: string, to: string): void {
    fs.mkdirSync(to, { recursive: true });
    // `cp -R dir/*`: top-level dotfiles are not copied, and files are laid over what is already there.
    for (const entry of fs.readdirSync(from)) {
        if (entry.startsWith('.')) continue;
        fs.cpSync(path.join(from, entry), path.join(to, entry), { recursive: true, force: true });
    }
}

function link(target: string, at: string): void {
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.rmSync(at, { recursive: true, force: true });
    fs.symlinkSync(target, at);
}

function adminView(conf: BlueprintConf, viewText: string): string {
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$');
    return `@extends('layouts.admin')
<?php
    $EXTENSION_ID = "${esc(conf.info.identifier)}";
    $EXTENSION_NAME = "${esc(conf.info.name)}";
    $EXTENSION_VERSION = "${esc(conf.info.version)}";
    $EXTENSION_DESCRIPTION = "${esc(conf.info.description)}";
?>
@section('title'){{ $EXTENSION_NAME }}@endsection
@section('content-header')
    <h1 ext-title>{{ $EXTENSION_NAME }} <tag mg-left>{{ $EXTENSION_VERSION }}</tag></h1>
@endsection
@section('content')
    {{-- As Blueprint beta-2026-06 (resources/views/blueprint/admin/template.blade.php): the description is a
         paragraph of body text above the extension's view, not a grey <small> in the header. --}}
    <p class="ext-description" style="padding-bottom: 10px">{{ $EXTENSION_DESCRIPTION }}</p>
${viewText}
@endsection
`;
}

/** data.console: copy the functions, then generate the commands and the schedules file as Blueprint does. */
function installConsole(from: string, id: string, ext: string, panel: string, log: (line: string) => void): void {
    const Id = id.charAt(0).toUpperCase() + id.slice(1);
    const commands = path.join(panel, 'app/Console/Commands/BlueprintFramework/Extensions', Id);
    fs.mkdirSync(commands, { recursive: true });
    copyInto(from, path.join(ext, 'console', 'functions'));

    const file = path.join(from, 'Console.yml');
    if (!fs.existsSync(file)) return;
    const vars = parseYaml(fs.readFileSync(file, 'utf8'), 'Console_', 'Console.yml');
    let generated;
    try {
        generated = generateConsole(vars, id, (p) => fs.existsSync(path.join(from, p)));
    } catch (err) {
        if (err instanceof ConsoleFatal) throw new Error(`FATAL: ${err.message}`, { cause: err });
        throw err;
    }
    if (!generated) {
        log('WARNING: Console configuration (Console.yml) is empty!');
        return;
    }
    for (const [name, text] of generated.commands) fs.writeFileSync(path.join(commands, name), text);
    for (const error of generated.sedErrors) log(error); // Blueprint sends these to its debug log and goes on
    const schedulesDir = path.join(panel, 'app/BlueprintFramework/Schedules');
    fs.mkdirSync(schedulesDir, { recursive: true });
    fs.writeFileSync(path.join(schedulesDir, `${Id}Schedules.php`), generated.schedules);
}

export async function installBlueprintPackage(pkg: string, opts: InstallOptions): Promise<InstallReport> {
    const log = opts.log ?? (() => undefined);
    const panel = opts.panelDir;
    const tmp = path.join(panel, '.blueprint/tmp');
    await extract(pkg, tmp);

    const conf = checkConf(
        confFromBlueprintVars(parseYaml(fs.readFileSync(path.join(tmp, 'conf.yml'), 'utf8'), 'conf_', 'conf.yml')),
    );
    const id = conf.info.identifier;
    for (const p of boundPaths(conf)) {
        if (!fs.existsSync(path.join(tmp, p)))
            throw new Error(`conf.yml binds "${p}", which the package does not contain`);
    }
    const Id = id.charAt(0).toUpperCase() + id.slice(1);
    // beta-2026-06's blueprint.sh says VERSION="rolling", so this warning is what admins see on that tag.
    if (conf.info.target !== opts.blueprintVersion) {
        log(`WARNING: ${Id} is built for version ${conf.info.target}, but your version is ${opts.blueprintVersion}.`);
    }
    const problems: string[] = [];
    const note = (line: string) => {
        problems.push(line);
        log(line);
    };
    const amp = (v: string | undefined) => (v ?? '').split('&').join('\\&'); // install.sh's `${conf_x//&/\\&}`

    const ext = path.join(panel, '.blueprint/extensions', id);
    const scriptEnv = {
        ...process.env,
        ENGINE: 'solstice',
        EXTENSION_IDENTIFIER: id,
        EXTENSION_VERSION: amp(conf.info.version),
        EXTENSION_TARGET: amp(conf.info.target),
        PTERODACTYL_DIRECTORY: panel,
        BLUEPRINT_VERSION: opts.blueprintVersion,
        BLUEPRINT_DEVELOPER: 'false',
    };
    // Blueprint: su "$WEBUSER" -c "cd $FOLDER; VAR=… bash <script>", and never looks at the exit status.
    const asWebUser = (script: string, env: NodeJS.ProcessEnv) => {
        const r = run('runuser', ['-u', opts.webUser, '--preserve-environment', '--', 'bash', script], {
            cwd: panel,
            env,
            allowFailure: true,
        });
        if (r.status !== 0) problems.push(`${path.basename(script)} exited ${r.status}: ${r.stderr.trim()}`);
        return `${r.stdout}${r.stderr}`;
    };

    const mode = installedExtensions(panel).includes(id) ? 'update' : 'install';
    if (mode === 'update') {
        const oldUpdate = path.join(ext, 'private', 'update.sh');
        run('chown', ['-R', `${opts.webUser}:${opts.webUser}`, tmp]);
        if (fs.existsSync(oldUpdate)) log(asWebUser(oldUpdate, { ...scriptEnv, BLUEPRINT_TMP: tmp }).trim());
        fs.rmSync(path.join(ext, 'public'), { recursive: true, force: true });
        fs.rmSync(path.join(ext, 'console'), { recursive: true, force: true });
        fs.rmSync(path.join(panel, 'app/Console/Commands/BlueprintFramework/Extensions', Id), {
            recursive: true,
            force: true,
        });
    }

    const info = conf.info as typeof conf.info & { author?: string };
    const expressions = placeholderExpressions({
        identifier: amp(id),
        name: amp(info.name),
        author: amp(info.author),
        version: amp(info.version),
        target: amp(info.target),
        blueprintVersion: opts.blueprintVersion,
        folder: panel,
        engine: 'solstice',
        random: String(Math.floor(Math.random() * 32768)),
        timestamp: String(Math.floor(Date.now() / 1000)),
    });
    applyPlaceholders(tmp, expressions, note);

    // admin view and controller are real copies, not links
    const viewDir = path.join(panel, 'resources/views/admin/extensions', id);
    fs.mkdirSync(viewDir, { recursive: true });
    fs.writeFileSync(
        path.join(viewDir, 'index.blade.php'),
        adminView(conf, fs.readFileSync(path.join(tmp, conf.admin.view), 'utf8')),
    );
    if (conf.admin.controller) {
        const dir = path.join(panel, 'app/Http/Controllers/Admin/Extensions', id);
        fs.mkdirSync(dir, { recursive: true });
        fs.copyFileSync(path.join(tmp, conf.admin.controller), path.join(dir, `${id}ExtensionController.php`));
    }

    if (conf.data?.directory) copyInto(path.join(tmp, conf.data.directory), path.join(ext, 'private'));
    if (conf.data?.public) {
        copyInto(path.join(tmp, conf.data.public), path.join(ext, 'public'));
        link(path.join(ext, 'public'), path.join(panel, 'public/extensions', id));
    }
    if (conf.data?.console) installConsole(path.join(tmp, conf.data.console), id, ext, panel, note);
    if (conf.requests?.app) {
        copyInto(path.join(tmp, conf.requests.app), path.join(ext, 'app'));
        link(path.join(ext, 'app'), path.join(panel, 'app/BlueprintFramework/Extensions', id));
    }
    if (conf.requests?.views) {
        copyInto(path.join(tmp, conf.requests.views), path.join(ext, 'views'));
        link(path.join(ext, 'views'), path.join(panel, 'resources/views/blueprint/extensions', id));
    }
    for (const type of ['application', 'client', 'web'] as RouterType[]) {
        const file = conf.requests?.routers?.[type];
        if (!file) continue;
        fs.mkdirSync(path.join(ext, 'routers'), { recursive: true });
        fs.copyFileSync(path.join(tmp, file), path.join(ext, 'routers', `${type}.php`));
        link(path.join(ext, 'routers', `${type}.php`), path.join(panel, 'routes/blueprint', type, `${id}.php`));
    }
    if (conf.dashboard?.components) {
        // Copied and linked like Blueprint does; the double has no React build to inject them into.
        copyInto(path.join(tmp, conf.dashboard.components), path.join(ext, 'components'));
        link(path.join(ext, 'components'), path.join(panel, 'resources/scripts/blueprint/extensions', id));
    }
    if (conf.database?.migrations) {
        const from = path.join(tmp, conf.database.migrations);
        for (const file of fs.readdirSync(from)) {
            if (!file.startsWith('.'))
                fs.copyFileSync(path.join(from, file), path.join(panel, 'database/migrations', file));
        }
    }

    run('chown', ['-R', `${opts.webUser}:${opts.webUser}`, panel]);
    const installScript = path.join(ext, 'private', 'install.sh');
    const installScriptOutput = fs.existsSync(installScript) ? asWebUser(installScript, scriptEnv) : '';
    log(installScriptOutput.trim());

    if (mode === 'install') {
        const list = installedListFile(panel);
        fs.mkdirSync(path.dirname(list), { recursive: true });
        fs.appendFileSync(list, `|${id},`);
    }

    // Blueprint's finalisation, each step's failure ignored (it goes to Blueprint's debug log).
    // queue:restart makes the panel's worker exit after its current job; its supervisor must start it again.
    const artisan = (args: string[]) =>
        run('runuser', ['-u', opts.webUser, '--', 'php', 'artisan', ...args], { cwd: panel, allowFailure: true });
    for (const step of [
        ['view:clear'],
        ['config:cache'],
        ['route:clear'],
        ['cache:clear'],
        ['queue:restart'],
        ['migrate', '--force'],
    ]) {
        const r = artisan(step);
        if (r.status !== 0)
            note(
                `php artisan ${step.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' | ')}`,
            );
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    log(`SUCCESS: ${id} has been installed.`); // as Blueprint prints it, whatever happened above

    if (problems.length > 0 && opts.strict !== false) {
        throw new Error(
            `Blueprint would report success, but this install is broken:\n  ${problems.join('\n  ')}\n${installScriptOutput}`,
        );
    }
    return { identifier: id, mode, installScriptOutput, problems };
}
