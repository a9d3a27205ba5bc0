import { parseTransports } from './transports';

describe('parseTransports', () => {
  it('reads protocol:port items, several per flag, with an optional path', () => {
    expect(parseTransports(['grpc:5555', 'http:8080 GRPC:7000/base'])).toEqual([
      { protocol: 'grpc', port: 5555 },
      { protocol: 'http', port: 8080 },
      { protocol: 'grpc', port: 7000, path: '/base' },
    ]);
    expect(parseTransports(undefined)).toBeUndefined();
  });

  it.each(['grpc', 'grpc:', 'grpc:port', ':5555', 'grpc:70000'])('rejects %s, saying what the flag takes', (value) => {
    expect(() => parseTransports([value])).toThrow(
      `--transports ${value} is not protocol:port (for example grpc:5555)`,
    );
  });
});
