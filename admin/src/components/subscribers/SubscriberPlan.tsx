import type { ReactNode } from 'react';
import type { PanelAccess, PlannedChange } from '../../api/models';
import { Badge } from '../elements/Badge';
import { Card, Grid, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { Table } from '../elements/Table';

const permissions = (list: string[]) =>
    list.length === 0 ? (
        <Muted>none</Muted>
    ) : (
        list.map((p) => (
            <code key={p} style={{ marginRight: 4 }}>
                {p}
            </code>
        ))
    );

/** "What Tiergate would do" (the reconcile's plan, changing nothing) next to "What the panel has now" (every subuser row, whoever made it). */
export function SubscriberPlan({
    plan,
    panelAccess,
    hasAccount,
    apply,
}: {
    plan: PlannedChange[];
    panelAccess: PanelAccess[];
    hasAccount: boolean;
    apply?: ReactNode;
}) {
    return (
        <Grid>
            <Card title={'What Tiergate would do'} testId={'subscriber-plan'}>
                {plan.length === 0 ? (
                    <p data-testid={'plan-empty'}>Nothing: the panel already matches billing.</p>
                ) : (
                    <Table label={'What Tiergate would do'}>
                        <thead>
                            <tr>
                                <th>Server</th>
                                <th>Change</th>
                                <th>Permissions before → after</th>
                            </tr>
                        </thead>
                        <tbody>
                            {plan.map((c) => (
                                <tr key={c.serverId} data-testid={'plan-row'} data-action={c.action}>
                                    <td>{c.serverName}</td>
                                    <td>
                                        <Badge $tone={c.action}>{c.action}</Badge>
                                    </td>
                                    <td>
                                        {permissions(c.before)} → {permissions(c.after)}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                )}
                {apply}
            </Card>
            <Card title={'What the panel has now'} testId={'panel-access'}>
                {panelAccess.length === 0 ? (
                    <EmptyState title={hasAccount ? 'No subuser access on any server.' : 'No panel account yet.'}>
                        {!hasAccount && 'Tiergate creates it when it first applies a paid subscription.'}
                    </EmptyState>
                ) : (
                    <Table label={'What the panel has now'}>
                        <thead>
                            <tr>
                                <th>Server</th>
                                <th>Permissions</th>
                                <th>Made by</th>
                            </tr>
                        </thead>
                        <tbody>
                            {panelAccess.map((a) => (
                                <tr
                                    key={a.serverId}
                                    data-testid={'panel-access-row'}
                                    data-managed={a.managedByTiergate}
                                >
                                    <td>{a.serverName}</td>
                                    <td>{permissions(a.permissions)}</td>
                                    <td>
                                        {a.managedByTiergate ? (
                                            'made by Tiergate'
                                        ) : (
                                            <Muted>not Tiergate's: never touched</Muted>
                                        )}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                )}
            </Card>
        </Grid>
    );
}
