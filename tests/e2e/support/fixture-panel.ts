/**
 * The admin page with the API answered from fixtures (tests/unit/admin/wire.ts), served on loopback: for browser
 * checks of layout, focus and keyboard that need no test bed, and data the test bed does not have (junk product
 * keys). Serves the built bundle (blueprint/public/admin.js, from `npm run build`).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ADMIN_API_BASE } from '../../../contract/admin';
import { ADMIN_BUNDLE_DIR } from '../../../tools/lib/paths';

export type Answers = Record<string, unknown>;

const page = `<!doctype html><html><head><meta charset="utf-8"><meta name="_token" content="fixture">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:10px;background:#ecf0f5;font-family:sans-serif">
<div id="tiergate-root" data-root="/admin/extensions/tiergate"
 data-webhook-url="https://panel.example.com/extensions/tiergate/webhook" data-version="0.1.0"></div>
<script src="/admin.js"></script></body></html>`;

/** Starts the server; `answers` maps an API path (no query) to its JSON, or to a function of the decoded path. */
export async function serveFixturePanel(
    answers: Answers,
    fallback: (decodedPath: string) => unknown = () => undefined,
): Promise<{ url: string; close: () => Promise<void> }> {
    const bundle = path.join(ADMIN_BUNDLE_DIR, 'admin.js');
    if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
    const server = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname === '/admin.js') {
            res.writeHead(200, { 'content-type': 'text/javascript' });
            return res.end(fs.readFileSync(bundle));
        }
        if (url.pathname.startsWith(ADMIN_API_BASE)) {
            const apiPath = url.pathname.slice(ADMIN_API_BASE.length);
            const body = answers[apiPath] ?? fallback(decodeURIComponent(apiPath));
            res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
            return res.end(JSON.stringify(body ?? { message: `no fixture for ${apiPath}` }));
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/admin/extensions/tiergate`,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
