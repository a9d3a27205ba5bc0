import { startOrdersApi, type RunningOrdersApi } from '@treaty-examples/orders-api';

let api: RunningOrdersApi;
let broken: RunningOrdersApi;

beforeAll(async () => {
  api = await startOrdersApi();
  broken = await startOrdersApi({ broken: 'wrong-type' });
});

afterAll(async () => {
  await Promise.all([api.close(), broken.close()]);
});

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown; type: string | null }> {
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json(), type: response.headers.get('content-type') };
}

describe('the orders API', () => {
  it('creates, lists and fetches orders', async () => {
    const created = await call(api.url, 'POST', '/orders', { items: [{ sku: 'A', quantity: 3, price: 1.5 }] });
    expect(created).toMatchObject({
      status: 201,
      type: 'application/json; charset=utf-8',
      body: { id: 1, status: 'pending', total: 4.5, items: [{ sku: 'A', quantity: 3, price: 1.5 }] },
    });
    expect((created.body as { createdAt: string }).createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await call(api.url, 'GET', '/orders/1')).toMatchObject({ status: 200, body: { id: 1 } });
    expect(await call(api.url, 'GET', '/orders')).toMatchObject({ status: 200, body: [{ id: 1 }] });
    expect(await call(api.url, 'GET', '/orders?status=shipped')).toMatchObject({ status: 200, body: [] });
  });

  it('answers 404 with an error for an unknown order and 400 for a bad new order', async () => {
    expect(await call(api.url, 'GET', '/orders/404')).toEqual({
      status: 404,
      type: 'application/json; charset=utf-8',
      body: { error: 'Order 404 not found' },
    });
    expect(await call(api.url, 'POST', '/orders', { items: [] })).toMatchObject({
      status: 400,
      body: { error: expect.any(String) },
    });
  });

  it('can start broken: the total as a string', async () => {
    const created = await call(broken.url, 'POST', '/orders', { items: [{ sku: 'A', quantity: 1, price: 2 }] });
    expect(created.body).toMatchObject({ total: '2' });
  });
});
