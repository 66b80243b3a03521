import { useEffect, useState } from 'react';
import { describeError } from '../../api/http';
import type { ReconcileRun } from '../../api/models';
import { getReconcileRun, startReconcile } from '../../api/reconcile';
import { Button } from '../elements/Button';
import { Notice } from '../elements/ErrorMessage';
import { ProgressBar } from '../elements/ProgressBar';

/** Starts a reconcile of every subscriber on the queue and follows it (GET /reconcile/{id} every second) until it is finished. */
export function ReconcileAllButton({ pollMs = 1000, onFinished }: { pollMs?: number; onFinished?: () => void }) {
    const [run, setRun] = useState<ReconcileRun | null>(null);
    const [starting, setStarting] = useState(false);
    const [error, setError] = useState<string | null>(null);

    useEffect(() => {
        if (!run || run.finished) return;
        let cancelled = false;
        const timer = setTimeout(() => {
            getReconcileRun(run.runId).then(
                (next) => {
                    if (cancelled) return;
                    setRun(next);
                    if (next.finished) onFinished?.();
                },
                (e) => !cancelled && setError(`Lost track of the run: ${describeError(e).message}`),
            );
        }, pollMs);
        return () => {
            cancelled = true;
            clearTimeout(timer);
        };
    }, [run, pollMs]); // eslint-disable-line react-hooks/exhaustive-deps

    const start = () => {
        setError(null);
        setStarting(true);
        startReconcile()
            .then((r) => {
                setRun(r);
                if (r.finished) onFinished?.();
            }, (e) => setError(describeError(e).message))
            .finally(() => setStarting(false));
    };
    const running = starting || (run !== null && !run.finished && error === null);

    return (
        <div>
            <Button onClick={start} disabled={running}>{running ? 'Reconciling…' : 'Reconcile everything now'}</Button>
            {run && (
                <div style={{ marginTop: 10 }} data-testid={'reconcile-progress'} aria-live={'polite'}>
                    <ProgressBar label={'Reconcile progress'} done={run.done} total={run.total} failed={run.failed} />
                    <small>
                        {run.done} of {run.total} subscribers
                        {run.failed > 0 ? `, ${run.failed} failed (they are retried on their own; the provisioning log says why)` : ''}
                        {run.finished ? ' — done.' : '…'}
                    </small>
                </div>
            )}
            {error && <Notice tone={'error'}>{error}</Notice>}
        </div>
    );
}
