import { useState } from 'react';
import styled from 'styled-components';
import type { Subscriber, SubscriberAction } from '../../api/models';
import { actOnSubscriber } from '../../api/subscribers';
import { ActionAnswerNotice, answered, failed, type ActionAnswer } from '../elements/ActionAnswer';
import { Button } from '../elements/Button';
import { Muted } from '../elements/Card';
import { ConfirmButton } from '../elements/ConfirmButton';
import { FilterBar } from '../elements/Field';
import { DateTimeInput } from '../elements/DateTimeInput';
import { localToIso, plural, when } from '../elements/format';
import { colors } from '../elements/theme';

const Groups = styled.div`
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 250px), 1fr));
    gap: 4px 16px;
    > div {
        border-left: 3px solid ${colors.rule};
        padding-left: 10px;
    }
    h5 {
        margin: 4px 0 6px;
        font-size: 13px;
        font-weight: 600;
    }
    p {
        font-size: 12px;
        color: ${colors.muted};
        margin: 0 0 6px;
    }
`;

const VERB: Record<SubscriberAction, string> = {
    reconcile: 'Reconciling',
    apply: 'Applying',
    grant: 'Granting',
    suspend: 'Suspending',
    resume: 'Resuming',
    resend_setup: 'Sending',
};

const untilText = (localUntil: string, otherwise: string) => {
    const iso = localToIso(localUntil);
    return iso ? `until ${when(new Date(iso))}` : otherwise;
};

/** What each override does to this subscriber, asked before it is done. */
export const actionQuestions = (s: Subscriber, grantUntil: string, suspendUntil: string) => {
    const who = s.username ?? s.email ?? s.customerId;
    return {
        grant: `Grant ${who} access ${untilText(grantUntil, 'until you resume')}? Billing stops deciding for them: they keep their tiers' servers even unpaid.`,
        suspend: `Suspend ${who}? ${plural(s.serversGranted, 'server')} lose${s.serversGranted === 1 ? 's' : ''} access now, ${untilText(suspendUntil, 'until you resume')}, whatever billing says.`,
        resume: `Resume ${who}? The admin ${s.override?.kind ?? 'override'} ends and billing decides again: access follows their subscriptions from now.`,
        resend_setup: `Send the "set your password" email to ${s.email ?? who} again? Any earlier link stops working.`,
    };
};

/** Reconcile now · grant until · suspend (optionally until) · resume · resend the setup email. */
export function SubscriberActions({ subscriber, onDone }: { subscriber: Subscriber; onDone: () => void }) {
    const [grantUntil, setGrantUntil] = useState('');
    const [suspendUntil, setSuspendUntil] = useState('');
    const [busy, setBusy] = useState<SubscriberAction | null>(null);
    const [answer, setAnswer] = useState<ActionAnswer | null>(null);

    const act = (action: SubscriberAction, localUntil = '') => {
        const until = localToIso(localUntil);
        if (localUntil && (!until || new Date(until).getTime() <= Date.now())) {
            return setAnswer({
                tone: 'error',
                message: 'Pick a moment in the future, or leave the date empty for "until resumed".',
            });
        }
        setBusy(action);
        setAnswer(null);
        actOnSubscriber(subscriber.customerId, action, until)
            .then(
                (r) => {
                    setAnswer(answered(r));
                    onDone();
                },
                (e) => setAnswer(failed(e)),
            )
            .finally(() => setBusy(null));
    };
    const label = (action: SubscriberAction, text: string) => (busy === action ? `${VERB[action]}…` : text);
    const ask = actionQuestions(subscriber, grantUntil, suspendUntil);

    return (
        <div data-testid={'subscriber-actions'}>
            <Groups>
                <div>
                    <h5>Bring in line</h5>
                    <p>Compare what they pay for with what they hold on every server, and fix the difference now.</p>
                    <Button onClick={() => act('reconcile')} disabled={busy !== null}>
                        {label('reconcile', 'Reconcile now')}
                    </Button>
                </div>
                <div>
                    <h5>Override billing</h5>
                    <FilterBar>
                        <label>
                            Grant access until
                            <DateTimeInput
                                label={'Grant access until'}
                                value={grantUntil}
                                onChange={setGrantUntil}
                                disabled={busy !== null}
                            />
                        </label>
                        <div>
                            <ConfirmButton
                                variant={'primary'}
                                label={label('grant', 'Grant access')}
                                busy={busy !== null}
                                question={ask.grant}
                                confirmLabel={'Grant now'}
                                onConfirm={() => act('grant', grantUntil)}
                            />
                        </div>
                    </FilterBar>
                    <FilterBar>
                        <label>
                            Suspend until (optional)
                            <DateTimeInput
                                label={'Suspend until (optional)'}
                                value={suspendUntil}
                                onChange={setSuspendUntil}
                                disabled={busy !== null}
                            />
                        </label>
                        <div>
                            <ConfirmButton
                                label={label('suspend', 'Suspend')}
                                busy={busy !== null}
                                question={ask.suspend}
                                confirmLabel={'Suspend now'}
                                onConfirm={() => act('suspend', suspendUntil)}
                            />
                        </div>
                    </FilterBar>
                    <p>An empty date means until you resume. Resume hands the decision back to billing.</p>
                    <ConfirmButton
                        variant={'plain'}
                        label={label('resume', 'Resume')}
                        busy={busy !== null || !subscriber.override}
                        question={ask.resume}
                        confirmLabel={'Resume now'}
                        onConfirm={() => act('resume')}
                    />
                    {!subscriber.override && <Muted> (no override active)</Muted>}
                </div>
                <div>
                    <h5>Account</h5>
                    <p>Send the "set your password" email again, for accounts Tiergate created.</p>
                    <ConfirmButton
                        variant={'plain'}
                        label={label('resend_setup', 'Resend setup email')}
                        busy={busy !== null || subscriber.userId === null}
                        question={ask.resend_setup}
                        confirmLabel={'Send it'}
                        onConfirm={() => act('resend_setup')}
                    />
                    {subscriber.userId === null && <Muted> (no panel account yet)</Muted>}
                </div>
            </Groups>
            {answer && <ActionAnswerNotice answer={answer} testId={'action-answer'} />}
        </div>
    );
}
