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
