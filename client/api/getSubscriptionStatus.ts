import http from '@/api/http';
import type { SubscriptionStatusResponse } from '../../contract/client';

export default async (): Promise<SubscriptionStatusResponse> => {
    const { data } = await http.get('/api/client/extensions/tiergate/status');
    return data;
};
