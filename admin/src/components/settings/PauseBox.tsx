import { useEffect, useState } from 'react';
import { useOverview } from '../../api/overview';
import { Card, Muted } from '../elements/Card';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { Field } from '../elements/Field';
import { Spinner } from '../elements/Spinner';
import { ModeSwitchButton, pausedSince, UnpauseButton } from '../mode/ModeSwitchButton';
import { PAUSE_QUESTION } from '../mode/questions';
import { useModeChange } from '../mode/useModeChange';
import { RunProgress } from '../reconcile/RunProgress';

/** The incident switch of docs/operations.md ("Pause"): stop applying, keep storing; unpause applies the backlog with progress. */
export function PauseBox() {
    const { overview, error, mutate } = useOverview();
    const [reason, setReason] = useState('');
    const state = useModeChange(() => mutate());
    const paused = overview?.mode.paused ?? null;
    const unpausing = state.action === 'unpause' && state.busy;
    const isPaused = paused !== null;
    useEffect(() => {
        if (isPaused) setReason('');
    }, [isPaused]);

    return (
        <Card title={'Pause Tiergate'} tone={paused ? 'danger' : undefined} testId={'pause-box'}>
            {error && <ErrorMessage error={error} />}
            {!overview && !error && <Spinner label={'Loading the mode…'} />}
            {overview && (paused || unpausing) && (
                <>
                    {paused && <p data-testid={'pause-state'}>Paused {pausedSince(paused)}</p>}
                    <UnpauseButton state={state} />
                </>
            )}
            {overview && !paused && !unpausing && (
                <>
                    {state.action === 'unpause' && state.run && (
                        <Notice tone={'success'} testId={'unpaused'}>
                            Unpaused: the events that arrived meanwhile are applied.
                            <RunProgress run={state.run} label={'Unpause progress'} testId={'unpause-progress'} />
                        </Notice>
                    )}
                    <p>
                        For incidents: Tiergate keeps storing every event from Paymenter but changes nothing on the
                        panel; subscribers keep the access they have. Unpausing applies everything that arrived
                        meanwhile.{' '}
                        <Muted>
                            Same as <code>php artisan tiergate:pause --reason="…"</code>.
                        </Muted>
                    </p>
                    <Field
                        label={'Reason'}
                        hint={'Required. The banner on every Tiergate page shows it, with your name and the time.'}
                        error={state.problem?.fields.reason}
                    >
                        <input
                            type={'text'}
                            maxLength={191}
                            value={reason}
                            onChange={(e) => setReason(e.target.value)}
                            disabled={state.busy}
                        />
                    </Field>
                    {/* The reason's refusal shows next to the field; any other refusal under the button. */}
                    <ModeSwitchButton
                        state={state}
                        action={'pause'}
                        label={'Pause'}
                        question={PAUSE_QUESTION}
                        confirmLabel={'Pause Tiergate'}
                        variant={'danger'}
                        reason={reason}
                        disabled={reason.trim() === ''}
                        showProblem={!state.problem?.fields.reason}
                    />
                </>
            )}
        </Card>
    );
}
