/**
 * A double of the few Wings endpoints the panel calls on Tiergate's behalf (there is no Wings here).
 * It answers like Wings and records every call so tests can see token revocations and console commands, in
 * order; `/__double/*` controls it (README.md lists the endpoints and how they differ from Wings).
 */
import http from 'node:http';

export interface RecordedCall {
    at: string;
    method: string;
    path: string;
    authorization: string | null;
    body: unknown;
}

export interface WingsDouble {
    server: http.Server;
    calls: RecordedCall[];
    /** uuid → Wings' process state; a server never set is `running`. */
    states: Map<string, ServerState>;
}

export type ServerState = 'offline' | 'starting' | 'running' | 'stopping';
const SERVER_STATES: ServerState[] = ['offline', 'starting', 'running', 'stopping'];
const UUID = '[0-9a-f-]{36}';

const WINGS_ROUTES: Array<{ method: string; pattern: RegExp; status: number }> = [
    { method: 'POST', pattern: /^\/api\/servers\/[0-9a-f-]{36}\/ws\/deny$/, status: 204 },
    { method: 'POST', pattern: /^\/api\/servers\/[0-9a-f-]{36}\/sync$/, status: 204 },
    { method: 'POST', pattern: /^\/api\/servers\/[0-9a-f-]{36}\/commands$/, status: 204 },
];

/**
 * As Wings' router_server.go postServerCommands: only a server whose container is not running refuses, with a 502.
 * `Environment.IsRunning()` asks Docker, and the container runs while the server is starting or stopping.
 */
function refusesCommands(state: ServerState): boolean {
    return state === 'offline';
}

function readBody(req: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

function parse(text: string): unknown {
    if (text === '') return null;
    try {
        return JSON.parse(text);
    } catch {
        return text;
    }
}

export function createWingsDouble(): WingsDouble {
    const calls: RecordedCall[] = [];
    const states = new Map<string, ServerState>();
    let down = false;

    const server = http.createServer(async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://wings.double');
        const body = await readBody(req);
        const json = (status: number, payload: unknown) => {
            res.writeHead(status, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify(payload));
        };

        if (url.pathname === '/__double/calls') {
            if (req.method === 'DELETE') calls.length = 0;
            return json(200, { down, calls, states: Object.fromEntries(states) });
        }
        const stateControl = new RegExp(`^/__double/servers/(${UUID})/state$`).exec(url.pathname);
        if (stateControl && req.method === 'POST') {
            const state = (parse(body) as { state?: string } | null)?.state as ServerState;
            if (!SERVER_STATES.includes(state))
                return json(422, { error: `state must be one of ${SERVER_STATES.join(', ')}` });
            states.set(stateControl[1] as string, state);
            return json(200, { uuid: stateControl[1], state });
        }
        if (url.pathname === '/__double/servers' && req.method === 'DELETE') {
            states.clear();
            return json(200, { states: {} });
        }
        if (url.pathname === '/__double/down' && req.method === 'POST') {
            down = (parse(body) as { down?: boolean } | null)?.down !== false;
            return json(200, { down });
        }

        // "Down" answers like a node whose daemon crashed behind a proxy: the panel sees a 502.
        if (down) return json(502, { error: 'wings double is set to down' });

        const details = new RegExp(`^/api/servers/(${UUID})$`).exec(url.pathname);
        if (details && req.method === 'GET') {
            const state = states.get(details[1] as string) ?? 'running';
            return json(200, { state, is_suspended: false, utilization: { memory_bytes: 0, cpu_absolute: 0, state } });
        }

        const route = WINGS_ROUTES.find((r) => r.method === req.method && r.pattern.test(url.pathname));
        if (!route) return json(404, { error: `the wings double does not implement ${req.method} ${url.pathname}` });
        const commands = new RegExp(`^/api/servers/(${UUID})/commands$`).exec(url.pathname);
        if (commands && refusesCommands(states.get(commands[1] as string) ?? 'running')) {
            return json(502, { error: 'Cannot send commands to a stopped server instance.' });
        }

        calls.push({
            at: new Date().toISOString(),
            method: req.method ?? '',
            path: url.pathname,
            authorization: req.headers.authorization ?? null,
            body: parse(body),
        });
        res.writeHead(route.status);
        res.end();
    });

    return { server, calls, states };
}

if (require.main === module) {
    const port = Number(process.env.WINGS_DOUBLE_PORT ?? 8081);
    createWingsDouble().server.listen(port, '127.0.0.1', () =>
        console.log(`wings double listening on 127.0.0.1:${port}`),
    );
}
