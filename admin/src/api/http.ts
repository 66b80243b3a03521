import axios from 'axios';
import { ADMIN_API_BASE } from '../../../contract/admin';

/** The admin session's CSRF token, from the meta tag the panel's admin layout renders. */
export const csrfToken = (): string => document.querySelector<HTMLMetaElement>('meta[name="_token"]')?.content ?? '';

/** The one axios instance of the admin page: every call goes to the admin API with the admin's session. */
const http = axios.create({
    baseURL: ADMIN_API_BASE,
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    withCredentials: true,
});

// Read per request: the panel can refresh the token without reloading this page.
http.interceptors.request.use((config) => {
    config.headers.set('X-CSRF-TOKEN', csrfToken());
    return config;
});

export default http;

/** SWR's fetcher: keys are paths relative to ADMIN_API_BASE, query string included. */
export const fetcher = <T>(url: string): Promise<T> => http.get<T>(url).then((r) => r.data);

/** A query string of the params that are set (undefined, null and '' are left out), in a stable order. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
    const entries = Object.entries(params)
        .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null && e[1] !== '')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, String(v)]);
    return new URLSearchParams(entries).toString();
}

/** `path?query`, or just `path` when no param is set. */
export const withQuery = (path: string, params: Parameters<typeof query>[0]): string => {
    const q = query(params);
    return q ? `${path}?${q}` : path;
};

export interface ApiProblem {
    /** One sentence to show: the 422 field reasons, the server's `message`, or what the status means. */
    message: string;
    /** 422 reasons by wire field name (snake_case), each field's reasons joined. */
    fields: Record<string, string>;
    status: number | null;
}

/** The panel's own handler format: {errors: [{code, status, detail, meta: {source_field}}]} (its invalidJson). */
type PanelError = { detail?: string; meta?: { source_field?: string } };
type ErrorBody = { message?: string; errors?: Record<string, string[] | string> | PanelError[] };

const STATUS_MEANING: Record<number, string> = {
    401: 'You are signed out; sign in to the panel again.',
    403: 'Only root administrators can use Tiergate.',
    404: 'That no longer exists; it may have been deleted in another tab.',
    419: 'Your session expired; reload the page.',
    429: 'Too many requests; wait a moment and try again.',
};

/** What went wrong, in the server's words: its `message`, each 422 field error, or the panel's own error format. */
export function describeError(error: unknown): ApiProblem {
    if (!axios.isAxiosError(error))
        return { message: error instanceof Error ? error.message : String(error), fields: {}, status: null };
    if (!error.response)
        return { message: 'The panel did not answer. Check your connection and try again.', fields: {}, status: null };
    const status = error.response.status;
    const data: ErrorBody =
        typeof error.response.data === 'object' && error.response.data !== null
            ? (error.response.data as ErrorBody)
            : {};
    const fields: Record<string, string> = {};
    if (data.errors && !Array.isArray(data.errors)) {
        for (const [field, reasons] of Object.entries(data.errors))
            fields[field] = Array.isArray(reasons) ? reasons.join(' ') : String(reasons);
    }
    if (Array.isArray(data.errors)) {
        for (const { detail, meta } of data.errors)
            if (meta?.source_field && detail)
                fields[meta.source_field] = [fields[meta.source_field], detail].filter(Boolean).join(' ');
    }
    // The panel's own handler answers {errors: [{code, status, detail}]} for some failures.
    const panelDetail = Array.isArray(data.errors)
        ? data.errors
              .map((x) => x.detail)
              .filter(Boolean)
              .join(' ')
        : '';
    const message =
        Object.values(fields).join(' ') ||
        data.message ||
        panelDetail ||
        STATUS_MEANING[status] ||
        `The panel answered ${status}.`;
    return { message, fields, status };
}

/** Just the sentence, for places that show one line. */
export const errorMessage = (error: unknown): string => describeError(error).message;
