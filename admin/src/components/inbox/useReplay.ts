import { useState } from 'react';
import { replayEvent } from '../../api/events';
import { answered, failed, type ActionAnswer } from '../elements/ActionAnswer';

/** Replay reconciles the event's customer again, as if the event had just arrived; the answer is kept to show. */
export function useReplay(eventId: number) {
    const [replaying, setReplaying] = useState(false);
    const [answer, setAnswer] = useState<ActionAnswer | null>(null);
    const replay = () => {
        setReplaying(true);
        setAnswer(null);
        replayEvent(eventId)
            .then(
                (r) => setAnswer(answered(r)),
                (e) => setAnswer(failed(e)),
            )
            .finally(() => setReplaying(false));
    };
    return { replay, replaying, answer };
}
