import type { AddressInfo } from 'node:net';
import { createWingsDouble } from '../../tools/wings-double/server';

describe('the Wings double', () => {
    const double = createWingsDouble();
    let base = '';

    beforeAll((done) => {
        double.server.listen(0, '127.0.0.1', () => {
            base = `http://127.0.0.1:${(double.server.address() as AddressInfo).port}`;
            done();
        });
    });
    afterAll((done) => {
        double.server.close(() => done());
    });

    const uuid = '7f4b5c2e-1111-4a2b-9c3d-0123456789ab';

    it('answers a token revocation like Wings and records it', async () => {
        const res = await fetch(`${base}/api/servers/${uuid}/ws/deny`, {
            method: 'POST',
            headers: { authorization: 'Bearer abc', 'content-type': 'application/json' },
            body: JSON.stringify({ jtis: ['x'] }),
        });
        expect(res.status).toBe(204);
        const { calls } = await (await fetch(`${base}/__double/calls`)).json();
        expect(calls).toEqual([
            expect.objectContaining({
                method: 'POST',
                path: `/api/servers/${uuid}/ws/deny`,
                authorization: 'Bearer abc',
                body: { jtis: ['x'] },
            }),
        ]);
    });

    it('says plainly which endpoints it does not implement', async () => {
        const res = await fetch(`${base}/api/servers/${uuid}/power`, { method: 'POST' });
        expect(res.status).toBe(404);
        expect((await res.json()).error).toMatch(/does not implement/);
    });

    it('can play a node that is down, and come back', async () => {
        await fetch(`${base}/__double/down`, { method: 'POST', body: JSON.stringify({ down: true }) });
        expect((await fetch(`${base}/api/servers/${uuid}/sync`, { method: 'POST' })).status).toBe(502);
        await fetch(`${base}/__double/down`, { method: 'POST', body: JSON.stringify({ down: false }) });
        expect((await fetch(`${base}/api/servers/${uuid}/sync`, { method: 'POST' })).status).toBe(204);
    });

    const post = (path: string, body: unknown) =>
        fetch(`${base}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
        });

    it('records console commands in order and refuses them like Wings while the server is offline', async () => {
        await fetch(`${base}/__double/calls`, { method: 'DELETE' });
        expect((await post(`/api/servers/${uuid}/commands`, { commands: ['whitelist add Steve'] })).status).toBe(204);

        expect((await post(`/__double/servers/${uuid}/state`, { state: 'offline' })).status).toBe(200);
        const refused = await post(`/api/servers/${uuid}/commands`, { commands: ['lp user Steve parent add knight'] });
        expect(refused.status).toBe(502);
        expect(await refused.json()).toEqual({ error: 'Cannot send commands to a stopped server instance.' });
        const other = '7f4b5c2e-2222-4a2b-9c3d-0123456789ab';
        expect((await post(`/api/servers/${other}/commands`, { commands: ['say other'] })).status).toBe(204);

        await post(`/__double/servers/${uuid}/state`, { state: 'stopping' });
        expect((await post(`/api/servers/${uuid}/commands`, { commands: ['say still up'] })).status).toBe(204);
        await post(`/__double/servers/${uuid}/state`, { state: 'running' });
        expect((await post(`/api/servers/${uuid}/commands`, { commands: ['a', 'b'] })).status).toBe(204);

        const { calls } = await (await fetch(`${base}/__double/calls`)).json();
        expect(calls.map((c: { path: string; body: unknown }) => [c.path.split('/')[3], c.body])).toEqual([
            [uuid, { commands: ['whitelist add Steve'] }],
            [other, { commands: ['say other'] }],
            [uuid, { commands: ['say still up'] }],
            [uuid, { commands: ['a', 'b'] }],
        ]);
    });

    it("reports a server's state as Wings' server details do, running unless set otherwise", async () => {
        await post(`/__double/servers/${uuid}/state`, { state: 'offline' });
        expect((await (await fetch(`${base}/api/servers/${uuid}`)).json()).state).toBe('offline');
        await fetch(`${base}/__double/servers`, { method: 'DELETE' });
        expect(await (await fetch(`${base}/api/servers/${uuid}`)).json()).toMatchObject({
            state: 'running',
            is_suspended: false,
        });
        expect((await post(`/__double/servers/${uuid}/state`, { state: 'asleep' })).status).toBe(422);
    });

    it('forgets its calls on request', async () => {
        await fetch(`${base}/__double/calls`, { method: 'DELETE' });
        expect((await (await fetch(`${base}/__double/calls`)).json()).calls).toEqual([]);
    });
});
