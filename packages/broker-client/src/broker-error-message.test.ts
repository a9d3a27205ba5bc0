import { brokerErrorMessage } from './broker-error-message';

describe('brokerErrorMessage', () => {
  it.each([
    [{ error: { code: 'X', message: 'Failed to find environment' } }, 'Failed to find environment'],
    [{ errors: { name: ['must be unique', 'is too long'], base: ['bad'] } }, 'name: must be unique, is too long; bad'],
    [{ errors: ['one', 'two'] }, 'one; two'],
    [{ error: 'plain' }, 'plain'],
    ['Service Unavailable\n<html>', 'Service Unavailable'],
    [{}, undefined],
    [null, undefined],
  ])('reads %j', (body, expected) => {
    expect(brokerErrorMessage(body)).toBe(expected);
  });
});
