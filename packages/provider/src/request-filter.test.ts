import { applyRequestFilter } from './request-filter';

const request = {
  method: 'GET',
  path: '/orders',
  query: { page: ['2'] },
  headers: { Accept: ['application/json'] },
  body: undefined,
};

describe('applyRequestFilter', () => {
  it('lets an express-style filter change headers, then continues on next()', async () => {
    const { request: out } = await applyRequestFilter(
      (req, _res, next) => {
        expect(req.get('accept')).toBe('application/json');
        expect(req.query).toEqual({ page: '2' });
        expect(req.url).toBe('/orders?page=2');
        req.headers.authorization = 'Bearer x';
        next();
      },
      request,
      'page=2',
      1000,
    );
    expect(out.headers).toEqual({ accept: 'application/json', authorization: 'Bearer x' });
  });

  it('accepts async filters that never call next, and reports errors and hangs', async () => {
    await expect(
      applyRequestFilter(async (req) => void (req.headers.x = '1'), request, '', 1000),
    ).resolves.toMatchObject({ request: { headers: { x: '1' } } });
    await expect(
      applyRequestFilter((_req, _res, next) => next(new Error('no token')), request, '', 1000),
    ).rejects.toThrow('no token');
    await expect(applyRequestFilter(() => undefined, request, '', 50)).rejects.toThrow(
      'requestFilter did not call next() within 50 ms',
    );
    await expect(
      applyRequestFilter((_req, res) => (res as { send(): void }).send(), request, '', 1000),
    ).rejects.toThrow('cannot answer it');
  });
});
