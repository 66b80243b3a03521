export const when = (d: Date | null | undefined): string => (d ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

export const ago = (d: Date | null | undefined): string => {
    if (!d) return 'never';
    const s = Math.round((Date.now() - d.getTime()) / 1000);
    if (s < 60) return `${Math.max(s, 0)} s ago`;
    if (s < 3600) return `${Math.round(s / 60)} min ago`;
    if (s < 86400) return `${Math.round(s / 3600)} h ago`;
    return `${Math.round(s / 86400)} days ago`;
};
