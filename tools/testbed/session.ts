import { PANEL } from './client';

/** A browser-like session against the panel: cookies kept between requests, CSRF token taken from the page. */
export class PanelSession {
    private cookies = new Map<string, string>();

    private cookieHeader(): string {
        return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }

    private remember(res: Response): void {
        for (const line of res.headers.getSetCookie()) {
            const [pair] = line.split(';');
            const [name, ...value] = pair!.split('=');
            this.cookies.set(name!.trim(), value.join('='));
        }
    }

    async request(pathname: string, init: RequestInit = {}): Promise<Response> {
        const send = () =>
            fetch(`${PANEL}${pathname}`, {
                ...init,
                redirect: 'manual',
                headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
            });
        // A kept-alive connection nginx closed while idle fails once; a GET is safe to send again.
        const res = await send().catch((err: unknown) =>
            (init.method ?? 'GET') === 'GET' ? send() : Promise.reject(err),
        );
        this.remember(res);
        return res;
    }

    static async login(user: string, password: string): Promise<PanelSession> {
        const session = new PanelSession();
        const page = await (await session.request('/auth/login')).text();
        const token = /name="_token" value="([^"]+)"/.exec(page)?.[1];
        if (!token) throw new Error('the login page carries no CSRF token');
        const res = await session.request('/auth/login', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ _token: token, user, password }).toString(),
        });
        if (res.status !== 302 || (res.headers.get('location') ?? '').includes('/auth/login'))
            throw new Error(`login as ${user} failed (${res.status})`);
        return session;
    }
}
