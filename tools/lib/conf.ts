import { parse } from 'yaml';

/** The subset of Blueprint's conf.yml schema Tiergate uses (blueprint.md §1). */
export interface BlueprintConf {
    info: {
        name: string;
        identifier: string;
        description: string;
        version: string;
        target: string;
        flags?: string;
        icon?: string;
    };
    admin: { view: string; controller?: string; css?: string; wrapper?: string };
    dashboard?: { css?: string; wrapper?: string; components?: string };
    data?: { directory?: string; public?: string; console?: string };
    requests?: { views?: string; app?: string; routers?: { application?: string; client?: string; web?: string } };
    database?: { migrations?: string };
}

export type RouterType = 'application' | 'client' | 'web';

export function parseConf(text: string): BlueprintConf {
    return checkConf(parse(text) as BlueprintConf);
}

/** The required fields and the identifier rule Blueprint's install.sh enforces. */
export function checkConf(conf: BlueprintConf): BlueprintConf {
    for (const key of ['name', 'identifier', 'description', 'version', 'target'] as const) {
        if (!conf?.info?.[key]) throw new Error(`conf.yml: info.${key} is required by Blueprint`);
    }
    if (!conf.admin?.view) throw new Error('conf.yml: admin.view is required by Blueprint');
    if (!/^[a-z]{1,48}$/.test(conf.info.identifier) || conf.info.identifier === 'blueprint') {
        throw new Error(
            `conf.yml: identifier "${conf.info.identifier}" breaks Blueprint's rules (a-z only, at most 48, not "blueprint")`,
        );
    }
    return conf;
}

/** Every path conf.yml binds, checked with the rules Blueprint's install.sh enforces. */
export function boundPaths(conf: BlueprintConf): string[] {
    const paths = [
        conf.info.icon,
        conf.admin.view,
        conf.admin.controller,
        conf.admin.css,
        conf.admin.wrapper,
        conf.dashboard?.css,
        conf.dashboard?.wrapper,
        conf.dashboard?.components,
        conf.data?.directory,
        conf.data?.public,
        conf.data?.console,
        conf.requests?.views,
        conf.requests?.app,
        conf.requests?.routers?.application,
        conf.requests?.routers?.client,
        conf.requests?.routers?.web,
        conf.database?.migrations,
    ].filter((p): p is string => typeof p === 'string' && p !== '');

    for (const p of paths) {
        if (p.startsWith('/') || p.includes('..') || p.includes('~') || p.includes('\\')) {
            throw new Error(`conf.yml: "${p}" cannot escape the extension bundle`);
        }
        if (p.endsWith('/')) throw new Error(`conf.yml: "${p}" must not end in "/"`);
    }
    return paths;
}
