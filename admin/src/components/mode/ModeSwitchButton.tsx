import type { ReactNode } from 'react';
import type { ModeAction } from '../../api/models';
import { ConfirmButton } from '../elements/ConfirmButton';
import { Notice } from '../elements/ErrorMessage';
import { RunProgress } from '../reconcile/RunProgress';
import type { ModeChangeState } from './useModeChange';

const PROGRESS_LABEL: Record<ModeAction, string> = {
    go_live: 'Go-live progress',
    unpause: 'Unpause progress',
    pause: 'Pause',
    shadow: 'Shadow',
};

/** One mode switch behind a confirmation that says what happens, then its refusal or its run's progress to the end. */
export function ModeSwitchButton({
    state,
    action,
    label,
    question,
    confirmLabel,
    variant = 'primary',
    reason,
    disabled,
    showProblem = true,
}: {
    state: ModeChangeState;
    action: ModeAction;
    label: string;
    question: ReactNode;
    confirmLabel: string;
    variant?: 'primary' | 'danger' | 'plain';
    reason?: string;
    disabled?: boolean;
    /** Off when the caller shows the refusal itself (next to a field). */
    showProblem?: boolean;
}) {
    const mine = state.action === action;
    return (
        <div>
            <ConfirmButton
                label={label}
                variant={variant}
                busy={state.busy || disabled}
                question={question}
                confirmLabel={confirmLabel}
                onConfirm={() => state.change(action, reason)}
            />
            {mine && showProblem && state.problem && <Notice tone={'error'}>{state.problem.message}</Notice>}
            {mine && state.run && (
                <RunProgress
                    run={state.run}
                    label={PROGRESS_LABEL[action]}
                    testId={`${action.replace('_', '-')}-progress`}
                />
            )}
            {mine && state.lost && <Notice tone={'error'}>{state.lost}</Notice>}
        </div>
    );
}
