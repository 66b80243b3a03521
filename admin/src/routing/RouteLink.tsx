import type { ReactNode } from 'react';
import { routeHash, type TabId } from './routes';

/** A real link to a view: it can be opened in a new tab, copied, and followed with the keyboard. */
export function RouteLink({
    tab,
    id,
    children,
    title,
    label,
}: {
    tab: TabId;
    id?: string | number | null;
    children: ReactNode;
    title?: string;
    label?: string;
}) {
    return (
        <a href={routeHash(tab, id)} title={title} aria-label={label}>
            {children}
        </a>
    );
}
