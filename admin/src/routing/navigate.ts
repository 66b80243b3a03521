import { routeHash, type TabId } from './routes';

export const NAVIGATED = 'tiergate:navigated';

/**
 * Goes to a view as a new history entry (the back button returns). pushState rather than assigning location.hash:
 * a fragment navigation may move focus and scroll, which the caller (a tab that keeps focus) does not want.
 */
export const navigate = (tab: TabId, id?: string | number | null): void => {
    const hash = routeHash(tab, id);
    if (window.location.hash === hash) return;
    window.history.pushState(null, '', hash);
    window.dispatchEvent(new Event(NAVIGATED));
};
