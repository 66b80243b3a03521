/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TemplatesContainer } from '../../../admin/src/components/templates/TemplatesContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(() => {
    reset();
    answer('GET /catalogue', wire.catalogue);
    answer('POST /selector-preview', (body: any) => ({
        servers:
            body.selector.mode !== 'match'
                ? [
                      { id: 1, name: 'Frost Hub' },
                      { id: 2, name: 'Fire Hub' },
                  ]
                : body.selector.nodes?.includes(1)
                  ? [{ id: 1, name: 'Frost Hub' }]
                  : [],
    }));
    answer('POST /template-command-preview', { data: [], servers: [] });
});

const pick = (select: HTMLElement, ...labels: string[]) => {
    for (const option of Array.from((select as HTMLSelectElement).options))
        option.selected = labels.includes(option.text);
    fireEvent.change(select);
};

describe('role templates', () => {
    it('says how to start when there are none', async () => {
        answer('GET /templates', { data: [] });
        renderFresh(<TemplatesContainer />);
        expect(await screen.findByTestId('empty-state')).toHaveTextContent('Create your first role template');
        fireEvent.click(screen.getByRole('button', { name: 'Create a role template' }));
        expect(await screen.findByRole('form', { name: 'New role template' })).toBeInTheDocument();
    });

    it('lists templates with their servers, permissions and products', async () => {
        answer('GET /templates', {
            data: [
                wire.template(),
                wire.template({
                    id: 2,
                    key: 'subscriber_all',
                    name: 'Everything',
                    selector: { mode: 'all_including_future', exclude: [2] },
                    products: [],
                }),
            ],
        });
        renderFresh(<TemplatesContainer />);
        const rows = await screen.findAllByTestId('template-row');
        expect(rows).toHaveLength(2);
        expect(rows[0]).toHaveTextContent('Knight');
        expect(rows[0]).toHaveTextContent('3 (matching 1 nodes)');
        expect(rows[0]).toHaveTextContent('fire-knight');
        expect(rows[1]).toHaveTextContent('all servers, also future ones, except 1');
        expect(rows[1]).toHaveTextContent('none yet');
    });

    it('validates, previews the matched servers live, and sends exactly what was chosen', async () => {
        answer('GET /templates', { data: [] });
        answer('POST /templates', (body: any) => ({
            ...wire.template({ id: 9, products: [], servers_matched: 1 }),
            ...body,
        }));
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'New template' }));

        fireEvent.click(await screen.findByRole('button', { name: 'Save template' }));
        expect(await screen.findByText(/1–64 lowercase letters, digits or underscores/)).toBeInTheDocument();
        expect(screen.getByText(/Give the tier a name/)).toBeInTheDocument();
        expect(screen.getByLabelText('Key')).toHaveAttribute('aria-invalid', 'true');
        expect(calls(sent, 'POST', '/templates')).toHaveLength(0);

        fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'subscriber_frost' } });
        fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Frost' } });
        await waitFor(
            () => expect(screen.getByTestId('selector-preview')).toHaveTextContent('Matches 0 server(s) now'),
            { timeout: 2000 },
        );
        pick(screen.getByLabelText('Nodes'), 'NC1 Charlotte');
        await waitFor(
            () =>
                expect(screen.getByTestId('selector-preview')).toHaveTextContent('Matches 1 server(s) now: Frost Hub'),
            { timeout: 2000 },
        );
        pick(screen.getByLabelText('Never these servers'), 'Fire Hub');

        const checklist = screen.getByTestId('permission-checklist');
        const ws = within(checklist).getByRole('checkbox', { name: /websocket\.connect/ });
        expect(ws).toBeChecked();
        expect(ws).toBeDisabled();
        expect(checklist).toHaveTextContent('Always added');
        fireEvent.click(within(checklist).getByRole('checkbox', { name: /control\.start/ }));
        fireEvent.click(within(checklist).getByRole('checkbox', { name: /file\.read/ }));
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

        expect(await screen.findByText(/Saved "Frost"/)).toBeInTheDocument();
        expect(calls(sent, 'POST', '/templates').map((c) => c.body)).toEqual([
            {
                key: 'subscriber_frost',
                name: 'Frost',
                selector: { mode: 'match', nodes: [1], exclude: [2] },
                permissions: ['control.console', 'control.start', 'file.read'],
                game_actions: [],
            },
        ]);
        // The preview is debounced: a burst of changes does not send a request per change.
        expect(calls(sent, 'POST', '/selector-preview').length).toBeLessThanOrEqual(3);
    });

    it("edits a template, says which products use it, and shows the server's 422 next to the field", async () => {
        answer('GET /templates', { data: [wire.template()] });
        answer('PATCH /templates/1', (body: any) => {
            if (body.key === 'taken')
                throw httpError(422, {
                    message: 'x',
                    errors: { key: ['A template with the key taken already exists.'] },
                });
            return { ...wire.template(), ...body };
        });
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Edit Knight' }));
        expect(await screen.findByTestId('template-products')).toHaveTextContent('Used by fire-knight');
        expect(screen.getByLabelText('Key')).toHaveValue('subscriber_knight');
        fireEvent.click(screen.getByRole('radio', { name: /All servers, including future ones/ }));
        fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'taken' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        expect(await screen.findByText('A template with the key taken already exists.')).toBeInTheDocument();

        fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'subscriber_knight' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        expect(
            await screen.findByText(/Saved "Knight". Subscribers of fire-knight are being brought in line./),
        ).toBeInTheDocument();
        // Leaving match mode drops the match lists from what is sent.
        expect(calls(sent, 'PATCH', '/templates/1').pop()!.body).toEqual({
            key: 'subscriber_knight',
            name: 'Knight',
            selector: { mode: 'all_including_future' },
            permissions: ['control.console', 'websocket.connect'],
            game_actions: [],
        });
    });

    it('renaming an all-servers template keeps its servers; only the explicit choice takes the newer ones', async () => {
        answer('GET /templates', { data: [wire.template({ selector: { mode: 'all' } })] });
        answer('PATCH /templates/1', (body: any) => ({ ...wire.template(), ...body }));
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Edit Knight' }));
        const include = await screen.findByTestId('include-new-servers');
        expect(include).toHaveTextContent('Also include the servers created after');
        fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Knight II' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        await waitFor(() => expect(calls(sent, 'PATCH', '/templates/1')).toHaveLength(1));
        expect(calls(sent, 'PATCH', '/templates/1')[0]!.body).not.toHaveProperty('include_new_servers');

        fireEvent.click(await screen.findByRole('button', { name: 'Edit Knight' }));
        fireEvent.click(within(await screen.findByTestId('include-new-servers')).getByRole('checkbox'));
        fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
        await waitFor(() => expect(calls(sent, 'PATCH', '/templates/1')).toHaveLength(2));
        expect(calls(sent, 'PATCH', '/templates/1')[1]!.body).toMatchObject({
            include_new_servers: true,
            selector: { mode: 'all' },
        });
    });

    it('deletes only after a confirmation that says who loses access', async () => {
        let templates = [wire.template()];
        answer('GET /templates', () => ({ data: templates }));
        answer('DELETE /templates/1', () => {
            templates = [];
            return '';
        });
        renderFresh(<TemplatesContainer />);
        fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
        const dialog = screen.getByRole('alertdialog');
        expect(dialog).toHaveTextContent("Subscribers of fire-knight lose this tier's access");
        fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
        expect(calls(sent, 'DELETE', '/templates/1')).toHaveLength(0);

        fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
        fireEvent.click(screen.getByRole('button', { name: 'Delete template' }));
        expect(await screen.findByText('Deleted "Knight".')).toBeInTheDocument();
        expect(calls(sent, 'DELETE', '/templates/1')).toHaveLength(1);
        expect(await screen.findByText(/Create your first role template/)).toBeInTheDocument();
    });
});
