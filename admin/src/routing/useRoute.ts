import { createContext, useContext, useEffect, useState } from 'react';
import { NAVIGATED } from './navigate';
import { parseHash, type Route, type TabId } from './routes';

/** The App's route, so every view renders from the same one in the same pass as the App itself. */
export const RouteContext = createContext<Route | null>(null);

/** The view named in the address, following the back and forward buttons; `follow` false: no listeners. */
export function useRoute(follow = true): Route {
    const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
    useEffect(() => {
        if (!follow) return;
        const update = () => setRoute(parseHash(window.location.hash));
        for (const event of ['hashchange', 'popstate', NAVIGATED]) window.addEventListener(event, update);
        return () => {
            for (const event of ['hashchange', 'popstate', NAVIGATED]) window.removeEventListener(event, update);
        };
    }, [follow]);
    return route;
}

/**
 * The id the address opens on this tab (`#<tab>/<id>`), null for the tab's list. Inside the App it is the App's
 * route; a view rendered on its own (a component test) follows the address itself.
 */
export function useOpenId(tab: TabId): string | null {
    const route = useCurrentRoute();
    return route.tab === tab ? route.id : null;
}

/** The whole route: the App's inside the App, else the address's own. */
export function useCurrentRoute(): Route {
    const shared = useContext(RouteContext);
    const own = useRoute(shared === null);
    return shared ?? own;
}
