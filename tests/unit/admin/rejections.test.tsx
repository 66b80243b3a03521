/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RejectionsContainer } from '../../../admin/src/components/inbox/RejectionsContainer';
import { answer, reset, sent } from './fake-api';
import { renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

describe('refused deliveries, a view of their own', () => {
    it('says nothing was refused', async () => {
        answer('GET /rejections', { data: [], next_cursor: null });
        renderFresh(<RejectionsContainer />);
        expect(await screen.findByText('Nothing refused.')).toBeInTheDocument();
    });

    it('lists refused deliveries with status, code, reason, address, size and time', async () => {
        answer('GET /rejections', { data: [wire.rejection()], next_cursor: null });
        renderFresh(<RejectionsContainer />);
        const row = await screen.findByTestId('rejection-row');
        for (const text of [
            '401',
            'bad_signature',
            'No signature matches a current secret',
            '203.0.113.9',
            '2.0 KB',
            'msg_9',
        ])
            expect(row).toHaveTextContent(text);
        expect(row).toHaveTextContent(
            new Date('2026-11-24T00:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
        );
    });

    it('filters by status, code, reason and time, on the server and in what it shows', async () => {
        const rows = [
            wire.rejection({ id: 1, status: 429, code: 'rate_limited', reason: 'Too many requests' }),
            wire.rejection({ id: 2, status: 401, code: 'bad_signature', reason: 'No signature matches' }),
            wire.rejection({ id: 3, status: 401, code: 'bad_signature', reason: 'Timestamp too old' }),
        ];
        // This answer ignores every filter, as a panel without them would: the page must still show only matches.
        answer('GET /rejections', { data: rows, next_cursor: null });
        renderFresh(<RejectionsContainer />);
        await waitFor(() => expect(screen.getAllByTestId('rejection-row')).toHaveLength(3));

        fireEvent.change(screen.getByLabelText('Status'), { target: { value: '401' } });
        fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'bad_signature' } });
        fireEvent.change(screen.getByLabelText('Reason contains'), { target: { value: 'SIGNATURE' } });
        fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-11-23 10:30' } });
        const since = new Date(2026, 10, 23, 10, 30).toISOString();
        await waitFor(
            () =>
                expect(sent.map((s) => s.url)).toContain(
                    `/rejections?code=bad_signature&reason=SIGNATURE&since=${encodeURIComponent(since)}&status=401`,
                ),
            { timeout: 2000 },
        );
        await waitFor(() => expect(screen.getAllByTestId('rejection-row')).toHaveLength(1));
        expect(screen.getByTestId('rejection-row')).toHaveTextContent('No signature matches');

        fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-11-25' } });
        expect(await screen.findByText('No refused delivery matches.', undefined, { timeout: 2000 })).toBeVisible();
        fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
        await waitFor(() => expect(screen.getAllByTestId('rejection-row')).toHaveLength(3), { timeout: 2000 });
    });
});
