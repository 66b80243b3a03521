/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { NotificationsWire } from '../../../contract/admin';
import { NotificationsBox } from '../../../admin/src/components/settings/NotificationsBox';
import { answer, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

const BOT = 'https://bot.example.com/tiergate';
const N8N = 'http://n8n.local:5678/webhook/tiergate';

const status = (over: Partial<NotificationsWire> = {}): NotificationsWire => ({
    urls: [],
    secret_configured: false,
    previous_secret_until: null,
    destinations: [],
    dead: [],
    ...over,
});

beforeEach(() => reset());

describe('notifications box', () => {
    it('saves one URL per line and shows the secret the first URL created, once', async () => {
        let current = status();
        answer('GET /notifications', () => current);
        answer('PUT /notifications', (body: any) => {
            current = status({
                urls: body.urls,
                secret_configured: true,
                destinations: body.urls.map((url: string) => ({
                    url,
                    pending: 0,
                    dead: 0,
                    last_sent_at: null,
                    last_error: null,
                })),
            });
            return { ...current, secret: 'whsec_FIRST' };
        });
        renderFresh(<NotificationsBox />);

        fireEvent.change(await screen.findByLabelText('Notification URLs'), {
            target: { value: ` ${BOT}\n\n${N8N} \n` },
        });
        fireEvent.click(screen.getByRole('button', { name: 'Save URLs' }));

        expect(await screen.findByLabelText('Notification secret')).toHaveValue('whsec_FIRST');
        expect(calls(sent, 'PUT', '/notifications').map((c) => c.body)).toEqual([{ urls: [BOT, N8N] }]);
        fireEvent.click(
            within(screen.getByTestId('new-notification-secret')).getByRole('button', { name: 'I have copied it' }),
        );
        expect(screen.queryByLabelText('Notification secret')).toBeNull();
        expect(await screen.findByTestId('notification-destinations')).toHaveTextContent(N8N);
    });

    it('shows each receiver answer to a test notification', async () => {
        answer('GET /notifications', status({ urls: [BOT], secret_configured: true }));
        answer('POST /notifications/test', {
            results: [{ url: BOT, status: null, error: 'Connection refused', ms: 3.2 }],
        });
        renderFresh(<NotificationsBox />);
        fireEvent.click(await screen.findByRole('button', { name: 'Send test notification' }));
        const result = await screen.findByTestId('notification-test');
        expect(result).toHaveTextContent(`${BOT}: no answer in 3.2 ms — Connection refused`);
    });

    it('says which messages need attention and retries them', async () => {
        answer(
            'GET /notifications',
            status({
                urls: [BOT],
                secret_configured: true,
                destinations: [{ url: BOT, pending: 2, dead: 1, last_sent_at: null, last_error: 'HTTP 500: boom' }],
                dead: [
                    {
                        id: 9,
                        message_id: 'msg_1',
                        type: 'subscriber.access_changed',
                        customer_id: '501',
                        url: BOT,
                        attempts: 10,
                        last_status: 500,
                        last_error: 'HTTP 500: boom',
                        created_at: '2026-11-27T10:00:00Z',
                    },
                ],
            }),
        );
        answer('POST /notifications/retry', { retried: 1 });
        renderFresh(<NotificationsBox />);
        const dead = await screen.findByTestId('dead-notifications');
        expect(dead).toHaveTextContent('1 message failed every try');
        expect(screen.getByTestId('notification-destinations')).toHaveTextContent('HTTP 500: boom');
        fireEvent.click(within(dead).getByRole('button', { name: 'Retry them now' }));
        await screen.findByTestId('dead-notifications');
        expect(calls(sent, 'POST', '/notifications/retry')).toHaveLength(1);
    });
});
