import http from 'node:http';
import { canonicalEvent } from '../../../tools/sim/events';
import { deliver } from '../../../tools/sim/send';
import { newMessageId, sign } from '../../../tools/sim/sign';
import { WEBHOOK } from '../../../tools/testbed/client';

let counter = 0;

/** A valid canonical event body for a subscription unique to this test run. */
export function eventBody(
    type: Parameters<typeof canonicalEvent>[0]['type'] = 'subscription.created',
    overrides: { subscriptionId?: string; email?: string } = {},
): string {
    counter += 1;
    const id = overrides.subscriptionId ?? `it-${process.pid}-${counter}`;
    return JSON.stringify(
        canonicalEvent({
            type,
            subscription: {
                id,
                status: 'active',
                product: { id: 7, slug: 'frost-knight' },
                plan: { type: 'recurring' },
                sequence: counter,
            },
            customer: { id: `cust-${id}`, email: overrides.email ?? `${id}@example.com` },
        }),
    );
}

export const send = (
    secret: string,
    body: string,
    extra: { id?: string; at?: Date; headers?: Record<string, string> } = {},
) => deliver({ url: WEBHOOK, secrets: [secret], body, ...extra });

export interface RawResponse {
    status: number;
    headers: http.IncomingHttpHeaders;
    json: Record<string, unknown>;
}

/** A hand-built request for what fetch refuses to send (repeated headers, a body without content-type). */
export function rawPost(headers: http.OutgoingHttpHeaders, body: string | Buffer): Promise<RawResponse> {
    const url = new URL(WEBHOOK);
    return new Promise((resolve, reject) => {
        const req = http.request(
            { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
            (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json: Record<string, unknown>;
                    try {
                        json = JSON.parse(text);
                    } catch {
                        json = { text };
                    }
                    resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
                });
            },
        );
        req.on('error', reject);
        req.end(body);
    });
}

export function signedHeaders(secret: string, body: string, id = newMessageId()) {
    return sign([secret], id, new Date(), body);
}
