import fs from 'node:fs';
import path from 'node:path';
import { EVENT_TYPES } from '../../contract/event';
import { decodeEvent, DecodeOutcome, validateCanonical, validateFlat } from '../../contract/validate';

/** A decoded body checked against one schema, or a raw body checked the whole way the webhook route does. */
type Case =
    | { name: string; schema: 'event' | 'flat-event'; body: unknown; valid: boolean }
    | { name: string; raw: string; outcome: DecodeOutcome };

// The same cases run through the panel's PHP validator (tests/php/Unit/Contract/SchemaValidatorTest.php),
// so the two sides cannot drift apart unnoticed.
const cases: Case[] = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'events', 'contract-cases.json'), 'utf8'),
);
const schemaCases = cases.flatMap((c) => ('schema' in c ? [c] : []));
const rawCases = cases.flatMap((c) => ('raw' in c ? [c] : []));

describe('the event contract (JSON Schema through ajv)', () => {
    it.each(schemaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const result = c.schema === 'event' ? validateCanonical(c.body) : validateFlat(c.body);
        expect({ valid: result.valid, errors: result.errors }).toEqual(expect.objectContaining({ valid: c.valid }));
    });

    it.each(rawCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const result = decodeEvent(c.raw);
        expect({ outcome: result.outcome, errors: result.errors }).toEqual(
            expect.objectContaining({ outcome: c.outcome }),
        );
    });

    it('lists the nine documented event types', () => {
        expect([...EVENT_TYPES].sort()).toEqual(
            [
                'ping',
                'payment.failed',
                'payment.succeeded',
                'subscription.cancelled',
                'subscription.created',
                'subscription.suspended',
                'subscription.terminated',
                'subscription.unsuspended',
                'subscription.updated',
            ].sort(),
        );
    });
});
