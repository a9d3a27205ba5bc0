import { matchMetadata, metadataContentType } from './match-metadata';

describe('matchMetadata', () => {
  it('allows extra keys and treats contentType and content-type as one key compared as media types', () => {
    expect(
      matchMetadata(
        { contentType: 'application/json' },
        { 'content-type': 'application/json; charset=utf-8', extra: 1 },
        undefined,
      ),
    ).toEqual([]);
  });

  it('reports missing and different values', () => {
    expect(matchMetadata({ topic: 'a', key: 'k' }, { topic: 'b' }, undefined).map((m) => m.message)).toEqual([
      "Expected metadata 'topic' to be 'a' but received 'b'",
      "Expected metadata 'key' but it was missing",
    ]);
  });

  it('compares scalars by text', () => {
    expect(matchMetadata({ partition: '1' }, { partition: 1 }, undefined)).toEqual([]);
  });

  it('applies metadata rules by key', () => {
    const rules = { key: { matchers: [{ match: 'regex', regex: '^k\\d$' }] } };
    expect(matchMetadata({ key: 'k1' }, { key: 'k9' }, rules)).toEqual([]);
    expect(matchMetadata({ key: 'k1' }, { key: 'x' }, rules)[0]).toMatchObject({
      type: 'metadata',
      path: 'key',
      rule: 'regex',
    });
  });

  it('reads the content type from either key', () => {
    expect(metadataContentType({ 'Content-Type': 'text/plain' })).toBe('text/plain');
    expect(metadataContentType({ contentType: 'application/json' })).toBe('application/json');
    expect(metadataContentType(undefined)).toBeUndefined();
  });
});
