import { useState } from 'react';
import { describeError } from '../../api/http';
import { startReconcile } from '../../api/reconcile';
import { Button } from '../elements/Button';
import { Notice } from '../elements/ErrorMessage';
import { RunProgress } from '../reconcile/RunProgress';
import { useReconcileRun } from '../reconcile/useReconcileRun';

/** Starts a reconcile of every subscriber on the queue and follows it (GET /reconcile/{id} every second) until it is finished. */
export function ReconcileAllButton({ pollMs = 1000, onFinished }: { pollMs?: number; onFinished?: () => void }) {
    const { run, error: lost, follow, running } = useReconcileRun(pollMs, onFinished);
    const [starting, setStarting] = useState(false);
    const [error, setError] = useState<string | null>(null);

    const start = () => {
        setError(null);
        setStarting(true);
        startReconcile()
            .then(follow, (e) => setError(describeError(e).message))
            .finally(() => setStarting(false));
    };
    const busy = starting || running;

    return (
        <div>
            <Button onClick={start} disabled={busy}>
                {busy ? 'Reconciling…' : 'Reconcile everything now'}
            </Button>
            {run && <RunProgress run={run} />}
            {(error ?? lost) && <Notice tone={'error'}>{error ?? lost}</Notice>}
        </div>
    );
}
