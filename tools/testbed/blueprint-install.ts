/**
 * Installs a .blueprint package into the test-bed panel the way `blueprint -install` does
 * (BlueprintFramework/framework scripts/commands/extensions/install.sh, summarised in
 * shared/research/blueprint.md §1 and §7). Blueprint itself cannot be installed from the registries here.
 * What this leaves out is listed in the README ("How the test bed differs from a real blueprint -install").
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';
import { BlueprintConf, boundPaths, parseConf, RouterType } from '../lib/conf';
import { run } from '../lib/exec';

export interface InstallOptions {
    panelDir: string;
    webUser: string;
    blueprintVersion: string;
    log?: (line: string) => void;
}

export interface InstallReport {
    identifier: string;
    mode: 'install' | 'update';
    installScriptOutput: string;
}

const installedListFile = (panel: string) => path.join(panel, '.blueprint/extensions/blueprint/private/db/installed_extensions');

export function installedExtensions(panel: string): string[] {
    const file = installedListFile(panel);
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').split(',').map((s) => s.replace(/^\|/, '').trim()).filter(Boolean);
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

function placeholderValues(conf: BlueprintConf, opts: InstallOptions): Array<[string, string]> {
    const id = conf.info.identifier;
    const ext = path.join(opts.panelDir, '.blueprint/extensions', id);
    const values: Array<[string, string]> = [
        ['{identifier}', id],
        ['{identifier^}', id.charAt(0).toUpperCase() + id.slice(1)],
        ['{identifier!}', id.toUpperCase()],
        ['{name}', conf.info.name],
        ['{name!}', conf.info.name.toUpperCase()],
        ['{author}', (conf.info as { author?: string }).author || 'undefined'],
        ['{version}', conf.info.version],
        ['{random}', String(Math.floor(Math.random() * 32768))],
        ['{timestamp}', String(Math.floor(Date.now() / 1000))],
        ['{mode}', 'local'],
        ['{target}', opts.blueprintVersion],
        ['{is_target}', String(conf.info.target === opts.blueprintVersion)],
        ['{engine}', 'solstice'],
        ['{root/public}', path.join(ext, 'public')],
        ['{root/data}', path.join(ext, 'private')],
        ['{root/fs}', path.join(ext, 'fs')],
        ['{root}', opts.panelDir],
        ['{webroot/public}', `/extensions/${id}`],
        ['{webroot/fs}', `/fs/extensions/${id}`],
        ['{webroot}', '/'],
        ['{appcontext}', `Pterodactyl\\BlueprintFramework\\Extensions\\${id}`],
        ['{viewcontext}', `blueprint.extensions.${id}`],
        ['{fs/private}', `blueprint_private:${id}`],
        ['{fs}', `blueprint:${id}`],
    ];
    return values;
}

const ESCAPED = '\u0000';

/** Blueprint's sed pass: every non-dot file, binaries included, byte for byte; `!{x}` escapes to `{x}`. */
function applyPlaceholders(dir: string, values: Array<[string, string]>): void {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            applyPlaceholders(file, values);
            continue;
        }
        const original = fs.readFileSync(file, 'latin1');
        let text = original;
        for (const [token] of values) text = text.split(`!${token}`).join(ESCAPED + token.slice(1));
        for (const [token, value] of values) text = text.split(token).join(value);
        text = text.split(ESCAPED).join('{');
        if (text !== original) fs.writeFileSync(file, Buffer.from(text, 'latin1'));
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
    <h1>{{ $EXTENSION_NAME }} <small>{{ $EXTENSION_DESCRIPTION }}</small></h1>
@endsection
@section('content')
${viewText}
@endsection
`;
}

interface ConsoleEntry {
    Signature: string;
    Description: string;
    Path: string;
    Interval?: string;
}

const INTERVALS = ['everyMinute', 'everyTwoMinutes', 'everyThreeMinutes', 'everyFourMinutes', 'everyFiveMinutes', 'everyTenMinutes',
    'everyFifteenMinutes', 'everyThirtyMinutes', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

/** data.console: copy the functions and generate one artisan command per Console.yml entry, plus the schedules file. */
function installConsole(from: string, id: string, ext: string, panel: string): void {
    const Id = id.charAt(0).toUpperCase() + id.slice(1);
    const functions = path.join(ext, 'console', 'functions');
    const commands = path.join(panel, 'app/Console/Commands/BlueprintFramework/Extensions', Id);
    fs.rmSync(commands, { recursive: true, force: true });
    fs.mkdirSync(commands, { recursive: true });
    copyInto(from, functions);

    const file = path.join(from, 'Console.yml');
    if (!fs.existsSync(file)) return;
    const entries = (parseYaml(fs.readFileSync(file, 'utf8')) ?? []) as ConsoleEntry[];
    const schedules: string[] = [];
    for (const entry of entries) {
        if (!entry.Signature || !entry.Description) throw new Error('Console.yml: an entry has no Signature or Description');
        if (!entry.Path.endsWith('.php') || entry.Path.includes('..') || entry.Path.startsWith('/')) throw new Error(`Console.yml: bad Path ${entry.Path}`);
        if (!fs.existsSync(path.join(from, entry.Path))) throw new Error(`Console.yml: ${entry.Path} does not exist`);
        const name = `${Id}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 10).replace(/^./, (c) => c.toUpperCase())}Command`;
        const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
        fs.writeFileSync(
            path.join(commands, `${name}.php`),
            `<?php

namespace Pterodactyl\\Console\\Commands\\BlueprintFramework\\Extensions\\${Id};

use Illuminate\\Console\\Command;
use Pterodactyl\\BlueprintFramework\\Libraries\\ExtensionLibrary\\Console\\BlueprintConsoleLibrary as BlueprintExtensionLibrary;

class ${name} extends Command
{
  protected $signature = '${id}:${q(entry.Signature)}';
  protected $description = '${q(entry.Description)}';

  public function __construct(
    private BlueprintExtensionLibrary $blueprint,
  ) { parent::__construct(); }

  public function handle()
  {
    $blueprint = $this->blueprint;
    require base_path().'/.blueprint/extensions/${id}/console/functions/${entry.Path}';
  }
}
`,
        );
        const interval = entry.Interval ?? '';
        if (interval && interval !== 'false') {
            const call = INTERVALS.includes(interval) ? `${interval}()` : `cron('${interval}')`;
            schedules.push(`$schedule->command("${id}:${entry.Signature}")->${call};`);
        }
    }
    const schedulesDir = path.join(panel, 'app/BlueprintFramework/Schedules');
    fs.mkdirSync(schedulesDir, { recursive: true });
    fs.writeFileSync(path.join(schedulesDir, `${Id}Schedules.php`), `<?php\n\n${schedules.join('\n')}\n`);
}

export async function installBlueprintPackage(pkg: string, opts: InstallOptions): Promise<InstallReport> {
    const log = opts.log ?? (() => undefined);
    const panel = opts.panelDir;
    const tmp = path.join(panel, '.blueprint/tmp');
    await extract(pkg, tmp);

    const conf = parseConf(fs.readFileSync(path.join(tmp, 'conf.yml'), 'utf8'));
    const id = conf.info.identifier;
    for (const p of boundPaths(conf)) {
        if (!fs.existsSync(path.join(tmp, p))) throw new Error(`conf.yml binds "${p}", which the package does not contain`);
    }
    if (conf.info.target !== opts.blueprintVersion) log(`warning: ${id} targets ${conf.info.target}, Blueprint here is ${opts.blueprintVersion}`);

    const ext = path.join(panel, '.blueprint/extensions', id);
    const scriptEnv = {
        ...process.env,
        ENGINE: 'solstice',
        EXTENSION_IDENTIFIER: id,
        EXTENSION_VERSION: conf.info.version,
        EXTENSION_TARGET: conf.info.target,
        PTERODACTYL_DIRECTORY: panel,
        BLUEPRINT_VERSION: opts.blueprintVersion,
        BLUEPRINT_DEVELOPER: 'false',
    };
    const asWebUser = (script: string, env: NodeJS.ProcessEnv) =>
        run('runuser', ['-u', opts.webUser, '--preserve-environment', '--', 'bash', script], { cwd: panel, env }).stdout;

    const mode = installedExtensions(panel).includes(id) ? 'update' : 'install';
    if (mode === 'update') {
        const oldUpdate = path.join(ext, 'private', 'update.sh');
        run('chown', ['-R', `${opts.webUser}:${opts.webUser}`, tmp]);
        if (fs.existsSync(oldUpdate)) log(asWebUser(oldUpdate, { ...scriptEnv, BLUEPRINT_TMP: tmp }).trim());
        fs.rmSync(path.join(ext, 'public'), { recursive: true, force: true });
        fs.rmSync(path.join(ext, 'console'), { recursive: true, force: true });
    }

    applyPlaceholders(tmp, placeholderValues(conf, opts));

    // admin view and controller are real copies, not links
    const viewDir = path.join(panel, 'resources/views/admin/extensions', id);
    fs.mkdirSync(viewDir, { recursive: true });
    fs.writeFileSync(path.join(viewDir, 'index.blade.php'), adminView(conf, fs.readFileSync(path.join(tmp, conf.admin.view), 'utf8')));
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
    if (conf.data?.console) installConsole(path.join(tmp, conf.data.console), id, ext, panel);
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
            if (!file.startsWith('.')) fs.copyFileSync(path.join(from, file), path.join(panel, 'database/migrations', file));
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

    const artisan = (args: string[]) => run('runuser', ['-u', opts.webUser, '--', 'php', 'artisan', ...args], { cwd: panel });
    for (const step of [['view:clear'], ['config:cache'], ['route:clear'], ['cache:clear'], ['queue:restart'], ['migrate', '--force']]) artisan(step);
    fs.rmSync(tmp, { recursive: true, force: true });

    return { identifier: id, mode, installScriptOutput };
}
