import { useState } from 'react';
import type { Subscriber } from '../../api/models';
import { actOnSubscriber } from '../../api/subscribers';
import { ActionAnswerNotice, answered, failed, type ActionAnswer } from '../elements/ActionAnswer';
import { ConfirmButton } from '../elements/ConfirmButton';
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
    const [answer, setAnswer] = useState<ActionAnswer | null>(null);

    const apply = () => {
        setBusy(true);
        setAnswer(null);
        actOnSubscriber(subscriber.customerId, 'apply')
            .then(
                (r) => {
                    setAnswer(answered(r));
                    onApplied();
                },
                (e) => setAnswer(failed(e)),
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
            {answer && <ActionAnswerNotice answer={answer} testId={'apply-answer'} />}
        </div>
    );
}
