import { newMessageId, sign } from './sign';

export interface Delivery {
    url: string;
    secrets: string[];
    body: string;
    id?: string;
    at?: Date;
    headers?: Record<string, string>;
    timeoutMs?: number;
}

export interface DeliveryResult {
    id: string;
    status: number;
    body: unknown;
    ms: number;
}

/** POSTs one signed delivery; `headers` can override or add to what signing produced (for bad-input tests). */
export async function deliver({
    url,
    secrets,
    body,
    id = newMessageId(),
    at = new Date(),
    headers = {},
    timeoutMs = 15_000,
}: Delivery): Promise<DeliveryResult> {
    const started = performance.now();
    const response = await fetch(url, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...sign(secrets, id, at, body),
            ...headers,
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
        parsed = JSON.parse(text);
    } catch {
        // keep the text: a non-JSON answer is itself worth showing
    }
    return { id, status: response.status, body: parsed, ms: performance.now() - started };
}
