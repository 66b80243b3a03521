import type { ReconcileRunWire } from '../../../contract/admin';
import http from './http';

export const startReconcile = () => http.post<ReconcileRunWire>('/reconcile').then((r) => r.data);

export const getReconcileRun = (runId: string) => http.get<ReconcileRunWire>(`/reconcile/${runId}`).then((r) => r.data);
