import fs from 'node:fs';
import path from 'node:path';
import { validateNotification } from '../../contract/notification';

// docs/notifications.md shows receivers the message; it must be one the schema (and so Tiergate) can send.
const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'notifications.md'), 'utf8');
const example = JSON.parse(/## The message[\s\S]*?```json\n([\s\S]*?)```/.exec(docs)![1]!);

describe('contract/notification.schema.json', () => {
    it('accepts the documented example', () => {
        expect(validateNotification(example)).toEqual({ valid: true, errors: [] });
    });

    it('accepts a first message (before null) and an unmapped product (template null)', () => {
        const first = structuredClone(example);
        first.data.before = null;
        first.data.after.template = null;
        first.data.after.servers = [];
        expect(validateNotification(first).valid).toBe(true);
    });

    it('refuses unknown states, missing fields and extra properties', () => {
        const bad = structuredClone(example);
        bad.data.after.state = 'paused';
        delete bad.data.subscriber.game_username;
        bad.data.extra = true;
        const result = validateNotification(bad);
        expect(result.valid).toBe(false);
        expect(result.errors.join('\n')).toMatch(/state/);
        expect(result.errors.join('\n')).toMatch(/game_username/);
        expect(result.errors.join('\n')).toMatch(/additional/);
    });

    it('accepts the test message', () => {
        const test = {
            type: 'tiergate.test',
            timestamp: '2026-11-30T15:00:00Z',
            data: { message: 'hi', sent_by: 'admin' },
        };
        expect(validateNotification(test).valid).toBe(true);
    });
});
