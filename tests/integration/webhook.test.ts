import { execFileSync } from 'node:child_process';
import type { RowDataPacket } from 'mysql2';
import { newMessageId, newSecret } from '../../tools/sim/sign';
import { eventBody, rawPost, send, signedHeaders } from './support/deliveries';
import { artisan, closeDb, db, setSetting, WEBHOOK } from '../../tools/testbed/client';
import { startService } from '../../tools/testbed/services';
import { sendRaw } from '../../tools/fuzz/http';
import { signature } from '../../tools/fuzz/mutations';
import { fuzz } from '../../tools/fuzz/run';
import { eventually, expectedAccess, subuserAccess } from './support/panel-state';

// The signed webhook route of the installed extension, through nginx + php-fpm, against the panel double.
const secret = newSecret();

// mysql2 hands JSON columns back parsed on some servers and as text on others.
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
// Byte-exact id columns (VARBINARY) come back as Buffers.
const text = (value: unknown) => (Buffer.isBuffer(value) ? value.toString('utf8') : value);

async function inboxRows(webhookId: string) {
    const [rows] = await db().execute<RowDataPacket[]>('SELECT * FROM tiergate_events WHERE webhook_id = ?', [
        webhookId,
    ]);
    return rows;
}

async function lastRejection() {
    const [rows] = await db().execute<RowDataPacket[]>('SELECT * FROM tiergate_rejections ORDER BY id DESC LIMIT 1');
    return rows[0];
}

beforeAll(() => {
    artisan('tiergate:secret', `--set=${secret}`);
});
afterAll(async () => {
    await setSetting('ip_allowlist', null);
    await setSetting('trusted_proxies', null);
    await setSetting('rate_limit_per_minute', null);
    await closeDb();
});

describe('accepting events', () => {
    it('stores a signed batch item by item, answers each as its own delivery would be, and applies each customer', async () => {
        const good = [eventBody(), eventBody()];
        const items = [
            ...good.map((body) => ({ id: newMessageId(), body })),
            { id: newMessageId(), body: '{"type": "subscription.created"}' },
        ];
        const envelope = JSON.stringify({ batch: items });
        const r = await rawPost(
            { 'content-type': 'application/json', ...signedHeaders(secret, envelope, `batch_${newMessageId()}`) },
            envelope,
        );

        expect(r.status).toBe(200);
        expect(r.json).toMatchObject({
            status: 'batch',
            results: [
                { id: items[0]!.id, status: 'stored' },
                { id: items[1]!.id, status: 'stored' },
                { id: items[2]!.id, status: 'rejected', http_status: 422, code: 'invalid' },
            ],
        });
        for (const item of items.slice(0, 2)) expect(text((await inboxRows(item.id))[0]?.body)).toBe(item.body);
        expect(await inboxRows(items[2]!.id)).toHaveLength(0);
        for (const body of good) {
            const email = JSON.parse(body).data.customer.email as string;
            await eventually(`the Knight tier for ${email}`, async () =>
                expect(await subuserAccess(email)).toEqual(expectedAccess('Knight')),
            );
        }
    });

    it('stores a new signed event before answering 202, with the exact bytes and headers', async () => {
        const body = eventBody();
        const r = await send(secret, body);
        expect(r.status).toBe(202);
        expect(r.body).toEqual({ status: 'stored', event_id: r.id });

        const [row] = await inboxRows(r.id);
        expect(row!.body).toBe(body);
        expect(row!.type).toBe('subscription.created');
        expect(row!.format).toBe('canonical');
        expect(json(row!.headers)).toMatchObject({ 'webhook-id': r.id });
        expect(row!.source_ip).toBe('127.0.0.1');
        expect(row!.processed_at).toBeNull();
    });

    it('answers a repeated delivery 200 and keeps one row', async () => {
        const body = eventBody();
        const first = await send(secret, body);
        const again = await send(secret, body, { id: first.id });
        expect(again.status).toBe(200);
        expect(again.body).toEqual({ status: 'duplicate', event_id: first.id });
        expect(await inboxRows(first.id)).toHaveLength(1);
    });

    it('refuses a reused id with a different body (409) and keeps the first', async () => {
        const first = await send(secret, eventBody());
        const other = await send(secret, eventBody(), { id: first.id });
        expect(other.status).toBe(409);
        expect(other.body).toMatchObject({ status: 'rejected', code: 'id_reused' });
        const rows = await inboxRows(first.id);
        expect(rows).toHaveLength(1);
    });

    it('normalizes the flat payload and links the customer by email', async () => {
        const id = `flat-${process.pid}`;
        const body = JSON.stringify({
            event: 'subscription.created',
            subscription_id: id,
            customer_email: 'Flat.User@Example.com',
            product_id: 3,
            tier: 'subscriber_knight',
            status: 'active',
        });
        const r = await send(secret, body);
        expect(r.status).toBe(202);
        const [row] = await inboxRows(r.id);
        expect(row!.format).toBe('flat');
        expect(text(row!.customer_id)).toBe('email:flat.user@example.com');
        expect(json(row!.canonical).data).toEqual({
            subscription: { id, status: 'active', product: { id: '3', tier: 'subscriber_knight' } },
            customer: { id: 'email:flat.user@example.com', email: 'flat.user@example.com' },
        });
    });

    it('takes header names in any case', async () => {
        const body = eventBody();
        const h = signedHeaders(secret, body);
        const r = await rawPost(
            {
                'Content-Type': 'application/json',
                'WEBHOOK-ID': h['webhook-id'],
                'Webhook-Timestamp': h['webhook-timestamp'],
                'webHook-Signature': h['webhook-signature'],
            },
            body,
        );
        expect(r.status).toBe(202);
    });

    it('answers ping 200, marks the last contact and stores nothing', async () => {
        await setSetting('last_contact_at', null);
        const r = await send(secret, JSON.stringify({ type: 'ping', timestamp: new Date().toISOString(), data: {} }));
        expect(r.status).toBe(200);
        expect(r.body).toEqual({ status: 'pong' });
        expect(await inboxRows(r.id)).toHaveLength(0);
        const [rows] = await db().execute<RowDataPacket[]>(
            "SELECT value FROM tiergate_settings WHERE `key` = 'last_contact_at'",
        );
        expect(Date.now() - Date.parse(json(rows[0]!.value))).toBeLessThan(60_000);
    });

    it('creates no session and sets no cookie for the sender', async () => {
        const body = eventBody();
        const r = await rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, body) }, body);
        expect(r.status).toBe(202);
        expect(r.headers['set-cookie']).toBeUndefined();
    });

    it('accepts both secrets during a rotation', async () => {
        const rotated = artisan('tiergate:secret', '--rotate')
            .split('\n')
            .find((l) => l.startsWith('whsec_'))!;
        expect(rotated).toMatch(/^whsec_/);
        expect((await send(secret, eventBody())).status).toBe(202);
        expect((await send(rotated, eventBody())).status).toBe(202);
        artisan('tiergate:secret', `--set=${secret}`);
    });
});

describe('rejecting bad input with its documented status and a reason', () => {
    const body = eventBody();
    const cases: Array<[string, () => Promise<{ status: number; json: Record<string, unknown> }>, number, string]> = [
        ['no signature headers', () => rawPost({ 'content-type': 'application/json' }, body), 401, 'bad_signature'],
        [
            'no webhook-signature',
            () =>
                rawPost(
                    {
                        'content-type': 'application/json',
                        'webhook-id': 'msg_x',
                        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
                    },
                    body,
                ),
            401,
            'bad_signature',
        ],
        [
            'a wrong secret',
            () => rawPost({ 'content-type': 'application/json', ...signedHeaders(newSecret(), body) }, body),
            401,
            'bad_signature',
        ],
        [
            'a bare v1 signature',
            () =>
                rawPost(
                    { 'content-type': 'application/json', ...signedHeaders(secret, body), 'webhook-signature': 'v1' },
                    body,
                ),
            401,
            'bad_signature',
        ],
        [
            'timestamp 1700000000x',
            () =>
                rawPost(
                    {
                        'content-type': 'application/json',
                        ...signedHeaders(secret, body),
                        'webhook-timestamp': '1700000000x',
                    },
                    body,
                ),
            401,
            'bad_signature',
        ],
        [
            'a timestamp ten minutes old',
            async () => {
                const r = await send(secret, body, { at: new Date(Date.now() - 600_000) });
                return { status: r.status, json: r.body as Record<string, unknown> };
            },
            401,
            'bad_signature',
        ],
        [
            'the signed headers sent twice',
            () => {
                const h = signedHeaders(secret, body);
                return rawPost(
                    {
                        'content-type': 'application/json',
                        'webhook-id': [h['webhook-id'], 'msg_other'],
                        'webhook-timestamp': h['webhook-timestamp'],
                        'webhook-signature': h['webhook-signature'],
                    },
                    body,
                );
            },
            401,
            'bad_signature',
        ],
        [
            'text/plain',
            () => rawPost({ 'content-type': 'text/plain', ...signedHeaders(secret, body) }, body),
            415,
            'not_json',
        ],
        ['no content type', () => rawPost({ ...signedHeaders(secret, body) }, body), 415, 'not_json'],
        [
            'an empty body',
            () => rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, '') }, ''),
            400,
            'malformed',
        ],
        [
            'malformed JSON',
            () => rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, '{"type":') }, '{"type":'),
            400,
            'malformed',
        ],
        [
            'JSON nested 100 deep',
            () => {
                const deep = '['.repeat(100) + ']'.repeat(100);
                return rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, deep) }, deep);
            },
            400,
            'malformed',
        ],
        [
            'a body over 256 KB',
            () => {
                const big = JSON.stringify({
                    type: 'ping',
                    timestamp: new Date().toISOString(),
                    data: { pad: 'x'.repeat(300_000) },
                });
                return rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, big) }, big);
            },
            413,
            'too_large',
        ],
        [
            'an unknown event type',
            () => {
                const b = JSON.stringify({ ...JSON.parse(body), type: 'subscription.exploded' });
                return rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, b) }, b);
            },
            422,
            'invalid',
        ],
        [
            'a schema violation',
            () => {
                const b = JSON.stringify({ type: 'subscription.created', timestamp: 'soon', data: {} });
                return rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, b) }, b);
            },
            422,
            'invalid',
        ],
        [
            'a JSON array',
            () => rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, '[1,2]') }, '[1,2]'),
            422,
            'invalid',
        ],
    ];

    it.each(cases)('%s', async (_name, request, status, code) => {
        const r = await request();
        expect(r.status).toBe(status);
        expect(r.json).toMatchObject({ status: 'rejected', code });
        expect(String(r.json.reason).length).toBeGreaterThan(10);
        expect(await lastRejection()).toMatchObject({ status, code });
    });

    it('refuses a 10 MB body with 413 and no 500', async () => {
        const huge = 'x'.repeat(10 * 1024 * 1024);
        const r = await rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, huge) }, huge);
        expect(r.status).toBe(413);
    });

    it('refuses an address outside the allowlist with 403, and believes a trusted proxy', async () => {
        await setSetting('ip_allowlist', ['203.0.113.0/24']);
        const refused = await send(secret, eventBody());
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ code: 'address_not_allowed' });

        const spoofed = await send(secret, eventBody(), { headers: { 'x-forwarded-for': '203.0.113.9' } });
        expect(spoofed.status).toBe(403);

        await setSetting('trusted_proxies', ['127.0.0.1']);
        const proxied = await send(secret, eventBody(), { headers: { 'x-forwarded-for': '203.0.113.9' } });
        expect(proxied.status).toBe(202);
        const [row] = await inboxRows(proxied.id);
        expect(row!.source_ip).toBe('203.0.113.9');

        await setSetting('ip_allowlist', null);
        await setSetting('trusted_proxies', null);
    });

    it('rate-limits one address with 429 and Retry-After', async () => {
        await setSetting('rate_limit_per_minute', 3);
        let limited: Awaited<ReturnType<typeof send>> | null = null;
        for (let i = 0; i < 10 && !limited; i++) {
            const r = await send(secret, eventBody());
            if (r.status === 429) limited = r;
        }
        expect(limited?.body).toMatchObject({ status: 'rejected', code: 'rate_limited' });
        await setSetting('rate_limit_per_minute', null);
    });
});

/** A correctly signed delivery built byte by byte (ids and header values that are not UTF-8, headers sent twice). */
function rawSigned(
    id: Buffer | string,
    body: string,
    extra: Array<[string, string | Buffer]> = [],
    contentType: string | Buffer = 'application/json',
) {
    const ts = String(Math.floor(Date.now() / 1000));
    const idBytes = Buffer.isBuffer(id) ? id : Buffer.from(id, 'latin1');
    const sig = signature(secret, idBytes.toString('latin1'), ts, Buffer.from(body));
    return sendRaw(new URL(WEBHOOK), {
        method: 'POST',
        headers: [
            ['Content-Type', contentType],
            ['webhook-id', idBytes],
            ['webhook-timestamp', ts],
            ['webhook-signature', sig],
            ...extra,
        ],
        body: Buffer.from(body),
    });
}

describe('headers that are not what they seem', () => {
    it('refuses a correctly signed webhook-id holding a byte that is not UTF-8 with 401, not 503', async () => {
        const r = await rawSigned(Buffer.from('msg_\xffbad', 'latin1'), eventBody());
        expect(r.status).toBe(401);
        expect(JSON.parse(r.body)).toMatchObject({ code: 'bad_signature' });
        expect(await lastRejection()).toMatchObject({ status: 401, code: 'bad_signature' });
    });

    it('refuses a Content-Type holding a byte that is not UTF-8 with 415', async () => {
        const r = await rawSigned(
            newMessageId(),
            eventBody(),
            [],
            Buffer.from('application/json; charset=\xff', 'latin1'),
        );
        expect(r.status).toBe(415);
        expect(r.json).toBe(true);
    });

    it('refuses two signatures joined by a proxy (nginx >= 1.23, Apache) even when one of them is valid', async () => {
        const body = eventBody();
        const h = signedHeaders(secret, body);
        const r = await rawPost(
            { 'content-type': 'application/json', ...h, 'webhook-signature': `v1,Ym9ndXM=, ${h['webhook-signature']}` },
            body,
        );
        expect(r.status).toBe(401);
        expect(String(r.json.reason)).toContain('more than once');
    });

    it('behind nginx 1.22 + php-fpm sees only the last copy of a repeated header (documented; the first copy is invisible)', async () => {
        const body = eventBody();
        const h = signedHeaders(secret, body);
        const validLast = await rawPost(
            {
                'content-type': 'application/json',
                'webhook-id': h['webhook-id'],
                'webhook-timestamp': h['webhook-timestamp'],
                'webhook-signature': ['v1,Ym9ndXM=', h['webhook-signature']],
            },
            body,
        );
        const validFirst = await rawPost(
            {
                'content-type': 'application/json',
                'webhook-id': h['webhook-id'],
                'webhook-timestamp': h['webhook-timestamp'],
                'webhook-signature': [h['webhook-signature'], 'v1,Ym9ndXM='],
            },
            body,
        );
        expect([validLast.status, validFirst.status]).toEqual([202, 401]);
    });

    it('answers GET with a JSON 405 and OPTIONS with a JSON 200, both with Allow: POST', async () => {
        const get = await fetch(WEBHOOK);
        expect(get.status).toBe(405);
        expect(get.headers.get('allow')).toBe('POST');
        expect(await get.json()).toMatchObject({ status: 'rejected', code: 'method_not_allowed' });
        const options = await fetch(WEBHOOK, { method: 'OPTIONS' });
        expect(options.status).toBe(200);
        expect(options.headers.get('content-type')).toContain('application/json');
        expect(await options.json()).toEqual({ allow: ['POST'] });
    });
});

describe('the rate limit', () => {
    // Its own source address through a trusted proxy, so earlier tests' requests do not count against it.
    const source = `198.51.100.${1 + (process.pid % 250)}`;
    afterEach(async () => {
        await setSetting('rate_limit_per_minute', null);
        await setSetting('trusted_proxies', null);
    });

    it('lets exactly the limit through when requests arrive together, with Retry-After equal to the seconds in the reason', async () => {
        await setSetting('trusted_proxies', ['127.0.0.1']);
        await setSetting('rate_limit_per_minute', 5);
        const answers = await Promise.all(
            Array.from({ length: 16 }, () => send(secret, eventBody(), { headers: { 'x-forwarded-for': source } })),
        );
        const limited = answers.filter((r) => r.status === 429);
        expect(answers.length - limited.length).toBe(5);
        const retry = await rawPost({ 'content-type': 'application/json', 'x-forwarded-for': source }, '{}');
        expect(retry.status).toBe(429);
        const seconds = Number(retry.headers['retry-after']);
        expect(seconds).toBeGreaterThan(0);
        expect(seconds).toBeLessThanOrEqual(60);
        expect(String(retry.json.reason)).toContain(`retry after ${seconds} s`);
    });
});

describe('fuzzing the route (500 mutated requests)', () => {
    it('never answers 5xx nor a status the README does not document', async () => {
        await setSetting('trusted_proxies', ['127.0.0.1']);
        try {
            const report = await fuzz({
                url: WEBHOOK,
                secret,
                count: 500,
                seconds: 90,
                concurrency: 4,
                seed: 20261130,
            });
            expect(report.failures).toEqual([]);
            expect(report.sent).toBe(500);
            expect([...report.byStatus.keys()]).toEqual(
                expect.arrayContaining([200, 202, 400, 401, 405, 413, 415, 422]),
            );
        } finally {
            await setSetting('trusted_proxies', null);
        }
    }, 120_000);
});

describe('failing closed and asking for retries', () => {
    it('answers an error in Tiergate itself with a logged 422 internal_error, not a 503 the sender would retry forever', async () => {
        // A trusted-proxy list the admin API would refuse, written straight into the database.
        await setSetting('trusted_proxies', ['not-an-address']);
        try {
            const r = await send(secret, eventBody());
            expect(r.status).toBe(422);
            expect(r.body).toMatchObject({ status: 'rejected', code: 'internal_error' });
            expect(String((r.body as Record<string, unknown>).reason)).toMatch(/tiergate-[0-9a-f]{8}/);
        } finally {
            await setSetting('trusted_proxies', null);
        }
    });

    // The panel itself reads its cache (Redis) while booting, before any route runs (AppServiceProvider's footer
    // version), so no extension can answer during a Redis outage. The sender's retry is what keeps the event.
    it('while Redis is down the panel answers 500 before Tiergate runs and stores nothing; the same delivery is stored after', async () => {
        const body = eventBody();
        const id = newMessageId();
        execFileSync('service', ['redis-server', 'stop']);
        let during: Awaited<ReturnType<typeof rawPost>>;
        try {
            during = await rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, body, id) }, body);
        } finally {
            startService('redis-server');
        }
        expect(during.status).toBe(500);
        expect(await inboxRows(id)).toHaveLength(0);
        const retry = await rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, body, id) }, body);
        expect(retry.status).toBe(202);
        expect(await inboxRows(id)).toHaveLength(1);
    }, 60_000);

    it('answers 503 with no secret configured, so nothing is lost while the admin sets one up', async () => {
        await setSetting('webhook_secret', null);
        await setSetting('webhook_previous_secret', null);
        const r = await send(secret, eventBody());
        expect(r.status).toBe(503);
        expect(r.body).toMatchObject({ code: 'not_configured' });
        artisan('tiergate:secret', `--set=${secret}`);
        expect((await send(secret, eventBody())).status).toBe(202);
    });

    it('answers 503 with Retry-After while the database is down, then stores the retry', async () => {
        const body = eventBody();
        const id = newMessageId();
        await closeDb();
        execFileSync('service', ['mariadb', 'stop']);
        try {
            const r = await rawPost({ 'content-type': 'application/json', ...signedHeaders(secret, body, id) }, body);
            expect(r.status).toBe(503);
            expect(r.headers['retry-after']).toBeDefined();
        } finally {
            startService('mariadb');
        }
        const retried = await send(secret, body, { id });
        expect(retried.status).toBe(202);
        expect(await inboxRows(id)).toHaveLength(1);
    }, 60_000);
});

describe('HTTPS only', () => {
    afterEach(async () => {
        await setSetting('https_only', null);
        await setSetting('trusted_proxies', null);
    });

    it('refuses a plain-HTTP delivery with 403 https_required, believing X-Forwarded-Proto only from a trusted proxy', async () => {
        await setSetting('https_only', true);
        const plain = await send(secret, eventBody());
        expect(plain.status).toBe(403);
        expect(plain.body).toMatchObject({ code: 'https_required' });

        const body = eventBody();
        const forged = await rawPost(
            { 'content-type': 'application/json', 'x-forwarded-proto': 'https', ...signedHeaders(secret, body) },
            body,
        );
        expect(forged.status).toBe(403);

        await setSetting('trusted_proxies', ['127.0.0.1/32']);
        const proxied = await rawPost(
            { 'content-type': 'application/json', 'x-forwarded-proto': 'https', ...signedHeaders(secret, body) },
            body,
        );
        expect(proxied.status).toBe(202);
    });

    it('is off by default on a panel whose APP_URL is http', async () => {
        expect((await send(secret, eventBody())).status).toBe(202);
    });
});

describe('in-game names (data.customer.game_username)', () => {
    const named = (name: unknown) => {
        const body = JSON.parse(eventBody()) as { data: { customer: Record<string, unknown> } };
        body.data.customer.game_username = name;
        return JSON.stringify(body);
    };
    afterEach(async () => {
        await setSetting('game_username_pattern', null);
    });

    it('stores an event with a Java edition name, or with none', async () => {
        for (const name of ['Notch', 'jeb_', null]) {
            const r = await send(secret, named(name));
            expect(r.status).toBe(202);
        }
    });

    const hostile: Array<[string, string]> = [
        ['a space', 'Steve op'],
        ['a newline', 'Steve\nop Steve'],
        ['a trailing newline', 'Steve\n'],
        ['a semicolon', 'Steve;op'],
        ['a section sign', 'Steve§4'],
        ['a double quote', 'Steve"x'],
        ['a single quote', "Steve'x"],
        ['a control character', 'Steve\u0007'],
        ['a NUL', 'Steve\u0000'],
        ['a placeholder', '{player}'],
        ['too short', 'ab'],
        ['too long', 'Seventeen_chars_x'],
        ['empty', ''],
    ];
    it.each(hostile)(
        'refuses a name with %s: 422 invalid_game_username, nothing stored, the refusal logged',
        async (_, name) => {
            const r = await send(secret, named(name));
            expect(r.status).toBe(422);
            expect(r.body).toMatchObject({ status: 'rejected', code: 'invalid_game_username' });
            expect((r.body as { reason: string }).reason).toMatch(/in-game name/);
            expect(await inboxRows(r.id)).toHaveLength(0);
            const logged = await lastRejection();
            expect(logged).toMatchObject({ status: 422, code: 'invalid_game_username' });
            expect(text(logged!.webhook_id)).toBe(r.id);
        },
    );

    it('refuses a hostile name in the flat form too', async () => {
        const body = JSON.stringify({
            event: 'subscription.created',
            subscription_id: `flat-game-${process.pid}`,
            customer_email: `flat-game-${process.pid}@example.com`,
            product_id: 3,
            status: 'active',
            game_username: 'x;op x',
        });
        const r = await send(secret, body);
        expect(r.status).toBe(422);
        expect(r.body).toMatchObject({ code: 'invalid_game_username' });
    });

    it('follows the pattern setting (a Bedrock prefix allowed explicitly), but never lets a command breaker through', async () => {
        expect((await send(secret, named('.BedrockName'))).status).toBe(422);
        await setSetting('game_username_pattern', '^\\.?[A-Za-z0-9_]{3,16}$');
        expect((await send(secret, named('.BedrockName'))).status).toBe(202);

        await setSetting('game_username_pattern', '^.*$');
        const r = await send(secret, named('Steve; op Steve'));
        expect(r.status).toBe(422);
        expect(r.body).toMatchObject({ code: 'invalid_game_username' });
    });
});
