import { ADMIN_API_BASE } from '../../../contract/admin';
import { testbed } from '../../../tools/testbed/config';
import { PanelSession } from '../../../tools/testbed/session';

/** The admin API as the React page calls it: the admin's session cookie and the CSRF token from the page. */
export class AdminApi {
    private constructor(
        private session: PanelSession,
        private token: string,
    ) {}

    static async as(user: string, password: string): Promise<AdminApi> {
        const session = await PanelSession.login(user, password);
        const page = await (await session.request(user === testbed.admin.username ? '/admin' : '/')).text();
        const token = /name="(?:_token|csrf-token)" content="([^"]+)"/.exec(page)?.[1] ?? '';
        return new AdminApi(session, token);
    }

    static admin(): Promise<AdminApi> {
        return AdminApi.as(testbed.admin.username, testbed.admin.password);
    }

    static guest(): AdminApi {
        return new AdminApi(new PanelSession(), '');
    }

    async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
        const res = await this.session.request(`${ADMIN_API_BASE}${path}`, {
            method,
            headers: {
                accept: 'application/json',
                'content-type': 'application/json',
                'x-csrf-token': this.token,
                'x-requested-with': 'XMLHttpRequest',
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        let json: any = text;
        try {
            json = JSON.parse(text);
        } catch {
            // not JSON: keep the text for the assertion message
        }
        return { status: res.status, json };
    }

    get = (path: string) => this.call('GET', path);
}
