import { readBinOptions } from './bin-options';

describe('treaty-broker options', () => {
  it('applies the defaults', () => {
    const read = readBinOptions([], {});
    expect(read).toMatchObject({
      help: false,
      options: { port: 9292, host: '127.0.0.1', database: './treaty-broker.db', publicRead: false },
    });
  });

  it('reads flags before env vars', () => {
    const read = readBinOptions(
      ['--port', '0', '--token', 'a', '--token', 'b', '--basic-auth', 'u:p:q', '--webhook-scheme', 'http'],
      { PORT: '1234', TREATY_BROKER_DATABASE_URL: 'postgres://x/y', TREATY_BROKER_READ_TOKEN: 'r1,r2' },
    );
    expect(read).toMatchObject({
      options: {
        port: 0,
        databaseUrl: 'postgres://x/y',
        auth: { writeTokens: ['a', 'b'], readTokens: ['r1', 'r2'], basic: { username: 'u', password: 'p:q' } },
        webhooks: { allowedSchemes: ['http'] },
      },
    });
  });

  it('opens the badges to everyone with --public-badges or TREATY_BROKER_PUBLIC_BADGES=true', () => {
    expect(readBinOptions([], {})).toMatchObject({ options: { publicBadges: false } });
    expect(readBinOptions(['--public-badges'], {})).toMatchObject({ options: { publicBadges: true } });
    expect(readBinOptions([], { TREATY_BROKER_PUBLIC_BADGES: 'true' })).toMatchObject({
      options: { publicBadges: true },
    });
  });

  it('rejects bad values with TREATY_BROKER_INVALID_OPTIONS', () => {
    expect(() => readBinOptions(['--port', 'abc'], {})).toThrow(
      expect.objectContaining({ code: 'TREATY_BROKER_INVALID_OPTIONS' }),
    );
    expect(() => readBinOptions(['--basic-auth', 'nopass'], {})).toThrow(/--basic-auth must be user:password/);
    expect(readBinOptions(['--help'], {})).toEqual({ help: true });
  });
});
