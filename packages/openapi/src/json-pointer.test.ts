import { getAtPointer, instancePathToJsonPath, pointer, pointerToFragment, splitPointer } from './json-pointer';

describe('JSON pointers', () => {
  it('escapes path templates and media types', () => {
    expect(pointer('paths', '/orders/{id}', 'get', 'responses', 200, 'content', 'application/json')).toBe(
      '#/paths/~1orders~1{id}/get/responses/200/content/application~1json',
    );
    expect(splitPointer('#/paths/~1orders~1{id}/a~0b')).toEqual(['paths', '/orders/{id}', 'a~b']);
  });

  it('reads values and turns pointers into URI fragments ajv accepts', () => {
    expect(getAtPointer({ a: [{ b: 1 }] }, '#/a/0/b')).toBe(1);
    expect(getAtPointer({ a: 1 }, '#/a/b')).toBeUndefined();
    expect(pointerToFragment('#/paths/~1orders~1{id}')).toBe('#/paths/~1orders~1%7Bid%7D');
  });

  it('renders ajv instance paths as JSON paths', () => {
    expect(instancePathToJsonPath('/items/0/unit price')).toBe(".items[0]['unit price']");
    expect(instancePathToJsonPath('')).toBe('');
  });
});
