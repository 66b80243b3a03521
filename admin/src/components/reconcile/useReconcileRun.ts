import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/http';
import type { ReconcileRun } from '../../api/models';
import { getReconcileRun } from '../../api/reconcile';

/** Follows a full reconcile (GET /reconcile/{id} every `pollMs`) until it is finished, then calls `onFinished` once. */
export function useReconcileRun(pollMs = 1000, onFinished?: () => void) {
    const [run, setRun] = useState<ReconcileRun | null>(null);
    const [error, setError] = useState<string | null>(null);
    // The latest callback, without restarting the poll when the caller re-renders with a new closure.
    const finished = useRef(onFinished);
    finished.current = onFinished;

    useEffect(() => {
        if (!run || run.finished) return;
        let cancelled = false;
        const timer = setTimeout(() => {
            getReconcileRun(run.runId).then(
                (next) => {
                    if (cancelled) return;
                    setRun(next);
                    if (next.finished) finished.current?.();
                },
                (e) => !cancelled && setError(`Lost track of the run: ${describeError(e).message}`),
            );
        }, pollMs);
        return () => {
            cancelled = true;
            clearTimeout(timer);
        };
    }, [run, pollMs]);

    const follow = (next: ReconcileRun) => {
        setError(null);
        setRun(next);
        if (next.finished) finished.current?.();
    };

    return { run, error, follow, running: run !== null && !run.finished && error === null };
}
