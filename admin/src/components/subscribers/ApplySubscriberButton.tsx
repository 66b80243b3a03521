import { useState } from 'react';
import { describeError } from '../../api/http';
import type { ActionResult, Subscriber } from '../../api/models';
import { actOnSubscriber } from '../../api/subscribers';
import { ConfirmButton } from '../elements/ConfirmButton';
import { Notice } from '../elements/ErrorMessage';
import { plural } from '../elements/format';

/** The shadow review step: applies this one subscriber's plan for real, once, and says what changed. */
export function ApplySubscriberButton({
    subscriber,
    changes,
    onApplied,
}: {
    subscriber: Subscriber;
    changes: number;
    onApplied: () => void;
}) {
    const [busy, setBusy] = useState(false);
    const [answer, setAnswer] = useState<
        ({ tone: 'success' } & ActionResult) | { tone: 'error'; message: string } | null
    >(null);

    const apply = () => {
        setBusy(true);
        setAnswer(null);
        actOnSubscriber(subscriber.customerId, 'apply')
            .then(
                (r) => {
                    setAnswer({ tone: 'success', ...r });
                    onApplied();
                },
                (e) => setAnswer({ tone: 'error', message: describeError(e).message }),
            )
            .finally(() => setBusy(false));
    };

    return (
        <div data-testid={'apply-subscriber'}>
            <ConfirmButton
                label={busy ? 'Applying…' : 'Apply this subscriber'}
                variant={'primary'}
                busy={busy}
                question={`Apply ${plural(changes, 'change')} for ${subscriber.email ?? subscriber.customerId} now? Only this subscriber, once; Tiergate stays in shadow mode.`}
                confirmLabel={'Apply now'}
                onConfirm={apply}
            />
            {answer && (
                <Notice tone={answer.tone} testId={'apply-answer'}>
                    {answer.message}
                    {'changes' in answer && answer.changes.length > 0 && (
                        <ul>
                            {answer.changes.map((c, i) => (
                                <li key={i}>{c}</li>
                            ))}
                        </ul>
                    )}
                </Notice>
            )}
        </div>
    );
}
