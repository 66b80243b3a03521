import type { ReactNode } from 'react';
import type { Mode, ModeAction } from '../../api/models';
import { ConfirmButton } from '../elements/ConfirmButton';
import { Notice } from '../elements/ErrorMessage';
import { when } from '../elements/format';
import { RunProgress } from '../reconcile/RunProgress';
import { UNPAUSE_QUESTION } from './questions';
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

/** The one Unpause, on the banner and in Settings alike. */
export const UnpauseButton = ({ state }: { state: ModeChangeState }) => (
    <ModeSwitchButton
        state={state}
        action={'unpause'}
        label={'Unpause'}
        question={UNPAUSE_QUESTION}
        confirmLabel={'Unpause now'}
        variant={'danger'}
    />
);

/** Who paused, when and why, in the runbook's words. */
export const pausedSince = (paused: NonNullable<Mode['paused']>): string =>
    `since ${when(paused.at)} by ${paused.by}: ${paused.reason}. Events are stored; nothing is applied.`;
