import { createHmac } from 'node:crypto';
import type { RawRequest } from './http';
import { Random } from './random';

/** One generated request and the family of mutation it came from (for the report). */
export interface FuzzCase {
    kind: string;
    request: RawRequest;
}

const TYPES = [
    'subscription.created',
    'subscription.updated',
    'subscription.cancelled',
    'subscription.suspended',
    'subscription.unsuspended',
    'subscription.terminated',
    'payment.failed',
    'payment.succeeded',
    'ping',
];

/** Standard Webhooks v1, written out here so the fuzzer can sign bytes no JSON library would produce. */
export function signature(secret: string, id: string, timestamp: string, body: Buffer): string {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    return (
        'v1,' +
        createHmac('sha256', key)
            .update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'latin1'), body]))
            .digest('base64')
    );
}

export class Mutator {
    private n = 0;

    constructor(
        private rnd: Random,
        private secret: string,
        private tag: string,
    ) {}

    /** A body that is valid against the contract: mostly pings (stored nothing), sometimes a stored event. */
    validEvent(): Record<string, unknown> {
        const now = new Date().toISOString();
        if (this.rnd.chance(0.7)) return { type: 'ping', timestamp: now, data: { fuzz: this.tag } };
        this.n += 1;
        // Always ended (cancelled, product mapped to nothing): stored and reconciled, but grants nothing.
        return {
            type: 'subscription.terminated',
            timestamp: now,
            data: {
                subscription: {
                    id: `${this.tag}-sub-${this.n % 20}`,
                    status: 'cancelled',
                    product: { id: 'fuzz-unmapped', slug: 'fuzz-unmapped' },
                    sequence: this.n,
                },
                customer: {
                    id: `${this.tag}-cus-${this.n % 20}`,
                    email: `${this.tag}-${this.n % 20}@fuzz.example.com`,
                },
            },
        };
    }

    next(): FuzzCase {
        const family = this.rnd.pick([
            'headers',
            'headers',
            'signature',
            'timestamp',
            'body',
            'body',
            'body',
            'valid',
        ] as const);
        const body = Buffer.from(JSON.stringify(this.validEvent()));
        const id = `msg_${this.tag}_${this.rnd.int(1e9)}`;
        const ts = String(Math.floor(Date.now() / 1000));
        switch (family) {
            case 'headers':
                return this.headerCase(id, ts, body);
            case 'signature':
                return this.signatureCase(id, ts, body);
            case 'timestamp':
                return this.timestampCase(id, body);
            case 'body':
                return this.bodyCase(id, ts);
            default:
                return { kind: 'valid', request: this.signed(id, ts, body) };
        }
    }

    private signed(
        id: string,
        ts: string,
        body: Buffer,
        contentType: string | Buffer = 'application/json',
    ): RawRequest {
        return {
            method: 'POST',
            headers: [
                ['Content-Type', contentType],
                ['webhook-id', id],
                ['webhook-timestamp', ts],
                ['webhook-signature', signature(this.secret, id, ts, body)],
            ],
            body,
        };
    }

    private headerCase(id: string, ts: string, body: Buffer): FuzzCase {
        const request = this.signed(id, ts, body);
        const headers = request.headers;
        const which = 1 + this.rnd.int(3);
        const mutation = this.rnd.pick([
            'missing',
            'duplicated',
            'duplicated-bogus-first',
            'non-utf8',
            'control',
            'huge',
            'empty',
            'content-type',
            'method',
        ] as const);
        switch (mutation) {
            case 'missing':
                headers.splice(which, 1);
                break;
            case 'duplicated':
                headers.push([headers[which]![0], headers[which]![1]]);
                break;
            case 'duplicated-bogus-first':
                headers.splice(which, 0, [
                    headers[which]![0],
                    this.rnd.pick([
                        'v1,AAAA',
                        '1600000000',
                        'msg_other',
                        'v1,' + this.rnd.bytes(32).toString('base64'),
                    ]),
                ]);
                break;
            case 'non-utf8':
                headers[which] = [
                    headers[which]![0],
                    Buffer.concat([
                        Buffer.from(String(headers[which]![1]), 'latin1'),
                        this.rnd.bytes(1 + this.rnd.int(4)).map((b) => b | 0x80),
                    ]),
                ];
                break;
            case 'control':
                headers[which] = [headers[which]![0], `${headers[which]![1]}\x01\x7f`];
                break;
            case 'huge':
                headers[which] = [headers[which]![0], 'x'.repeat(this.rnd.pick([200, 4000, 7000, 20000]))];
                break;
            case 'empty':
                headers[which] = [headers[which]![0], ''];
                break;
            case 'content-type':
                headers[0] = [
                    'Content-Type',
                    this.rnd.pick([
                        'text/plain',
                        '',
                        'application/json; charset=utf-8',
                        'application/cloudevents+json',
                        'application/json\xff',
                        'APPLICATION/JSON',
                        'application/jsonx',
                        'multipart/form-data; boundary=x',
                        'application/x-www-form-urlencoded',
                    ]),
                ];
                break;
            case 'method':
                return {
                    kind: 'headers:method',
                    request: { ...request, method: this.rnd.pick(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) },
                };
        }
        return { kind: `headers:${mutation}`, request };
    }

    private signatureCase(id: string, ts: string, body: Buffer): FuzzCase {
        const valid = signature(this.secret, id, ts, body);
        const request = this.signed(id, ts, body);
        const value = this.rnd.pick([
            'v1',
            'v1,',
            ',',
            'v2,' + valid.slice(3),
            valid.slice(3),
            `${valid} v1,AAAA`,
            `v1,AAAA ${valid}`,
            `v1,AAAA, ${valid}`,
            `${valid}, ${valid}`,
            'v1,' + this.rnd.bytes(32).toString('base64'),
            `v1,${'A'.repeat(5000)}`,
            `  ${valid}  `,
            valid.replace('v1,', 'V1,'),
            valid.slice(0, -2),
            signature('whsec_' + this.rnd.bytes(32).toString('base64'), id, ts, body),
            Array.from({ length: 50 }, () => 'v1,AAAA').join(' '),
        ]);
        request.headers[3] = ['webhook-signature', value];
        return { kind: 'signature', request };
    }

    private timestampCase(id: string, body: Buffer): FuzzCase {
        const now = Math.floor(Date.now() / 1000);
        const ts = this.rnd.pick([
            String(now - 301),
            String(now + 301),
            String(now - 86400 * 365),
            '0',
            '-1',
            `${now}.5`,
            `${now}x`,
            ` ${now}`,
            '1e9',
            '9'.repeat(40),
            String(now * 1000),
            '',
            'NaN',
            `0${now}`,
        ]);
        return { kind: 'timestamp', request: this.signed(id, ts, body) };
    }

    private bodyCase(id: string, ts: string): FuzzCase {
        const valid = JSON.stringify(this.validEvent());
        const event = JSON.parse(valid);
        const mutation = this.rnd.pick([
            'truncated',
            'deep',
            'wrong-type',
            'unicode',
            'number',
            'garbage',
            'empty',
            'large',
            'json-scalar',
            'field',
        ] as const);
        let body: Buffer;
        switch (mutation) {
            case 'truncated':
                body = Buffer.from(valid.slice(0, this.rnd.int(valid.length)));
                break;
            case 'deep': {
                const depth = this.rnd.pick([31, 32, 33, 100, 5000]);
                body = Buffer.from(
                    `{"type":"ping","timestamp":"${new Date().toISOString()}","data":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
                );
                break;
            }
            case 'wrong-type': {
                const value = this.rnd.pick([null, true, 0, -1, 1.5, 'x', [], {}, [1, 2]]);
                const path = this.rnd.pick([
                    ['type'],
                    ['timestamp'],
                    ['data'],
                    ['data', 'subscription'],
                    ['data', 'customer'],
                    ['data', 'subscription', 'id'],
                    ['data', 'customer', 'email'],
                ]);
                setPath(event, path, value);
                body = Buffer.from(JSON.stringify(event));
                break;
            }
            case 'unicode':
                body = Buffer.from(
                    valid
                        .replace(
                            '"ping"',
                            this.rnd.pick(['"p\\u0000ing"', '"\\ud800"', '"ping\\udfff"', '"😀"', '"ping"']),
                        )
                        .replace(
                            /"data":\{/,
                            `"data":{${this.rnd.pick(['"\\u0000k":1,', '"\\ud800":1,', '"😀":"\\ud83d\\ude00",', '"k":"\\u0000",', '"":1,'])}`,
                        ),
                );
                break;
            case 'number':
                body = Buffer.from(
                    valid.replace(
                        /"data":\{/,
                        `"data":{"n":${this.rnd.pick(['1e400', '-1e400', '1' + '0'.repeat(400), '12345678901234567890', '1.0', '-0', '1e-400', '0.' + '1'.repeat(500)])},`,
                    ),
                );
                break;
            case 'garbage':
                body = Buffer.concat([
                    Buffer.from(valid.slice(0, this.rnd.int(valid.length))),
                    this.rnd.bytes(1 + this.rnd.int(64)),
                ]);
                break;
            case 'empty':
                body = Buffer.from(this.rnd.pick(['', ' ', '\n', '\u00a0', '\ufeff{}', 'null', '{}', '[]']));
                break;
            case 'large':
                body = Buffer.from(
                    JSON.stringify({
                        ...event,
                        data: { pad: 'x'.repeat(this.rnd.pick([200_000, 262_000, 270_000, 1_000_000])) },
                    }),
                );
                break;
            case 'json-scalar':
                body = Buffer.from(this.rnd.pick(['1', '"x"', 'true', '[{"type":"ping"}]']));
                break;
            case 'field':
                setPath(event, ['type'], this.rnd.pick(TYPES));
                setPath(
                    event,
                    ['timestamp'],
                    this.rnd.pick([
                        '2026-02-30T00:00:00Z',
                        '0000-00-00T00:00:00Z',
                        '9999-12-31T23:59:59Z',
                        '1969-12-31T23:59:59Z',
                        '2016-12-31T23:59:60Z',
                        'soon',
                        new Date().toISOString(),
                    ]),
                );
                // Whatever passes is a cancellation of the fuzzer's own subscription for an unmapped product: no access changes.
                setPath(event, ['data', 'customer'], {
                    id: this.rnd.pick([1e20, -1, '', `${this.tag}-c`]),
                    email: this.rnd.pick(['"<x>"@example.com', 'a@b', `${this.tag}@fuzz.example.com`, 'a@b.co\n']),
                });
                setPath(event, ['data', 'subscription'], {
                    id: this.rnd.pick([`${this.tag}-s`, 1.5, 9007199254740992]),
                    status: this.rnd.pick(['cancelled', 'bogus']),
                    product: { id: 'fuzz-unmapped' },
                });
                body = Buffer.from(JSON.stringify(event));
                break;
        }
        return { kind: `body:${mutation}`, request: this.signed(id, ts, body) };
    }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
    let node: Record<string, unknown> = target;
    for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
}
