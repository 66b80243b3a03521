import type { ReconcileRunWire } from '../../../contract/admin';
import http from './http';
import { Transformers } from './transformers';

/** Queues a reconcile of every subscriber. */
export const startReconcile = () =>
    http.post<ReconcileRunWire>('/reconcile').then((r) => Transformers.toReconcileRun(r.data));

export const getReconcileRun = (runId: string) =>
    http
        .get<ReconcileRunWire>(`/reconcile/${encodeURIComponent(runId)}`)
        .then((r) => Transformers.toReconcileRun(r.data));
