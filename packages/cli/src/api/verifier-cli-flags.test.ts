import { parseTransports, providerUrlFromParts } from './verifier-cli-flags';

describe('pact_verifier_cli flags', () => {
  it('parses --transports as protocol:port[/path], several per value', () => {
    expect(parseTransports(['grpc:5555 http:8080/api', 'https:8443'])).toEqual([
      { protocol: 'grpc', port: 5555 },
      { protocol: 'http', port: 8080, path: '/api' },
      { protocol: 'https', port: 8443 },
    ]);
    expect(parseTransports(undefined)).toBeUndefined();
  });

  it.each(['grpc', 'grpc:x', ':80', 'http:99999'])('rejects --transports %s', (value) => {
    expect(() => parseTransports([value])).toThrow(
      expect.objectContaining({
        code: 'TREATY_CLI_USAGE',
        message: expect.stringContaining(`--transports '${value}'`),
      }),
    );
  });

  it('builds the provider URL from hostname, port, transport and base path', () => {
    expect(providerUrlFromParts({ hostname: '127.0.0.1', port: 8080 })).toBe('http://127.0.0.1:8080');
    expect(providerUrlFromParts({ port: 3000, transport: 'https', basePath: 'api/v1' })).toBe(
      'https://localhost:3000/api/v1',
    );
    expect(providerUrlFromParts({})).toBeUndefined();
    expect(() => providerUrlFromParts({ port: 1, transport: 'grpc' })).toThrow(
      expect.objectContaining({ code: 'TREATY_CLI_USAGE' }),
    );
  });
});
