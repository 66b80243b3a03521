import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eventSchema, flatEventSchema } from './event';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const canonical = ajv.compile(eventSchema);
const flat = ajv.compile(flatEventSchema);

export interface ValidationResult {
    valid: boolean;
    errors: string[];
}

const result = (fn: typeof canonical, body: unknown): ValidationResult => {
    const valid = fn(body) as boolean;
    return { valid, errors: (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`) };
};

export const validateCanonical = (body: unknown) => result(canonical, body);
export const validateFlat = (body: unknown) => result(flat, body);

/** The panel's limit on nested objects/arrays in a body (EventDecoder::MAX_DEPTH). */
export const MAX_DEPTH = 32;

/** What the panel answers a signed body: stored (valid), 400 (malformed) or 422 (invalid). */
export type DecodeOutcome = 'valid' | 'malformed' | 'invalid';

const LONE_SURROGATE = /\p{Cs}/u;

/** Why a value JSON.parse accepts cannot be a body the panel's PHP can decode and store, or null. */
function unrepresentable(value: unknown, depth: number): string | null {
    if (typeof value === 'number') return Number.isFinite(value) ? null : 'a number too large to represent';
    if (typeof value === 'string') return !LONE_SURROGATE.test(value) ? null : 'an unpaired UTF-16 surrogate';
    if (value === null || typeof value !== 'object') return null;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    for (const [key, item] of Object.entries(value)) {
        if (!Array.isArray(value) && (key.startsWith('\u0000') || LONE_SURROGATE.test(key)))
            return 'a property name PHP cannot decode';
        const why = unrepresentable(item, depth + 1);
        if (why) return why;
    }
    return null;
}

/**
 * The whole check the webhook route makes on a signed body, in the same order as the panel's EventDecoder: parse
 * (what PHP's json_decode refuses is malformed), then an object, then the canonical or the flat schema.
 */
export function decodeEvent(raw: string): ValidationResult & { outcome: DecodeOutcome } {
    let value: unknown;
    try {
        value = JSON.parse(raw);
    } catch (e) {
        return { outcome: 'malformed', valid: false, errors: [`not JSON: ${(e as Error).message}`] };
    }
    const why = unrepresentable(value, 1);
    if (why) return { outcome: 'malformed', valid: false, errors: [why] };
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return { outcome: 'invalid', valid: false, errors: ['/ must be an object'] };
    const isFlat = 'event' in value && !('type' in value);
    const checked = isFlat ? validateFlat(value) : validateCanonical(value);
    return { ...checked, outcome: checked.valid ? 'valid' : 'invalid' };
}
