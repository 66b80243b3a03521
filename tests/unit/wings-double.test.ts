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

    it('forgets its calls on request', async () => {
        await fetch(`${base}/__double/calls`, { method: 'DELETE' });
        expect((await (await fetch(`${base}/__double/calls`)).json()).calls).toEqual([]);
    });
});
