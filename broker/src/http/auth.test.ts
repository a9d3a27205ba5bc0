import { neededScope, scopeOf } from './auth';

const auth = {
  adminTokens: ['adm'],
  writeTokens: ['w'],
  readTokens: ['r'],
  basic: { username: 'a', password: 'b' },
  readOnlyBasic: { username: 'ro', password: 'x' },
};
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

describe('auth scopes', () => {
  it('maps credentials to scopes', () => {
    expect(scopeOf(undefined, auth)).toBeUndefined();
    expect(scopeOf('Bearer w', auth)).toBe('write');
    expect(scopeOf('bearer r', auth)).toBe('read');
    expect(scopeOf(basic('a:b'), auth)).toBe('write');
    expect(scopeOf(basic('ro:x'), auth)).toBe('read');
    expect(scopeOf(basic('ro:y'), auth)).toBe('invalid');
    expect(scopeOf('Digest abc', auth)).toBe('invalid');
    expect(scopeOf('Bearer adm', auth)).toBe('admin');
    expect(scopeOf('Bearer other', auth)).toEqual({ bearer: 'other' });
  });

  it('lets the read-write credentials bootstrap the first admin when no admin token is configured', () => {
    const bootstrap = { writeTokens: ['w'], basic: { username: 'a', password: 'b' } };
    expect(scopeOf('Bearer w', bootstrap)).toBe('admin');
    expect(scopeOf(basic('a:b'), bootstrap)).toBe('admin');
  });

  it('treats GETs and the for-verification POST as reads', () => {
    expect(neededScope('GET', '/pacticipants')).toBe('read');
    expect(neededScope('POST', '/pacts/provider/Orders/for-verification')).toBe('read');
    expect(neededScope('POST', '/pacts/provider/Orders/for-verification/x')).toBe('write');
    expect(neededScope('DELETE', '/pacticipants/Web')).toBe('write');
    expect(neededScope('GET', '/admin/tokens')).toBe('admin');
  });
});
