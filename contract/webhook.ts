/**
 * The webhook route's answers. contract/webhook-answers.json is the one list: the panel's PHP is tested against it
 * (tests/php/Unit/Contract/WebhookAnswersTest.php) and the README's table too (tests/unit/contract.test.ts).
 */
import answers from './webhook-answers.json';
import batch from './webhook-batch.json';

export type WebhookAcceptedStatus = keyof typeof answers.accepted;
/** Refusals by the panel's PHP, and `busy` from the nginx lines the README gives for overload. */
export type WebhookRejectionCode = keyof typeof answers.rejected | keyof typeof answers.rejected_by_nginx;

/** HTTP status by the answer's `status` (accepted) or `code` (rejected), exactly as the panel writes them. */
export const WEBHOOK_STATUS: Readonly<Record<WebhookAcceptedStatus | WebhookRejectionCode, number>> = {
    ...answers.accepted,
    ...answers.rejected,
    ...answers.rejected_by_nginx,
};

/** The refusals the panel itself gives, and so the only codes its refusal log (tiergate_rejections) can hold. */
export const PANEL_REJECTION_CODES = Object.keys(answers.rejected) as Array<keyof typeof answers.rejected>;

export type WebhookAnswer =
    | { status: Exclude<WebhookAcceptedStatus, 'pong' | 'batch'>; event_id: string }
    | { status: 'batch'; results: WebhookBatchResult[] }
    | { status: 'pong' }
    | { status: 'rejected'; code: WebhookRejectionCode; reason: string };

/** A batch's limits (contract/webhook-batch.json; the panel's WebhookBatch is tested against them). */
export const BATCH_MAX_ITEMS = batch.max_items;
export const BATCH_MAX_ID_LENGTH = batch.max_id_length;

/** The batch envelope: each item is what its own delivery would carry, its webhook-id and its exact body text. */
export interface WebhookBatchBody {
    batch: Array<{ id: string; body: string }>;
}

/** One item's answer inside a batch's 200, in the items' order: what its own delivery would have been answered. */
export type WebhookBatchResult =
    | { id: string; status: Exclude<WebhookAcceptedStatus, 'batch'> }
    | { id: string; status: 'rejected'; http_status: number; code: WebhookRejectionCode; reason: string };
