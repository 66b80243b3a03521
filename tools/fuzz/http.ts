import net from 'node:net';

/** One request exactly as built: header lines in order (repeats allowed), values as raw bytes (latin1). */
export interface RawRequest {
    method: string;
    headers: Array<[string, string | Buffer]>;
    body: Buffer;
}

export interface RawAnswer {
    status: number;
    json: boolean;
    body: string;
}

/**
 * Sends over a plain socket, because an HTTP client would refuse or normalize what the fuzzer wants to send
 * (repeated headers, bytes that are not UTF-8). One connection per request, closed by the server.
 */
export function sendRaw(url: URL, request: RawRequest, timeoutMs = 30_000): Promise<RawAnswer> {
    const head = [
        `${request.method} ${url.pathname} HTTP/1.1`,
        `Host: ${url.host}`,
        'Connection: close',
        `Content-Length: ${request.body.length}`,
    ];
    const lines = Buffer.concat([
        Buffer.from(head.join('\r\n') + '\r\n', 'latin1'),
        ...request.headers.map(([name, value]) =>
            Buffer.concat([
                Buffer.from(`${name}: `, 'latin1'),
                Buffer.isBuffer(value) ? value : Buffer.from(value, 'latin1'),
                Buffer.from('\r\n'),
            ]),
        ),
        Buffer.from('\r\n'),
        request.body,
    ]);
    return new Promise((resolve, reject) => {
        const socket = net.connect({ host: url.hostname, port: Number(url.port || 80) });
        const chunks: Buffer[] = [];
        socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)));
        socket.on('data', (c: Buffer) => chunks.push(c));
        let failure: Error | null = null;
        // The server may answer (413, 400) before reading the whole body and reset the connection; what it sent counts.
        socket.on('error', (e) => (failure = e));
        socket.on('close', () => {
            const raw = Buffer.concat(chunks).toString('latin1');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0);
            if (!status) return reject(failure ?? new Error('no HTTP status line in the answer'));
            const split = raw.indexOf('\r\n\r\n');
            const headers = raw.slice(0, split).toLowerCase();
            let body = raw.slice(split + 4);
            if (/\r\ntransfer-encoding: chunked/.test(headers)) body = dechunk(body);
            resolve({
                status,
                json: /\r\ncontent-type: application\/json/.test(headers),
                body: Buffer.from(body, 'latin1').toString('utf8'),
            });
        });
        // No half-close: nginx takes a FIN from the client as an abort (499) and sends nothing. It closes after answering.
        socket.write(lines);
    });
}

function dechunk(text: string): string {
    let out = '';
    let at = 0;
    for (;;) {
        const eol = text.indexOf('\r\n', at);
        const size = parseInt(text.slice(at, eol), 16);
        if (!(size > 0)) return out;
        out += text.slice(eol + 2, eol + 2 + size);
        at = eol + 2 + size + 2;
    }
}
