import { type RefObject, useEffect, useRef } from 'react';

const WAIT_MS = 3000;

/**
 * After a navigation, moves focus to the new view's heading so a screen reader announces it and Tab continues from
 * there, instead of focus dropping to <body> when the link that was pressed is unmounted. A tab pressed in the tab
 * list keeps its focus (the WAI-ARIA tabs pattern). The heading may arrive after the view's data does, so this waits
 * for it a little, unless focus has moved meanwhile.
 */
export function useHeadingFocus(panel: RefObject<HTMLElement>, routeKey: string): void {
    const first = useRef(true);
    useEffect(() => {
        if (first.current) {
            first.current = false;
            return;
        }
        const active = document.activeElement;
        if (active?.getAttribute('role') === 'tab') return;
        const started = Date.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        // Someone who already moved into the view (typed in a field, clicked a button) keeps their focus.
        const userMoved = () => document.activeElement !== active && document.activeElement !== document.body;
        const attempt = () => {
            if (userMoved()) return;
            const heading = Array.from(panel.current?.querySelectorAll<HTMLElement>('h2, h3') ?? []).find(
                (h) => !h.closest('[hidden]'),
            );
            if (heading) {
                if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
                heading.focus({ preventScroll: false });
            } else if (Date.now() - started < WAIT_MS) timer = setTimeout(attempt, 50);
        };
        attempt();
        return () => clearTimeout(timer);
    }, [routeKey, panel]);
}
