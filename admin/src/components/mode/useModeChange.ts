import { useState } from 'react';
import { type ApiProblem, describeError } from '../../api/http';
import { changeMode } from '../../api/mode';
import type { ModeAction } from '../../api/models';
import { useReconcileRun } from '../reconcile/useReconcileRun';

/**
 * Sends one mode switch and, when it starts a run (going live, unpausing), follows the run to the end.
 * `onSettled` runs once the switch has taken full effect: at once without a run, else when the run is finished.
 */
export function useModeChange(onSettled: () => unknown, pollMs = 1000) {
    const [settling, setSettling] = useState(false);
    // Busy until the caller has refreshed (e.g. the overview's mode), so nothing flickers back to the old mode.
    const settle = () => {
        setSettling(true);
        Promise.resolve(onSettled()).finally(() => setSettling(false));
    };
    const follower = useReconcileRun(pollMs, settle);
    const [action, setAction] = useState<ModeAction | null>(null);
    const [sending, setSending] = useState(false);
    const [problem, setProblem] = useState<ApiProblem | null>(null);

    const change = (next: ModeAction, reason?: string) => {
        setAction(next);
        setSending(true);
        setProblem(null);
        changeMode(next, reason)
            .then(
                (answer) => (answer.run ? follower.follow(answer.run) : settle()),
                (e) => setProblem(describeError(e)),
            )
            .finally(() => setSending(false));
    };

    return {
        change,
        /** The last action sent, for the words around the progress. */
        action,
        sending,
        /** The switch was refused (problem.fields holds the 422 reasons, e.g. `reason`). */
        problem,
        run: follower.run,
        /** The run could not be followed any more. */
        lost: follower.error,
        busy: sending || follower.running || settling,
    };
}

export type ModeChangeState = ReturnType<typeof useModeChange>;
