import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** Signing goes through the `standardwebhooks` library, an implementation independent of the panel's PHP. */
export interface SignedHeaders {
    'webhook-id': string;
    'webhook-timestamp': string;
    'webhook-signature': string;
}

export function sign(secrets: string[], id: string, at: Date, body: string): SignedHeaders {
    const signatures = secrets.map((secret) => new Webhook(secret).sign(id, at, body));
    return {
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signatures.join(' '),
    };
}

export const newMessageId = () => `msg_${randomBytes(12).toString('base64url')}`;

export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
