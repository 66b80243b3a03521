import tiers from '../demo/tiers.json';
import { TIER_SERVERS, tierPermissions } from '../../tests/integration/support/panel-state';
import type { Customer, SubscriptionShape } from './histories';

/** server external id → sorted subuser permissions */
export type Access = Record<string, string[]>;

/**
 * The independent model: what the README's lifecycle table says a subscription ends with, read from the
 * history's shape (never from the panel's PHP). A subscription keeps its last product's tier unless it was
 * cancelled or terminated, is still suspended, or an unpaid invoice's grace period ran out.
 */
export function hasAccess(shape: SubscriptionShape): boolean {
    return shape.end === 'none' && shape.suspension !== 'suspended' && shape.unpaid !== 'grace-expired';
}

export function tierOfProduct(product: string): string {
    const key = (tiers.products as Record<string, string>)[product];
    const template = tiers.templates.find((t) => t.key === key);
    if (!template) throw new Error(`product ${product} maps to no template in tools/demo/tiers.json`);
    return template.name;
}

/**
 * Per server, the union of what each live subscription's tier gives. `allServers` is every server on the panel:
 * the Sovereign tier's selector includes future servers, so it reaches whatever exists now.
 */
export function expectedAccess(customer: Customer, allServers: readonly string[]): Access {
    const access: Record<string, Set<string>> = {};
    for (const shape of customer.subscriptions.filter(hasAccess)) {
        const tier = tierOfProduct(shape.products[shape.products.length - 1]!);
        const servers = tier === 'Sovereign' ? allServers : TIER_SERVERS[tier]!;
        for (const server of servers) {
            access[server] ??= new Set();
            for (const permission of tierPermissions(tier)) access[server].add(permission);
        }
    }
    return Object.fromEntries(Object.entries(access).map(([server, set]) => [server, [...set].sort()]));
}

export const PRODUCTS: readonly string[] = Object.keys(tiers.products);
