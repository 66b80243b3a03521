/**
 * The page's addresses live in the hash, so the panel's own routes are untouched and a reload, the back button and a
 * link pasted into a support ticket all land on the same view: `#<tab>` or `#<tab>/<id>`, the id URI-encoded so a
 * customer id with `/`, `#` or spaces survives byte for byte.
 */
export const TABS = [
    ['overview', 'Overview'],
    ['templates', 'Role templates'],
    ['products', 'Products'],
    ['subscribers', 'Subscribers'],
    ['log', 'Provisioning log'],
    ['inbox', 'Event inbox'],
    ['refused', 'Refused deliveries'],
    ['settings', 'Settings'],
] as const;

export type TabId = (typeof TABS)[number][0];

export interface Route {
    tab: TabId;
    /** The open thing: a customer id, a template id (or `new`), an event id. */
    id: string | null;
    /** The Subscribers list's "needs attention" filter: `#subscribers?attention`. */
    attention: boolean;
}

const decode = (s: string): string => {
    try {
        return decodeURIComponent(s);
    } catch {
        return s;
    }
};

/**
 * `#subscribers/cus%2F1` → {subscribers, 'cus/1'}; anything unknown → the overview. A literal `?` starts the
 * filters: ids are URI-encoded, so one of theirs is always `%3F`.
 */
export const parseHash = (hash: string): Route => {
    const [raw = '', filters = ''] = hash.replace(/^#/, '').split('?', 2);
    const slash = raw.indexOf('/');
    const tab = TABS.find(([t]) => t === (slash < 0 ? raw : raw.slice(0, slash)))?.[0];
    if (!tab) return { tab: 'overview', id: null, attention: false };
    const id = slash < 0 ? '' : decode(raw.slice(slash + 1));
    return { tab, id: id === '' ? null : id, attention: new URLSearchParams(filters).has('attention') };
};

export const routeHash = (tab: TabId, id?: string | number | null): string =>
    id === undefined || id === null || id === '' ? `#${tab}` : `#${tab}/${encodeURIComponent(String(id))}`;

export const tabFromHash = (hash: string): TabId => parseHash(hash).tab;

export const subscriberHash = (customerId: string) => routeHash('subscribers', customerId);
/** The subscribers who need attention: the Overview's link, and the list's address while that filter is on. */
export const attentionHash = '#subscribers?attention';
export const eventHash = (id: number) => routeHash('inbox', id);
export const templateHash = (id: number | 'new') => routeHash('templates', id);
