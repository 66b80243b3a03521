import styled from 'styled-components';
import type { Overview } from '../../api/models';
import { useOverview } from '../../api/overview';
import { Notice } from '../elements/ErrorMessage';
import { colors } from '../elements/theme';
import { ModeSwitchButton, pausedSince, UnpauseButton } from './ModeSwitchButton';
import { goLiveQuestion } from './questions';
import { useModeChange } from './useModeChange';

const Bar = styled.div<{ $tone: 'info' | 'danger' }>`
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: flex-start;
    justify-content: space-between;
    margin: 0 0 12px;
    padding: 10px 14px;
    border-radius: 3px;
    border-left: 5px solid ${(p) => (p.$tone === 'danger' ? colors.dangerDark : colors.primaryDark)};
    background: ${(p) => (p.$tone === 'danger' ? colors.problem : colors.bannerTint)};
    overflow-wrap: anywhere;
    > p {
        flex: 1 1 320px;
        margin: 0;
    }
    > div {
        flex: 0 1 auto;
        max-width: 100%;
    }
`;

const subscribersOf = (o: Overview) => Object.values(o.subscribersByState).reduce((n, x) => n + x, 0);

/** Above every tab: shadow mode (blue, with Go live) or a pause (red, with Unpause); nothing when live. */
export function ModeBanner() {
    const { overview, mutate } = useOverview();
    const state = useModeChange(() => mutate());
    if (!overview) return null;
    const { mode, paused } = overview.mode;

    // A switch made here keeps its banner, with the run's progress, until the run is finished and the mode reread.
    const showing = state.busy
        ? state.action === 'unpause'
            ? 'paused'
            : 'shadow'
        : paused
          ? 'paused'
          : mode === 'shadow'
            ? 'shadow'
            : null;

    if (showing === 'paused') {
        return (
            <Bar $tone={'danger'} role={'status'} data-testid={'mode-banner'} data-mode={'paused'}>
                <p>
                    {paused ? (
                        <>
                            <strong>Paused</strong> {pausedSince(paused)}
                        </>
                    ) : (
                        <>
                            <strong>Unpausing:</strong> applying every event that arrived meanwhile.
                        </>
                    )}
                </p>
                <UnpauseButton state={state} />
            </Bar>
        );
    }
    if (showing === 'shadow') {
        return (
            <Bar $tone={'info'} role={'status'} data-testid={'mode-banner'} data-mode={'shadow'}>
                <p>
                    <strong>Shadow mode:</strong> Tiergate logs what it would do and changes nothing on the panel.
                    Review subscribers, then Go live.
                </p>
                <ModeSwitchButton
                    state={state}
                    action={'go_live'}
                    label={'Go live'}
                    question={goLiveQuestion(subscribersOf(overview))}
                    confirmLabel={'Go live now'}
                />
            </Bar>
        );
    }
    // Live now, but the switch made here failed along the way: say so once.
    if (state.problem || state.lost) return <Notice tone={'error'}>{state.problem?.message ?? state.lost}</Notice>;
    return null;
}
