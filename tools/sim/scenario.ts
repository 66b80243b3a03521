import fs from 'node:fs';
import type { CustomerSnapshot, EventType, SubscriptionSnapshot } from '../../contract/event';
import { canonicalEvent } from './events';
import { deliver, DeliveryResult } from './send';

type Partial2<T> = {
    [K in keyof T]?: T[K] extends object | null | undefined ? Partial<NonNullable<T[K]>> | T[K] : T[K];
};

export interface ScenarioStep {
    type: EventType;
    /** Time since the previous step, like "0s", "90m", "7d"; the event's own timestamp advances by it. */
    after?: string;
    subscription?: Partial2<SubscriptionSnapshot>;
    customer?: Partial<CustomerSnapshot>;
}

export interface Scenario {
    name?: string;
    start?: string;
    subscription: SubscriptionSnapshot;
    customer: CustomerSnapshot;
    steps: ScenarioStep[];
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string): number {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
    if (!match) throw new Error(`"${text}" is not a duration like 30s, 15m, 2h or 7d`);
    return Number(match[1]) * UNITS[match[2]!]!;
}

export interface PlannedEvent {
    type: EventType;
    body: string;
}

/** Expands a scenario into the exact bodies it sends: snapshots merged step by step, sequence counted up. */
export function planScenario(scenario: Scenario): PlannedEvent[] {
    let at = scenario.start ? new Date(scenario.start).getTime() : Date.now();
    let subscription: SubscriptionSnapshot = { ...scenario.subscription };
    let customer: CustomerSnapshot = { ...scenario.customer };
    let sequence = subscription.sequence ?? 0;

    return scenario.steps.map((step) => {
        at += parseDuration(step.after ?? '0s');
        const { product, plan, ...rest } = step.subscription ?? {};
        subscription = {
            ...subscription,
            ...(rest as Partial<SubscriptionSnapshot>),
            product: { ...subscription.product, ...(product ?? {}) } as SubscriptionSnapshot['product'],
            plan: plan === undefined ? subscription.plan : (plan as SubscriptionSnapshot['plan']),
            sequence: ++sequence,
        };
        customer = { ...customer, ...step.customer };
        const event = canonicalEvent({ type: step.type, timestamp: new Date(at), subscription, customer });
        return { type: step.type, body: JSON.stringify(event) };
    });
}

export function loadScenario(file: string): Scenario {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Scenario;
}

export async function runScenario(
    scenario: Scenario,
    url: string,
    secrets: string[],
    onResult?: (type: EventType, r: DeliveryResult) => void,
): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = [];
    for (const planned of planScenario(scenario)) {
        const r = await deliver({ url, secrets, body: planned.body });
        onResult?.(planned.type, r);
        results.push(r);
    }
    return results;
}
