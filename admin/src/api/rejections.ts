import type { RejectionWire } from '../../../contract/admin';
import { usePaged } from './paged';
import { Transformers } from './transformers';

/** Refused webhook deliveries (the newest 1,000 are kept), refreshed every 15 s. */
export const useRejections = () =>
    usePaged<RejectionWire, ReturnType<typeof Transformers.toRejection>>('/rejections', {}, Transformers.toRejection, {
        refreshInterval: 15_000,
    });
