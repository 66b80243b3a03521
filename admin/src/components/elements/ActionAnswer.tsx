import { describeError } from '../../api/http';
import type { ActionResult } from '../../api/models';
import { Notice } from './ErrorMessage';

/** What an action on the server answered: its message and changes, or why it failed. */
export type ActionAnswer = ({ tone: 'success' } & ActionResult) | { tone: 'error'; message: string };

export const answered = (result: ActionResult): ActionAnswer => ({ tone: 'success', ...result });
export const failed = (err: unknown): ActionAnswer => ({ tone: 'error', message: describeError(err).message });

export function ActionAnswerNotice({ answer, testId }: { answer: ActionAnswer; testId?: string }) {
    return (
        <Notice tone={answer.tone} testId={testId}>
            {answer.message}
            {'changes' in answer && answer.changes.length > 0 && (
                <ul>
                    {answer.changes.map((c, i) => (
                        <li key={i}>{c}</li>
                    ))}
                </ul>
            )}
        </Notice>
    );
}
