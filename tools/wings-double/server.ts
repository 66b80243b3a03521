/**
 * A double of the few Wings endpoints the panel calls on Tiergate's behalf (there is no Wings here).
 * It answers like Wings and records every call so tests can see token revocations; `/__double/*` controls it.
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
}

const WINGS_ROUTES: Array<{ method: string; pattern: RegExp; status: number }> = [
    { method: 'POST', pattern: /^\/api\/servers\/[0-9a-f-]{36}\/ws\/deny$/, status: 204 },
    { method: 'POST', pattern: /^\/api\/servers\/[0-9a-f-]{36}\/sync$/, status: 204 },
];

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
            return json(200, { down, calls });
        }
        if (url.pathname === '/__double/down' && req.method === 'POST') {
            down = (parse(body) as { down?: boolean } | null)?.down !== false;
            return json(200, { down });
        }

        // "Down" answers like a node whose daemon crashed behind a proxy: the panel sees a 502.
        if (down) return json(502, { error: 'wings double is set to down' });

        const route = WINGS_ROUTES.find((r) => r.method === req.method && r.pattern.test(url.pathname));
        if (!route) return json(404, { error: `the wings double does not implement ${req.method} ${url.pathname}` });

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

    return { server, calls };
}

if (require.main === module) {
    const port = Number(process.env.WINGS_DOUBLE_PORT ?? 8081);
    createWingsDouble().server.listen(port, '127.0.0.1', () =>
        console.log(`wings double listening on 127.0.0.1:${port}`),
    );
}
