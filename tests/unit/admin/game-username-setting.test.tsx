/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { SettingsContainer } from '../../../admin/src/components/settings/SettingsContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(() => {
    reset();
    answer('GET /overview', wire.overview());
});

describe('the in-game name pattern setting', () => {
    it('shows the saved pattern and sends a changed one', async () => {
        let current = wire.settings();
        answer('GET /settings', () => current);
        answer('PATCH /settings', (body: any) => (current = { ...current, ...body }));
        renderFresh(<SettingsContainer />);
        const input = await screen.findByLabelText('In-game name pattern');
        expect(input).toHaveValue('^[A-Za-z0-9_]{3,16}$');

        fireEvent.change(input, { target: { value: ' ^\\.?[A-Za-z0-9_]{3,16}$ ' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
        expect(calls(sent, 'PATCH', '/settings').map((c) => c.body)).toEqual([
            { game_username_pattern: '^\\.?[A-Za-z0-9_]{3,16}$' },
        ]);
    });

    it('refuses an empty pattern before sending, and shows the server refusing one that does not compile', async () => {
        answer('GET /settings', wire.settings());
        answer('PATCH /settings', () => {
            throw httpError(422, {
                message: 'x',
                errors: { game_username_pattern: ['Not a valid regular expression (PCRE, without delimiters).'] },
            });
        });
        renderFresh(<SettingsContainer />);
        const input = await screen.findByLabelText('In-game name pattern');
        fireEvent.change(input, { target: { value: '  ' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText(/^Required; the default is/)).toBeInTheDocument();
        expect(calls(sent, 'PATCH', '/settings')).toHaveLength(0);

        fireEvent.change(input, { target: { value: '^[A-Z' } });
        fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
        expect(await screen.findByText(/^Not a valid regular expression/)).toBeInTheDocument();
        expect(input).toHaveAttribute('aria-invalid', 'true');
    });
});
