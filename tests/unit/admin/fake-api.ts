/**
 * A stand-in for admin/src/api/http's axios instance: tests declare what each `METHOD path` answers and
 * read back exactly what was sent. Used with jest.mock(... () => require('./fake-api').module).
 */
import { AxiosError, AxiosHeaders } from 'axios';

type Handler = (body: unknown, url: string) => unknown;
const routes = new Map<string, Handler>();
export const sent: Array<{ method: string; url: string; body: unknown }> = [];

export function answer(route: string, handler: Handler | unknown): void {
    routes.set(route, typeof handler === 'function' ? (handler as Handler) : () => handler);
}

/** Forgets the answers and requests, and the page's address (views open from it: `#templates/new`). */
export function reset(): void {
    routes.clear();
    sent.length = 0;
    if (typeof window !== 'undefined') window.history.replaceState(null, '', '#');
}

export function httpError(status: number, data: unknown): AxiosError {
    const headers = new AxiosHeaders();
    return new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_RESPONSE', { headers }, null, {
        status,
        statusText: '',
        headers,
        config: { headers },
        data,
    });
}

function call(method: string) {
    return async (url: string, body?: unknown) => {
        sent.push({ method, url, body });
        const path = url.split('?')[0]!;
        const handler = routes.get(`${method} ${url}`) ?? routes.get(`${method} ${path}`);
        if (!handler) throw httpError(404, { message: `fake-api: no answer for ${method} ${url}` });
        return { data: await handler(body, url) };
    };
}

export const http = {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
};

export const module = {
    __esModule: true,
    ...jest.requireActual('../../../admin/src/api/http'),
    default: http,
    fetcher: (url: string) => http.get(url).then((r) => r.data),
};
