import { useEffect, useState } from 'react';
import type { ReconcileRunWire } from '../../../../contract/admin';
import { describeError } from '../../api/http';
import { getReconcileRun, startReconcile } from '../../api/reconcile';
import { Button } from '../elements/Button';
import { Notice } from '../elements/Feedback';
import { ProgressBar } from '../elements/ProgressBar';

/** Starts a full reconcile on the queue and follows its progress until every subscriber has been done. */
export function ReconcileAllButton({ pollMs = 1000 }: { pollMs?: number }) {
    const [run, setRun] = useState<ReconcileRunWire | null>(null);
    const [error, setError] = useState<string | null>(null);

    useEffect(() => {
        if (!run || run.finished) return;
        const timer = setTimeout(() => getReconcileRun(run.run_id).then(setRun, (e) => setError(describeError(e).message)), pollMs);
        return () => clearTimeout(timer);
    }, [run, pollMs]);

    const start = () => {
        setError(null);
        startReconcile().then(setRun, (e) => setError(describeError(e).message));
    };
    const running = run !== null && !run.finished;

    return (
        <div>
            <Button type={'button'} onClick={start} disabled={running}>{running ? 'Reconciling…' : 'Reconcile everything now'}</Button>
            {run && (
                <div style={{ marginTop: 8 }} data-testid={'reconcile-progress'}>
                    <ProgressBar done={run.done} total={run.total} />
                    <small>
                        {run.done} of {run.total} subscribers{run.failed ? `, ${run.failed} failed (they retry on their own; see the provisioning log)` : ''}
                        {run.finished ? ' — done.' : ''}
                    </small>
                </div>
            )}
            {error && <Notice tone={'error'}>{error}</Notice>}
        </div>
    );
}
