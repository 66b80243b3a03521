import { plural } from '../elements/format';

/** The confirmations of the mode switches, in the runbook's words (docs/operations.md), shared by every place that offers them. */
export const goLiveQuestion = (subscribers: number) =>
    `Go live? Every subscriber's pending plan is applied now: ${plural(subscribers, 'subscriber')}.`;

export const PAUSE_QUESTION =
    'Pause Tiergate? Events keep being stored; nobody gains or loses access until you unpause.';

export const UNPAUSE_QUESTION =
    "Unpause Tiergate? This applies every event that arrived meanwhile, each subscriber in their own events' order.";
