import { parseArgs } from 'node:util';
import { EVENT_TYPES, EventType, SubscriptionStatus } from '../../contract/event';
import { canonicalEvent } from './events';
import { loadScenario, runScenario } from './scenario';
import { deliver, DeliveryResult } from './send';
import { newSecret } from './sign';

const USAGE = `tiergate-sim — sends signed Tiergate lifecycle events (Standard Webhooks v1)

  tiergate-sim ping      [--url URL] --secret S
  tiergate-sim send      [--url URL] --secret S --type TYPE [--subscription ID] [--customer ID] [--email E]
                         [--product ID] [--slug SLUG] [--status STATUS] [--plan recurring|one-time|free] [--sequence N] [--flat]
  tiergate-sim scenario  FILE [--url URL] --secret S
  tiergate-sim secret    prints a new whsec_ secret

--secret may be given twice (rotation: both signatures are sent). Defaults: --url $TIERGATE_WEBHOOK_URL or the
test bed's http://127.0.0.1:8080/extensions/tiergate/webhook, --secret $TIERGATE_SECRET.
Event types: ${EVENT_TYPES.join(', ')}`;

const print = (label: string, r: DeliveryResult) =>
    console.log(`${label}  ${r.status}  ${r.ms.toFixed(1)} ms  ${r.id}  ${JSON.stringify(r.body)}`);

async function main(): Promise<number> {
    const { positionals, values } = parseArgs({
        allowPositionals: true,
        options: {
            url: {
                type: 'string',
                default: process.env.TIERGATE_WEBHOOK_URL ?? 'http://127.0.0.1:8080/extensions/tiergate/webhook',
            },
            secret: { type: 'string', multiple: true },
            type: { type: 'string' },
            subscription: { type: 'string', default: '1001' },
            customer: { type: 'string', default: '501' },
            email: { type: 'string', default: 'subscriber@example.com' },
            product: { type: 'string', default: '1' },
            slug: { type: 'string' },
            status: { type: 'string', default: 'active' },
            plan: { type: 'string', default: 'recurring' },
            sequence: { type: 'string' },
            flat: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h' },
        },
    });
    const [command, file] = positionals;
    if (values.help || !command) {
        console.log(USAGE);
        return command ? 0 : 2;
    }
    if (command === 'secret') {
        console.log(newSecret());
        return 0;
    }

    const secrets = values.secret ?? (process.env.TIERGATE_SECRET ? [process.env.TIERGATE_SECRET] : []);
    if (secrets.length === 0)
        throw new Error(
            'no secret: pass --secret whsec_… or set TIERGATE_SECRET (the panel shows it once, under Settings)',
        );
    const url = values.url!;

    if (command === 'scenario') {
        if (!file) throw new Error('scenario needs a file');
        const results = await runScenario(loadScenario(file), url, secrets, (type, r) => print(type.padEnd(26), r));
        return results.every((r) => r.status >= 200 && r.status < 300) ? 0 : 1;
    }

    let body: string;
    if (command === 'ping') {
        body = JSON.stringify(canonicalEvent({ type: 'ping' }));
    } else if (command === 'send') {
        const type = values.type as EventType;
        if (!EVENT_TYPES.includes(type)) throw new Error(`--type must be one of ${EVENT_TYPES.join(', ')}`);
        const status = values.status as SubscriptionStatus;
        body = values.flat
            ? JSON.stringify({
                  event: type,
                  subscription_id: values.subscription,
                  customer_email: values.email,
                  product_id: values.product,
                  tier: values.slug ?? null,
                  status,
              })
            : JSON.stringify(
                  canonicalEvent({
                      type,
                      subscription: {
                          id: values.subscription!,
                          status,
                          product: { id: values.product!, slug: values.slug ?? null },
                          plan: { type: values.plan as 'recurring' },
                          sequence: values.sequence ? Number(values.sequence) : null,
                      },
                      customer: { id: values.customer!, email: values.email! },
                  }),
              );
    } else {
        throw new Error(`unknown command "${command}"\n\n${USAGE}`);
    }

    const r = await deliver({ url, secrets, body });
    print(command, r);
    return r.status >= 200 && r.status < 300 ? 0 : 1;
}

main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
        console.error(`tiergate-sim: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(2);
    });
