import fs from 'node:fs';
import path from 'node:path';
import { EVENT_TYPES } from '../../contract/event';
import { WEBHOOK_STATUS } from '../../contract/webhook';
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

describe("the webhook route's answers (contract/webhook-answers.json)", () => {
    /** `| 503 | \`not_configured\` / \`storage_unavailable\` | …` rows of the README's table, as code → status. */
    function readmeAnswers(): Record<string, number> {
        const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
        const section = readme.slice(readme.indexOf('## The webhook route'));
        const table = section.slice(0, section.indexOf('\n## ', 5));
        const pairs = [...table.matchAll(/^\| (\d{3}) \| ([^|]+)\|/gm)].flatMap(([, status, codes]) =>
            [...codes!.matchAll(/`([a-z_]+)`/g)].map(([, code]) => [code!, Number(status)] as const),
        );
        return Object.fromEntries(pairs);
    }

    it('are exactly the ones the README documents, with the same HTTP status', () => {
        expect(readmeAnswers()).toEqual(WEBHOOK_STATUS);
    });

    it("use the panel's codes, including 409 id_reused", () => {
        expect(WEBHOOK_STATUS).toMatchObject({ id_reused: 409, bad_signature: 401, storage_unavailable: 503 });
    });
});
