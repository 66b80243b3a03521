/**
 * The webhook route's answers. contract/webhook-answers.json is the one list: the panel's PHP is tested against it
 * (tests/php/Unit/Contract/WebhookAnswersTest.php) and the README's table too (tests/unit/contract.test.ts).
 */
import answers from './webhook-answers.json';

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
    | { status: Exclude<WebhookAcceptedStatus, 'pong'>; event_id: string }
    | { status: 'pong' }
    | { status: 'rejected'; code: WebhookRejectionCode; reason: string };
