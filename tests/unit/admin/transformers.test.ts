/** @jest-environment jsdom */
import { AxiosError, AxiosHeaders } from 'axios';
import { describeError } from '../../../admin/src/api/http';
import { Transformers, toPaged } from '../../../admin/src/api/transformers';

const err = (status: number, data: unknown) => {
    const headers = new AxiosHeaders();
    return new AxiosError('x', 'ERR', { headers }, null, { status, statusText: '', headers, config: { headers }, data });
};

describe('the admin API layer', () => {
    it('turns wire subscribers into models with dates, once', () => {
        const s = Transformers.toSubscriber({
            customer_id: 'c1', email: 'a@b.c', user_id: 4, username: 'abc', servers_granted: 3, needs_attention: false,
            override: { kind: 'suspend', until: '2026-12-01T00:00:00+00:00' },
            subscriptions: [{ subscription_id: 's1', product_key: 'frost-knight', template_key: 'k', tier: 'Knight', state: 'grace', reason: 'payment failed', grace_until: '2026-12-01T10:00:00Z', access_until: null, needs_attention: false, last_error: null, reconciled_at: null }],
        });
        expect(s.override).toEqual({ kind: 'suspend', until: new Date('2026-12-01T00:00:00Z') });
        expect(s.subscriptions[0]).toMatchObject({ subscriptionId: 's1', tier: 'Knight', state: 'grace', graceUntil: new Date('2026-12-01T10:00:00Z'), accessUntil: null });
    });

    it('writes settings back in the wire shape, only what changed', () => {
        expect(Transformers.fromSettings({ graceDays: 3, ipAllowlist: ['10.0.0.0/8'] })).toEqual({ grace_days: 3, ip_allowlist: ['10.0.0.0/8'] });
    });

    it('shows log permissions and email changes as text', () => {
        const base = { id: 1, at: '2026-11-24T00:00:00Z', trigger: 'event', trigger_ref: 'msg_1', customer_id: 'c', user_id: 1, server_id: 2, server_name: 'Frost Hub', action: 'grant', outcome: 'ok', error: null, duration_ms: 5 };
        expect(Transformers.toLogEntry({ ...base, permissions_before: [], permissions_after: ['a', 'b'] })).toMatchObject({ before: '', after: 'a, b' });
        expect(Transformers.toLogEntry({ ...base, permissions_before: { email: 'x@y' }, permissions_after: null })).toMatchObject({ before: 'email: x@y', after: '' });
    });

    it('keeps the keyset cursor', () => {
        expect(toPaged({ data: [1, 2], next_cursor: '7' }, (n) => n * 2)).toEqual({ items: [2, 4], nextCursor: '7' });
    });

    it("reports the server's reason, per field for a 422, and says what a 403 or 419 means", () => {
        expect(describeError(err(422, { message: 'bad', errors: { grace_days: ['must be at most 90'] } }))).toEqual({ message: 'must be at most 90', fields: { grace_days: 'must be at most 90' } });
        expect(describeError(err(409, { message: 'id reused' })).message).toBe('id reused');
        expect(describeError(err(403, {})).message).toMatch(/root administrators/);
        expect(describeError(err(419, {})).message).toMatch(/reload/);
        expect(describeError(err(500, { errors: [{ detail: 'panel detail' }] })).message).toBe('panel detail');
        expect(describeError(new AxiosError('Network Error')).message).toMatch(/did not answer/);
    });
});
