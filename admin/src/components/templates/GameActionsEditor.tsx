import styled from 'styled-components';
import type { GameAction } from '../../api/models';
import { Button } from '../elements/Button';
import { Muted, Row } from '../elements/Card';
import { Notice } from '../elements/ErrorMessage';
import { Field } from '../elements/Field';
import { colors } from '../elements/theme';
import { custom, luckPermsGroup, luckPermsGroupOf, suggestedGroup, uniqueLabel, whitelist } from './gameActionPresets';

const Action = styled.fieldset`
    border: 1px solid #e5e5e5;
    border-radius: 3px;
    padding: 8px 12px;
    margin: 0 0 12px;
    legend {
        font-size: 13px;
        font-weight: 600;
        border: none;
        width: auto;
        margin: 0;
        padding: 0 4px;
    }
    .servers label {
        font-weight: normal;
        margin-right: 12px;
    }
    .error {
        color: ${colors.danger};
    }
`;

/**
 * The template's in-game actions: presets with one click (LuckPerms group, whitelist, custom), each action's
 * commands and the servers it runs on (all of the template's, or some). `errors` are the server's, by wire field.
 */
export function GameActionsEditor({
    actions,
    onChange,
    templateKey,
    servers,
    errors,
    disabled,
}: {
    actions: GameAction[];
    onChange: (actions: GameAction[]) => void;
    templateKey: string;
    /** The servers the template covers now; null while the preview has not said yet. */
    servers: Array<{ uuid: string; name: string }> | null;
    errors: Record<string, string>;
    disabled?: boolean;
}) {
    const add = (action: GameAction) => onChange([...actions, uniqueLabel(action, actions)]);
    const change = (i: number, patch: Partial<GameAction>) =>
        onChange(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
    const remove = (i: number) => onChange(actions.filter((_, j) => j !== i));

    return (
        <div data-testid={'game-actions'}>
            <p>
                Console commands Tiergate runs on the template&apos;s servers when a subscriber gains this tier (grant)
                and when they lose it (revoke). Placeholders: <code>{'{player}'}</code> (in-game name),{' '}
                <code>{'{uuid}'}</code>, <code>{'{tier}'}</code> (this key), <code>{'{tier_name}'}</code>,{' '}
                <code>{'{server}'}</code>.
            </p>
            {errors.game_actions && <Notice tone={'error'}>{errors.game_actions}</Notice>}
            {actions.length === 0 && <Muted>No in-game actions: this tier changes panel access only.</Muted>}
            {actions.map((action, i) => {
                const group = luckPermsGroupOf(action);
                const err = (f: string) => errors[`game_actions.${i}.${f}`];
                return (
                    <Action key={i} data-testid={`game-action-${i}`} disabled={disabled}>
                        <legend>{action.label || `Action ${i + 1}`}</legend>
                        {errors[`game_actions.${i}`] && <p className={'error'}>{errors[`game_actions.${i}`]}</p>}
                        {err('commands') && (
                            <p className={'error'} role={'alert'}>
                                {err('commands')}
                            </p>
                        )}
                        <Field label={'Label'} error={err('label')}>
                            <input
                                type={'text'}
                                maxLength={64}
                                value={action.label}
                                onChange={(e) => change(i, { label: e.target.value })}
                            />
                        </Field>
                        {group !== null && (
                            <Field label={'LuckPerms group'} hint={'Changes the label and both commands together.'}>
                                <input
                                    type={'text'}
                                    value={group}
                                    onChange={(e) => {
                                        const next = e.target.value.replace(/\s/g, '') || group;
                                        change(i, { ...luckPermsGroup(next), servers: action.servers });
                                    }}
                                />
                            </Field>
                        )}
                        <Field label={'On grant'} error={err('grant')}>
                            <input
                                type={'text'}
                                maxLength={1000}
                                spellCheck={false}
                                value={action.grant ?? ''}
                                onChange={(e) => change(i, { grant: e.target.value })}
                            />
                        </Field>
                        <Field label={'On revoke'} error={err('revoke')}>
                            <input
                                type={'text'}
                                maxLength={1000}
                                spellCheck={false}
                                value={action.revoke ?? ''}
                                onChange={(e) => change(i, { revoke: e.target.value })}
                            />
                        </Field>
                        <div className={'servers'} role={'group'} aria-label={`Servers for ${action.label}`}>
                            <label>
                                <input
                                    type={'checkbox'}
                                    checked={action.servers === null}
                                    onChange={(e) =>
                                        change(i, {
                                            servers: e.target.checked ? null : (servers ?? []).map((s) => s.uuid),
                                        })
                                    }
                                />{' '}
                                All of this template&apos;s servers
                            </label>
                            {action.servers !== null &&
                                (servers ?? []).map((s) => (
                                    <label key={s.uuid}>
                                        <input
                                            type={'checkbox'}
                                            checked={action.servers!.includes(s.uuid)}
                                            onChange={(e) =>
                                                change(i, {
                                                    servers: e.target.checked
                                                        ? [...action.servers!, s.uuid]
                                                        : action.servers!.filter((u) => u !== s.uuid),
                                                })
                                            }
                                        />{' '}
                                        {s.name}
                                    </label>
                                ))}
                            {err('servers') && <p className={'error'}>{err('servers')}</p>}
                        </div>
                        <Button $variant={'plain'} $small onClick={() => remove(i)}>
                            Remove {action.label || 'action'}
                        </Button>
                    </Action>
                );
            })}
            <Row>
                <Button $variant={'plain'} $small onClick={() => add(luckPermsGroup(suggestedGroup(templateKey)))}>
                    + LuckPerms group
                </Button>
                <Button $variant={'plain'} $small onClick={() => add(whitelist())}>
                    + Whitelist
                </Button>
                <Button $variant={'plain'} $small onClick={() => add(custom(actions.length + 1))}>
                    + Custom command
                </Button>
            </Row>
        </div>
    );
}
