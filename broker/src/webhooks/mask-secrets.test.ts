import { MASK, maskHeaders, maskRequest } from './mask-secrets';

describe('maskHeaders', () => {
  it('masks every header whose name mentions authorization or token, whatever the case', () => {
    const headers = {
      Authorization: 'Bearer a',
      'x-auth-token': 'b',
      'Proxy-Authorization': 'c',
      TOKEN: 'd',
      'Content-Type': 'application/json',
    };
    expect(maskHeaders(headers)).toEqual({
      Authorization: MASK,
      'x-auth-token': MASK,
      'Proxy-Authorization': MASK,
      TOKEN: MASK,
      'Content-Type': 'application/json',
    });
    expect(headers.Authorization).toBe('Bearer a');
  });
});

describe('maskRequest', () => {
  it('masks the password and secret headers and keeps the rest', () => {
    const masked = maskRequest({
      method: 'POST',
      url: 'https://ci.example.com',
      username: 'u',
      password: 'p',
      headers: { 'X-Token': 't' },
    });
    expect(masked).toEqual({
      method: 'POST',
      url: 'https://ci.example.com',
      username: 'u',
      password: MASK,
      headers: { 'X-Token': MASK },
    });
  });
});
