import { newSecret } from '../../tools/sim/sign';
import { deliver } from '../../tools/sim/send';
import { artisan, closeDb, WEBHOOK } from '../../tools/testbed/client';
import { eventually, expectedAccess, subscriptionRow, subuserAccess } from './support/panel-state';

// The project's seed gave this payload as its example; it must provision what it says: product fire-elemental,
// which the demo tiers map to Elemental. `tier` is only a hint for a product mapped to nothing.
const SEED_PAYLOAD =
    '{"event":"subscription.created","subscription_id":"12345","customer_email":"user@example.com","product_id":"fire-elemental","tier":"elemental","status":"active"}';

const secret = newSecret();
beforeAll(() => artisan('tiergate:secret', `--set=${secret}`));
afterAll(() => closeDb());

describe('the flat payload from the seed', () => {
    it('grants Elemental access to user@example.com', async () => {
        const r = await deliver({ url: WEBHOOK, secrets: [secret], body: SEED_PAYLOAD });
        expect([200, 202]).toContain(r.status);
        await eventually('Elemental access', async () =>
            expect(await subuserAccess('user@example.com')).toEqual(expectedAccess('Elemental')),
        );
        expect(await subscriptionRow('12345')).toMatchObject({
            product_key: 'fire-elemental',
            template_key: 'subscriber_elemental',
            state: 'active',
        });
    });

    it('honours the tier hint when the product is mapped to nothing', async () => {
        const body = SEED_PAYLOAD.replace('"12345"', '"12346"')
            .replace('user@example.com', 'hint@example.com')
            .replace('fire-elemental', 'not-mapped-anywhere');
        await deliver({ url: WEBHOOK, secrets: [secret], body });
        await eventually('Elemental access by the hint', async () =>
            expect(await subuserAccess('hint@example.com')).toEqual(expectedAccess('Elemental')),
        );
    });
});
