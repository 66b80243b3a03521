/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CopyField } from '../../admin/src/components/CopyField';
import { readMountSettings } from '../../admin/src/mount';

describe('the admin page shell', () => {
    it('reads its settings from the mount point the Blade view renders', () => {
        const el = document.createElement('div');
        el.dataset.root = '/admin/extensions/tiergate';
        el.dataset.webhookUrl = 'https://panel.example.com/extensions/tiergate/webhook';
        el.dataset.version = '0.1.0';
        expect(readMountSettings(el)).toEqual({
            root: '/admin/extensions/tiergate',
            webhookUrl: 'https://panel.example.com/extensions/tiergate/webhook',
            version: '0.1.0',
        });
    });

    it('copies the webhook URL to paste into Paymenter', async () => {
        const writeText = jest.fn().mockResolvedValue(undefined);
        Object.assign(navigator, { clipboard: { writeText } });
        render(<CopyField label={'Webhook URL'} value={'https://panel.example.com/extensions/tiergate/webhook'} />);

        expect(screen.getByLabelText('Webhook URL')).toHaveValue(
            'https://panel.example.com/extensions/tiergate/webhook',
        );
        fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
        await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument());
        expect(writeText).toHaveBeenCalledWith('https://panel.example.com/extensions/tiergate/webhook');
    });

    it('tells the admin what to do when the clipboard is refused', async () => {
        Object.assign(navigator, { clipboard: { writeText: jest.fn().mockRejectedValue(new Error('denied')) } });
        render(<CopyField label={'Webhook URL'} value={'u'} />);
        fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
        expect(await screen.findByRole('alert')).toHaveTextContent(/select the text/);
    });
});
