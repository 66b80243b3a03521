import type { RejectionFilters, RejectionWire } from '../../../contract/admin';
import { PANEL_REJECTION_CODES } from '../../../contract/webhook';
import type { Rejection } from './models';
import { usePaged } from './paged';
import { Transformers } from './transformers';

/** The codes a logged refusal can have: contract/webhook-answers.json, the list the panel's PHP is tested against. */
export const REJECTION_CODES = PANEL_REJECTION_CODES;

export type { RejectionFilters };

/**
 * The list shows only what the filters allow even where the API leaves a filter out (an older panel ignores query
 * parameters it does not know), so a filter never silently shows rows it does not match.
 */
export const matchesRejection = (r: Rejection, f: RejectionFilters): boolean => {
    const needle = f.reason?.toLowerCase();
    return (
        (f.status === undefined || r.status === f.status) &&
        (!f.code || r.code === f.code) &&
        (!needle || r.reason.toLowerCase().includes(needle)) &&
        (!f.since || r.at.getTime() >= Date.parse(f.since)) &&
        (!f.until || r.at.getTime() <= Date.parse(f.until))
    );
};

/** Refused webhook deliveries (the newest 1,000 are kept), filtered, refreshed every 15 s. */
export const useRejections = (filters: RejectionFilters = {}) => {
    const list = usePaged<RejectionWire, Rejection>('/rejections', { ...filters }, Transformers.toRejection, {
        refreshInterval: 15_000,
    });
    return { ...list, items: list.items?.filter((r) => matchesRejection(r, filters)) };
};
