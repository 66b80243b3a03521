import type { ModeAction, ModeChangeWire } from '../../../contract/admin';
import http from './http';
import { Transformers } from './transformers';

/** Pause (a reason is required), unpause, go live or go back to shadow; going live and unpausing start a run. */
export const changeMode = (action: ModeAction, reason?: string) =>
    http
        .post<ModeChangeWire>('/mode', reason === undefined ? { action } : { action, reason })
        .then((r) => Transformers.toModeChange(r.data));

/** Ticks "Webhook URL copied into Paymenter" on the go-live checklist (the one step the panel cannot see). */
export const markWebhookUrlCopied = () => http.post('/setup/webhook-url-copied').then(() => undefined);
