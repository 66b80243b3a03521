import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

/**
 * contract/admin.ts is the one source of the admin API's shapes: its TypeScript types become a JSON Schema here, at
 * test time (ts-json-schema-generator), and every answer the integration tests read is checked against it with ajv.
 * Objects are closed (no property the contract does not name) and every named property is required unless optional.
 */
const ROOT = path.join(__dirname, '..', '..', '..');
let definitions: Record<string, unknown> | null = null;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

function schemaDefinitions(): Record<string, unknown> {
    if (definitions === null) {
        const schema = createGenerator({
            path: path.join(ROOT, 'contract', 'admin.ts'),
            tsconfig: path.join(ROOT, 'tsconfig.json'),
            type: '*',
            expose: 'export',
            skipTypeCheck: true,
            additionalProperties: false,
        }).createSchema('*');
        definitions = (schema.definitions ?? {}) as Record<string, unknown>;
        ajv.addSchema({ $id: 'admin', definitions });
    }
    return definitions;
}

/** Throws, naming each violation, unless `value` is a `type` exactly as contract/admin.ts declares it. */
export function expectWire(type: string, value: unknown): void {
    if (!(type in schemaDefinitions())) throw new Error(`contract/admin.ts declares no type ${type}`);
    let validate = validators.get(type);
    if (!validate) {
        validate = ajv.compile({ $ref: `admin#/definitions/${type}` });
        validators.set(type, validate);
    }
    if (!validate(value)) {
        const errors = (validate.errors ?? []).map(
            (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
        );
        throw new Error(
            `not a ${type} (contract/admin.ts):\n  ${errors.join('\n  ')}\n${JSON.stringify(value).slice(0, 600)}`,
        );
    }
}

/** A keyset page (`Page<T>`) of `type`. */
export function expectPage(type: string, value: unknown): void {
    const page = value as { data?: unknown; next_cursor?: unknown };
    const keys = Object.keys(page ?? {}).sort();
    if (JSON.stringify(keys) !== JSON.stringify(['data', 'next_cursor']) || !Array.isArray(page.data))
        throw new Error(`not a Page<${type}>: keys ${keys.join(', ')}`);
    if (page.next_cursor !== null && typeof page.next_cursor !== 'string')
        throw new Error(`Page<${type}>.next_cursor is ${JSON.stringify(page.next_cursor)}`);
    page.data.forEach((item) => expectWire(type, item));
}

/** A plain list answer, `{data: T[]}` (templates, products). */
export function expectList(type: string, value: unknown): void {
    const list = value as { data?: unknown };
    if (JSON.stringify(Object.keys(list ?? {})) !== '["data"]' || !Array.isArray(list.data))
        throw new Error(`not a {data: ${type}[]}: ${JSON.stringify(value).slice(0, 200)}`);
    list.data.forEach((item) => expectWire(type, item));
}

type Check = (json: unknown) => void;
const one =
    (type: string): Check =>
    (json) =>
        expectWire(type, json);
const page =
    (type: string): Check =>
    (json) =>
        expectPage(type, json);
const list =
    (type: string): Check =>
    (json) =>
        expectList(type, json);

/** What each admin endpoint answers on success, by method and path (ADMIN_ENDPOINTS, with real ids and queries). */
const ANSWERS: Array<[string, RegExp, Check]> = [
    ['GET', /^\/overview$/, one('OverviewWire')],
    ['GET', /^\/catalogue$/, one('PanelCatalogueWire')],
    ['POST', /^\/selector-preview$/, one('SelectorPreviewWire')],
    ['GET', /^\/templates$/, list('TemplateWire')],
    ['POST', /^\/templates$/, one('TemplateWire')],
    ['GET', /^\/templates\/\d+$/, one('TemplateWire')],
    ['PATCH', /^\/templates\/\d+$/, one('TemplateWire')],
    ['POST', /^\/template-command-preview$/, one('CommandPreviewWire')],
    ['GET', /^\/products$/, list('ProductWire')],
    ['PUT', /^\/products\/.+$/, one('ProductWire')],
    ['POST', /^\/products\/.+\/ignore$/, one('ProductWire')],
    ['DELETE', /^\/products\/.+\/ignore$/, one('ProductWire')],
    ['GET', /^\/subscribers(\?.*)?$/, page('SubscriberWire')],
    ['POST', /^\/subscribers\/.+\/actions$/, one('ActionResultWire')],
    ['POST', /^\/subscribers\/.+\/game-name$/, one('SubscriberGameWire')],
    ['GET', /^\/subscriber-game\/.+$/, one('SubscriberGameWire')],
    ['GET', /^\/subscribers\/[^?]+$/, one('SubscriberDetailWire')],
    ['GET', /^\/log(\?.*)?$/, page('LogEntryWire')],
    ['GET', /^\/events(\?.*)?$/, page('InboxEventWire')],
    ['GET', /^\/events\/\d+$/, one('InboxEventDetailWire')],
    ['POST', /^\/events\/\d+\/replay$/, one('ActionResultWire')],
    ['GET', /^\/rejections(\?.*)?$/, page('RejectionWire')],
    ['GET', /^\/settings$/, one('SettingsWire')],
    ['PATCH', /^\/settings$/, one('SettingsWire')],
    ['POST', /^\/settings\/secret$/, one('SecretRotationWire')],
    ['POST', /^\/settings\/test-event$/, one('TestEventWire')],
    ['GET', /^\/notifications$/, one('NotificationsWire')],
    ['PUT', /^\/notifications$/, one('NotificationsWire')],
    ['POST', /^\/notifications\/secret$/, one('SecretRotationWire')],
    ['POST', /^\/notifications\/test$/, one('NotificationTestWire')],
    ['POST', /^\/notifications\/retry$/, one('NotificationRetryWire')],
    ['POST', /^\/reconcile$/, one('ReconcileRunWire')],
    ['GET', /^\/reconcile\/.+$/, one('ReconcileRunWire')],
    ['POST', /^\/mode$/, one('ModeChangeWire')],
];

/**
 * Checks one answer of the admin API against contract/admin.ts: a 2xx with a body against its endpoint's type (an
 * endpoint missing from the table fails), a 422 against ValidationErrorWire. Other refusals come from the panel's
 * own middleware and handler, whose shapes the contract does not own.
 */
export function expectContractAnswer(method: string, path: string, status: number, json: unknown): void {
    if (status === 422) return expectWire('ValidationErrorWire', json);
    if (status < 200 || status >= 300 || status === 204) return;
    const match = ANSWERS.find(([m, pattern]) => m === method && pattern.test(path));
    if (!match) throw new Error(`${method} ${path} answered ${status} but contract/admin.ts names no answer for it`);
    try {
        match[2](json);
    } catch (e) {
        throw new Error(`${method} ${path}: ${(e as Error).message}`, { cause: e });
    }
}
