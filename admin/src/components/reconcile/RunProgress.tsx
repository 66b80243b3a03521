import type { ReconcileRun } from '../../api/models';
import { ProgressBar } from '../elements/ProgressBar';

/** A full reconcile's progress: the bar, "n of N subscribers", the failures and, at the end, "done". */
export function RunProgress({
    run,
    label = 'Reconcile progress',
    testId = 'reconcile-progress',
}: {
    run: ReconcileRun;
    label?: string;
    testId?: string;
}) {
    return (
        <div style={{ marginTop: 10 }} data-testid={testId} data-finished={run.finished} aria-live={'polite'}>
            <ProgressBar label={label} done={run.done} total={run.total} failed={run.failed} />
            <small>
                {run.done} of {run.total} subscribers
                {run.failed > 0
                    ? `, ${run.failed} failed (they are retried on their own; the provisioning log says why)`
                    : ''}
                {run.finished ? ' — done.' : '…'}
            </small>
        </div>
    );
}
