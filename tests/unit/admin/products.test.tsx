/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ProductsContainer } from '../../../admin/src/components/products/ProductsContainer';
import { answer, httpError, reset, sent } from './fake-api';
import { calls, renderFresh } from './render';
import * as wire from './wire';

jest.mock('../../../admin/src/api/http', () => require('./fake-api').module);

beforeEach(reset);

const product = (product_key: string, over: object = {}) => ({
    product_key,
    template_key: 'subscriber_knight',
    template_name: 'Knight',
    subscribers: 1,
    unmapped: false,
    ...over,
});

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
