/** Dates and sizes the way the admin reads them, in the browser's locale and time zone. */
export const when = (d: Date | null | undefined): string =>
    d ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

export const ago = (d: Date | null | undefined, now: number = Date.now()): string => {
    if (!d) return 'never';
    const s = Math.round((now - d.getTime()) / 1000);
    if (s < 0) return 'just now';
    if (s < 60) return `${s} s ago`;
    if (s < 3600) return `${Math.round(s / 60)} min ago`;
    if (s < 86400) return `${Math.round(s / 3600)} h ago`;
    return `${Math.round(s / 86400)} days ago`;
};

export const bytes = (n: number): string =>
    n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A `datetime-local` input's value (local time, no zone) as ISO-8601 UTC, or undefined when empty. */
export const localToIso = (value: string): string | undefined => {
    if (!value) return undefined;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

/** One value per line, trimmed, empty lines dropped. */
export const lines = (text: string): string[] =>
    text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);

/** Pretty-printed JSON when the text is JSON, the text unchanged otherwise. */
export const prettyJson = (text: string): string => {
    try {
        return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
        return text;
    }
};
