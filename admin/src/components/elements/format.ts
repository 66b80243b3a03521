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

/**
 * A typed local date and time — `2026-11-24 10:30`, `2026-11-24T10:30` (what datetime-local gives) or a bare
 * `2026-11-24` (midnight) — as a Date in the browser's zone; null when it is no such moment (`2026-02-30`).
 */
export const parseLocalDateTime = (value: string): Date | null => {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value.trim());
    if (!m) return null;
    const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as number[];
    const date = new Date(y!, mo! - 1, d!, h!, mi!);
    const same =
        date.getFullYear() === y && date.getMonth() === mo! - 1 && date.getDate() === d && date.getHours() === h;
    return same && mi! < 60 ? date : null;
};

/** A typed local date and time as ISO-8601 UTC, or undefined when empty or not a date. */
export const localToIso = (value: string): string | undefined => parseLocalDateTime(value)?.toISOString();

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
