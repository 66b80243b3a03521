/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ProductsContainer } from '../../../admin/src/components/products/ProductsContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

const product = wire.product;

describe('products', () => {
    it('says what to do when there are no products and no templates', async () => {
        answer('GET /products', { data: [] });
        answer('GET /templates', { data: [] });
        const go = jest.fn();
        renderFresh(<ProductsContainer onNavigate={go} />);
        expect(await screen.findByText('There are no role templates to map to yet.')).toBeInTheDocument();
        expect(screen.getByText('No products yet.')).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Go to Role templates' }));
        expect(go).toHaveBeenCalledWith('templates');
    });

    it('flags unmapped products with subscribers first, and maps one', async () => {
        let mapped = false;
        answer('GET /products', () => ({
            data: [
                product('alpha'),
                product('quiet', { template_key: null, template_name: null, subscribers: 0, unmapped: true }),
                product(
                    'mystery',
                    mapped ? {} : { template_key: null, template_name: null, subscribers: 2, unmapped: true },
                ),
            ],
        }));
        answer('GET /templates', {
            data: [wire.template(), wire.template({ id: 2, key: 'subscriber_king', name: 'King' })],
        });
        answer('PUT /products/mystery', () => {
            mapped = true;
            return product('mystery', { template_key: 'subscriber_king', template_name: 'King', subscribers: 2 });
        });
        renderFresh(<ProductsContainer />);
        const rows = await screen.findAllByTestId('product-row');
        expect(rows.map((r) => r.querySelector('code')!.textContent)).toEqual(['mystery', 'quiet', 'alpha']);
        expect(rows[0]).toHaveAttribute('data-problem', 'true');
        expect(rows[0]).toHaveTextContent('unmapped');
        expect(screen.getByTestId('unmapped-warning')).toHaveTextContent(
            '1 product with subscribers is mapped to no template',
        );

        fireEvent.change(screen.getByLabelText('Template for mystery'), { target: { value: 'subscriber_king' } });
        expect(
            await screen.findByText('mystery now grants King; its 2 subscriber(s) are being updated.'),
        ).toBeInTheDocument();
        expect(calls(sent, 'PUT', '/products/mystery').map((c) => c.body)).toEqual([
            { template_key: 'subscriber_king' },
        ]);
    });

    it('unmaps with null, and shows a refusal', async () => {
        answer('GET /products', { data: [product('alpha')] });
        answer('GET /templates', { data: [wire.template()] });
        answer('PUT /products/alpha', () => {
            throw httpError(422, { message: 'x', errors: { product_key: ['That key is too long.'] } });
        });
        renderFresh(<ProductsContainer />);
        fireEvent.change(await screen.findByLabelText('Template for alpha'), { target: { value: '' } });
        expect(await screen.findByRole('alert')).toHaveTextContent('alpha: That key is too long.');
        expect(calls(sent, 'PUT', '/products/alpha')[0]!.body).toEqual({ template_key: null });
    });

    it('maps a product that has not been seen yet', async () => {
        answer('GET /products', { data: [product('alpha')] });
        answer('GET /templates', {
            data: [wire.template(), wire.template({ id: 2, key: 'subscriber_king', name: 'King' })],
        });
        answer(
            'PUT /products/new%20tier',
            product('new tier', { template_key: 'subscriber_king', template_name: 'King', subscribers: 0 }),
        );
        renderFresh(<ProductsContainer />);
        const form = await screen.findByRole('form', { name: 'Map a new product' });
        fireEvent.click(within(form).getByRole('button', { name: 'Add mapping' }));
        expect(within(form).getByRole('alert')).toHaveTextContent("Enter the product's slug");
        fireEvent.change(within(form).getByLabelText('Product key'), { target: { value: 'alpha' } });
        fireEvent.click(within(form).getByRole('button', { name: 'Add mapping' }));
        expect(within(form).getByRole('alert')).toHaveTextContent('alpha is already in the table above');
        expect(calls(sent, 'PUT', '/products/alpha')).toHaveLength(0);

        fireEvent.change(within(form).getByLabelText('Product key'), { target: { value: ' new tier ' } });
        fireEvent.change(within(form).getByLabelText('Role template'), { target: { value: 'subscriber_king' } });
        fireEvent.click(within(form).getByRole('button', { name: 'Add mapping' }));
        expect(
            await screen.findByText('new tier now grants King; its 0 subscriber(s) are being updated.'),
        ).toBeInTheDocument();
        expect(calls(sent, 'PUT', '/products/new%20tier').map((c) => c.body)).toEqual([
            { template_key: 'subscriber_king' },
        ]);
        expect(within(form).getByLabelText('Product key')).toHaveValue('');
    });
});

describe('products with real data', () => {
    const junk = [
        'null',
        '2026-11-24T00:00:00Z',
        '🔥🔥🔥-knight-🔥🔥🔥',
        '<b>bold</b><script>alert(1)</script>',
        `very-long-${'x'.repeat(300)}`,
    ];

    it('shows junk keys as text, cut short with the whole key in a tooltip, with the Paymenter name beside', async () => {
        answer('GET /products', {
            data: junk.map((k, i) =>
                product(k, { product_name: i === 4 ? 'Fire Knight (monthly) — the long one' : null, subscribers: i }),
            ),
        });
        answer('GET /templates', { data: [wire.template()] });
        renderFresh(<ProductsContainer />);
        const rows = await screen.findAllByTestId('product-row');
        expect(rows).toHaveLength(5);
        for (const key of junk) {
            const row = rows.find((r) => r.getAttribute('data-product') === key)!;
            const cut = within(row).getAllByTestId('truncated')[0]!;
            expect(cut).toHaveAttribute('title', key);
            expect(cut.textContent).toBe(key);
            // The template column is still in the row, whatever the key.
            expect(within(row).getByLabelText(`Template for ${key}`)).toBeInTheDocument();
        }
        expect(document.querySelector('script')).toBeNull();
        expect(screen.getByText('Fire Knight (monthly) — the long one')).toBeInTheDocument();
    });

    it('ignores an unknown product with a reason, and stops ignoring it', async () => {
        let ignored: string | null = null;
        answer('GET /products', () => ({
            data: [
                product('discord-boost', {
                    template_key: null,
                    template_name: null,
                    unmapped: ignored === null,
                    subscribers: 3,
                    ignored: ignored !== null,
                    ignored_reason: ignored,
                }),
            ],
        }));
        answer('GET /templates', { data: [wire.template()] });
        answer('POST /products/discord-boost/ignore', (body: any) => {
            ignored = body.reason;
            return product('discord-boost', { ignored: true, ignored_reason: body.reason, unmapped: false });
        });
        answer('DELETE /products/discord-boost/ignore', () => {
            ignored = null;
            return product('discord-boost', { template_key: null, unmapped: true });
        });
        renderFresh(<ProductsContainer />);
        expect(await screen.findByTestId('unmapped-warning')).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Ignore discord-boost' }));
        const reason = screen.getByLabelText('Why ignore it?');
        expect(document.activeElement).toBe(reason);
        fireEvent.click(screen.getByRole('button', { name: 'Ignore product' }));
        expect(screen.getByRole('alert')).toHaveTextContent('Say why');
        expect(calls(sent, 'POST', '/products/discord-boost/ignore')).toHaveLength(0);
        fireEvent.change(reason, { target: { value: 'One-off Discord boost, not a tier' } });
        expect(screen.queryByRole('alert')).toBeNull();
        fireEvent.click(screen.getByRole('button', { name: 'Ignore product' }));
        expect(await screen.findByTestId('ignored-reason')).toHaveTextContent(
            'Ignored: One-off Discord boost, not a tier',
        );
        expect(calls(sent, 'POST', '/products/discord-boost/ignore').map((c) => c.body)).toEqual([
            { reason: 'One-off Discord boost, not a tier' },
        ]);
        expect(screen.queryByTestId('unmapped-warning')).toBeNull();
        expect(screen.getByTestId('product-row')).toHaveAttribute('data-problem', 'false');

        fireEvent.click(screen.getByRole('button', { name: 'Stop ignoring' }));
        expect(await screen.findByTestId('unmapped-warning')).toBeInTheDocument();
        expect(calls(sent, 'DELETE', '/products/discord-boost/ignore')).toHaveLength(1);
    });

    it('puts focus on the product key when the mapping form refuses it, and clears the error once fixed', async () => {
        answer('GET /products', { data: [product('alpha')] });
        answer('GET /templates', { data: [wire.template()] });
        renderFresh(<ProductsContainer />);
        const form = await screen.findByRole('form', { name: 'Map a new product' });
        fireEvent.click(within(form).getByRole('button', { name: 'Add mapping' }));
        const key = within(form).getByLabelText('Product key');
        expect(document.activeElement).toBe(key);
        fireEvent.change(key, { target: { value: 'beta' } });
        expect(within(form).queryByRole('alert')).toBeNull();
    });
});
