import styled from 'styled-components';
import type { CommandPreview } from '../../api/templates';
import { Muted } from '../elements/Card';
import { Table } from '../elements/Table';
import { colors } from '../elements/theme';

const Refused = styled.span`
    color: ${colors.danger};
`;

/** Each action on each server: the exact command on grant and on revoke, or why the panel would refuse to send it. */
export function CommandPreviewTable({ preview, player }: { preview: CommandPreview; player: string }) {
    if (preview.rows.length === 0)
        return (
            <Muted>
                {preview.servers.length === 0
                    ? 'The selector matches no server yet, so no command would run.'
                    : 'No in-game action yet.'}
            </Muted>
        );
    return (
        <Table label={`Commands for ${player}`} testId={'command-preview'}>
            <thead>
                <tr>
                    <th>Server</th>
                    <th>Action</th>
                    <th>On grant</th>
                    <th>On revoke</th>
                </tr>
            </thead>
            <tbody>
                {preview.rows.map((row) => (
                    <tr key={`${row.action}-${row.serverUuid}`} data-problem={row.error ? 'true' : undefined}>
                        <td>{row.serverName}</td>
                        <td>{row.label}</td>
                        {row.error ? (
                            <td colSpan={2}>
                                <Refused role={'alert'}>Not sent: {row.error}</Refused>
                            </td>
                        ) : (
                            <>
                                <td>{row.grant ? <code>{row.grant}</code> : <Muted>none</Muted>}</td>
                                <td>{row.revoke ? <code>{row.revoke}</code> : <Muted>none</Muted>}</td>
                            </>
                        )}
                    </tr>
                ))}
            </tbody>
        </Table>
    );
}
