import { useState } from 'react';
import styled from 'styled-components';
import { type Overview, SETUP_STEPS, type SetupStep } from '../../api/models';
import { Card, Muted } from '../elements/Card';
import { colors } from '../elements/theme';
import { ModeSwitchButton } from '../mode/ModeSwitchButton';
import { RunProgress } from '../reconcile/RunProgress';
import { goLiveQuestion } from '../mode/questions';
import { useModeChange } from '../mode/useModeChange';

export const SETUP_LABELS: Record<SetupStep, string> = {
    secret: 'Webhook secret created (Settings → Generate secret, or php artisan tiergate:secret)',
    webhook_url_copied: 'Webhook URL copied into Paymenter',
    first_delivery: 'First delivery from Paymenter received',
    products_mapped: 'Every product mapped to a role template',
    shadow_reviewed: 'Shadow mode reviewed (a subscriber applied by hand)',
    live: 'Live',
};

const Steps = styled.ol`
    list-style: none;
    margin: 0 0 10px;
    padding: 0;
    li {
        display: flex;
        gap: 8px;
        align-items: baseline;
        padding: 3px 0;
    }
    li[data-done='true'] {
        color: ${colors.muted};
    }
    .box {
        flex: none;
        width: 16px;
        text-align: center;
        font-weight: 700;
    }
    li[data-done='true'] .box {
        color: ${colors.successText};
    }
    li[data-done='false'] .box {
        color: ${colors.muted};
    }
    .hidden-text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
    }
`;

const Done = styled.p`
    margin: 0 0 12px;
    color: ${colors.muted};
    font-size: 13px;
    strong {
        color: ${colors.successText};
    }
`;

const subscribersOf = (o: Overview) => Object.values(o.subscribersByState).reduce((n, x) => n + x, 0);

/** docs/operations.md's go-live checklist, ticked from the panel's real state, with the Go live switch while in shadow mode. */
export function SetupChecklist({ overview, onChanged }: { overview: Overview; onChanged: () => unknown }) {
    const goLive = useModeChange(onChanged);
    const [wentLive, setWentLive] = useState(false);
    const allDone = SETUP_STEPS.every((step) => overview.setup[step]);

    // Once everything is done it shrinks to one line, unless it is showing a go-live made here.
    if (allDone && !wentLive && !goLive.busy) {
        return (
            <Done data-testid={'setup-done'}>
                <strong>✓</strong> Set up and live.
            </Done>
        );
    }
    return (
        <Card title={'Go live checklist'} testId={'setup-checklist'}>
            <Steps>
                {SETUP_STEPS.map((step) => (
                    <li key={step} data-step={step} data-done={overview.setup[step]}>
                        <span className={'box'} aria-hidden>
                            {overview.setup[step] ? '✓' : '☐'}
                        </span>
                        <span>
                            {SETUP_LABELS[step]}
                            <span className={'hidden-text'}>{overview.setup[step] ? ' (done)' : ' (to do)'}</span>
                        </span>
                    </li>
                ))}
            </Steps>
            {overview.mode.mode === 'shadow' || goLive.busy ? (
                <>
                    {!wentLive && (
                        <p>
                            <Muted>
                                In shadow mode Tiergate changes nothing on the panel. Going live applies every pending
                                plan, then follows billing within a second.
                            </Muted>
                        </p>
                    )}
                    <ModeSwitchButton
                        state={{
                            ...goLive,
                            change: (action, reason) => {
                                setWentLive(true);
                                goLive.change(action, reason);
                            },
                        }}
                        action={'go_live'}
                        label={'Go live'}
                        question={goLiveQuestion(subscribersOf(overview))}
                        confirmLabel={'Go live now'}
                    />
                </>
            ) : (
                goLive.run && <RunProgress run={goLive.run} label={'Go-live progress'} testId={'go-live-progress'} />
            )}
        </Card>
    );
}
