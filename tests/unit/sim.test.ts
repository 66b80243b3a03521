import { Webhook } from 'standardwebhooks';
import { validateCanonical } from '../../contract/validate';
import { parseDuration, planScenario, Scenario } from '../../tools/sim/scenario';
import { newSecret, sign } from '../../tools/sim/sign';

describe('the simulator', () => {
    it('signs the Standard Webhooks test vector exactly', () => {
        const headers = sign(
            ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
            'msg_p5jXN8AQM9LWM0D4loKWxJek',
            new Date(1614265330 * 1000),
            '{"test": 2432232314}',
        );
        expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
        expect(headers['webhook-timestamp']).toBe('1614265330');
    });

    it('sends one signature per secret during a rotation, each verifiable on its own', () => {
        const [a, b] = [newSecret(), newSecret()];
        const body = '{"type":"ping"}';
        const headers = sign([a, b], 'msg_1', new Date(), body);
        expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
        expect(() => new Webhook(a).verify(body, { ...headers })).not.toThrow();
        expect(() => new Webhook(b).verify(body, { ...headers })).not.toThrow();
    });

    it('makes 32-byte whsec_ secrets', () => {
        const secret = newSecret();
        expect(secret).toMatch(/^whsec_/);
        expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    });

    it('parses durations and refuses what it cannot read', () => {
        expect(parseDuration('90s')).toBe(90_000);
        expect(parseDuration('7d')).toBe(7 * 86_400_000);
        expect(() => parseDuration('a week')).toThrow(/duration/);
    });

    const scenario: Scenario = {
        start: '2026-11-01T00:00:00Z',
        subscription: {
            id: 9,
            status: 'active',
            product: { id: 1, slug: 'frost-knight' },
            plan: { type: 'recurring' },
        },
        customer: { id: 4, email: 'kim@example.com' },
        steps: [
            { type: 'subscription.created' },
            { type: 'subscription.updated', after: '1d', subscription: { product: { id: 2, slug: 'frost-master' } } },
            { type: 'payment.failed', after: '30d' },
            { type: 'subscription.updated', after: '1h', customer: { email: 'kim@new.example.com' } },
        ],
    };

    it('expands a scenario into valid canonical events with advancing time and sequence', () => {
        const events = planScenario(scenario).map((e) => JSON.parse(e.body));
        expect(events.map((e) => e.data.subscription.sequence)).toEqual([1, 2, 3, 4]);
        expect(events.map((e) => e.timestamp)).toEqual([
            '2026-11-01T00:00:00.000Z',
            '2026-11-02T00:00:00.000Z',
            '2026-12-02T00:00:00.000Z',
            '2026-12-02T01:00:00.000Z',
        ]);
        expect(events[1].data.subscription.product).toEqual({ id: 2, slug: 'frost-master' });
        expect(events[2].data.subscription.product.slug).toBe('frost-master');
        expect(events[3].data.customer.email).toBe('kim@new.example.com');
        for (const e of events) expect(validateCanonical(e).errors).toEqual([]);
    });
});
