import axios, { AxiosError } from 'axios';
import { ADMIN_API_BASE } from '../../../contract/admin';

/** The admin session's CSRF token, from the meta tag the panel's admin layout renders. */
const csrfToken = (): string => document.querySelector<HTMLMetaElement>('meta[name="_token"]')?.content ?? '';

const http = axios.create({
    baseURL: ADMIN_API_BASE,
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    withCredentials: true,
});

http.interceptors.request.use((config) => {
    config.headers.set('X-CSRF-TOKEN', csrfToken());
    return config;
});

export default http;

export const fetcher = <T>(url: string): Promise<T> => http.get<T>(url).then((r) => r.data);

export interface ApiProblem {
    message: string;
    fields: Record<string, string>;
}

/** What went wrong, in the server's words: its `message`, each 422 field error, or the panel's error format. */
export function describeError(error: unknown): ApiProblem {
    if (!axios.isAxiosError(error)) return { message: error instanceof Error ? error.message : String(error), fields: {} };
    const e = error as AxiosError<{ message?: string; errors?: Record<string, string[]> | Array<{ detail?: string }> }>;
    if (!e.response) return { message: 'The panel did not answer. Check your connection and try again.', fields: {} };
    const data = e.response.data ?? {};
    const fields: Record<string, string> = {};
    if (data.errors && !Array.isArray(data.errors)) {
        for (const [field, reasons] of Object.entries(data.errors)) fields[field] = reasons.join(' ');
    }
    const panelDetail = Array.isArray(data.errors) ? data.errors.map((x) => x.detail).filter(Boolean).join(' ') : '';
    const status = e.response.status;
    const fallback = status === 403 ? 'Only root administrators can use Tiergate.' : status === 419 ? 'Your session expired; reload the page.' : `The panel answered ${status}.`;
    return { message: Object.values(fields).join(' ') || data.message || panelDetail || fallback, fields };
}
