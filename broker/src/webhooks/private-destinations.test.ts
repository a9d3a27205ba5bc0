import { isLocalName, isPrivateAddress, publicOnlyLookup } from './private-destinations';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '[::1]',
  ])('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '::ffff:8.8.8.8', '2606:4700:4700::1111', 'example.com'])(
    'accepts %s',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('isLocalName', () => {
  it('knows localhost names', () => {
    expect(isLocalName('LOCALHOST')).toBe(true);
    expect(isLocalName('api.localhost.')).toBe(true);
    expect(isLocalName('localhost.example.com')).toBe(false);
  });
});

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves to loopback', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicOnlyLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(error?.code).toBe('EPRIVATEDESTINATION');
    expect(error?.message).toMatch(/localhost resolves to .*loopback/);
  });
});
