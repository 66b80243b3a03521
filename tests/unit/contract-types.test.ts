/**
 * The TypeScript types in contract/event.ts against the JSON Schemas they describe (the schemas are the source:
 * the panel's PHP validates with them). json-schema-to-typescript cannot express the canonical form's
 * `if type is ping then … else …`, so the types are written by hand and held to the schemas here, in two halves:
 * tsc (in `npm test`) checks that each list below is exactly the type's keys or members, and this test that the
 * same lists are exactly the schema's.
 */
import type {
    CustomerSnapshot,
    EventType,
    FlatEvent,
    PlanType,
    SubscriptionSnapshot,
    SubscriptionStatus,
} from '../../contract/event';
import { eventSchema, flatEventSchema } from '../../contract/event';

/** Exactly the members of U: tsc refuses a list with one too many or one missing. */
const exactly =
    <U extends string>() =>
    <const A extends readonly U[]>(list: A & ([U] extends [A[number]] ? unknown : never)) =>
        [...list].sort();

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T] & string;
type RequiredKeys<T> = Exclude<keyof T & string, OptionalKeys<T>>;
type Product = SubscriptionSnapshot['product'];
type Plan = NonNullable<SubscriptionSnapshot['plan']>;

interface SchemaObject {
    required?: string[];
    properties: Record<string, { enum?: string[] }>;
}

const canonical = eventSchema as unknown as {
    properties: { type: { enum: string[] } };
    else: { properties: { data: { properties: { subscription: SchemaObject; customer: SchemaObject } } } };
};
const data = canonical.else.properties.data.properties;
const subscription = data.subscription as SchemaObject & {
    properties: { product: SchemaObject; plan: SchemaObject };
};
const flat = flatEventSchema as unknown as SchemaObject;

const shapes: Array<[string, SchemaObject, string[], string[]]> = [
    [
        'data.subscription',
        subscription,
        exactly<RequiredKeys<SubscriptionSnapshot>>()(['id', 'status', 'product']),
        exactly<OptionalKeys<SubscriptionSnapshot>>()(['plan', 'expires_at', 'cancel_at_period_end', 'sequence']),
    ],
    [
        'data.subscription.product',
        subscription.properties.product,
        exactly<RequiredKeys<Product>>()(['id']),
        exactly<OptionalKeys<Product>>()(['slug', 'name', 'tier']),
    ],
    ['data.subscription.plan', subscription.properties.plan, exactly<RequiredKeys<Plan>>()(['type']), []],
    [
        'data.customer',
        data.customer,
        exactly<RequiredKeys<CustomerSnapshot>>()(['id', 'email']),
        exactly<OptionalKeys<CustomerSnapshot>>()(['first_name', 'last_name', 'game_username']),
    ],
    [
        'the flat form',
        flat,
        exactly<RequiredKeys<FlatEvent>>()(['event', 'subscription_id', 'customer_email', 'product_id', 'status']),
        exactly<OptionalKeys<FlatEvent>>()(['tier', 'game_username']),
    ],
];

const enums: Array<[string, string[] | undefined, string[]]> = [
    [
        'type',
        canonical.properties.type.enum,
        exactly<EventType>()([
            'subscription.created',
            'subscription.updated',
            'subscription.cancelled',
            'subscription.suspended',
            'subscription.unsuspended',
            'subscription.terminated',
            'payment.failed',
            'payment.succeeded',
            'ping',
        ]),
    ],
    [
        'data.subscription.status',
        subscription.properties.status?.enum,
        exactly<SubscriptionStatus>()(['pending', 'active', 'suspended', 'cancelled']),
    ],
    [
        'data.subscription.plan.type',
        subscription.properties.plan.properties.type?.enum,
        exactly<PlanType>()(['recurring', 'one-time', 'free']),
    ],
    [
        'the flat form: event',
        flat.properties.event?.enum,
        exactly<FlatEvent['event']>()([
            'subscription.created',
            'subscription.updated',
            'subscription.cancelled',
            'subscription.suspended',
            'subscription.unsuspended',
            'subscription.terminated',
            'payment.failed',
            'payment.succeeded',
        ]),
    ],
];

describe('contract/event.ts says what the JSON Schemas say', () => {
    it.each(shapes)('%s: the same required and optional fields', (_name, schema, required, optional) => {
        expect({ required: [...(schema.required ?? [])].sort(), all: Object.keys(schema.properties).sort() }).toEqual({
            required,
            all: [...required, ...optional].sort(),
        });
    });

    it.each(enums)('%s: the same values', (_name, schemaValues, typeValues) => {
        expect([...(schemaValues ?? [])].sort()).toEqual(typeValues);
    });
});
