import * as protobuf from 'protobufjs';
import { loadDescriptors, parseProto } from './descriptors';

describe('descriptors read back from a pact', () => {
  it('keep map fields as maps', () => {
    const parsed = parseProto(
      'syntax = "proto3"; package t; message M { map<string, int32> sizes = 1; map<int32, M> children = 2; }',
      't.proto',
    );
    const { root } = loadDescriptors(parsed.descriptorBytes, 'an interaction');
    const type = root.lookupType('t.M');
    expect(type.fields.sizes).toBeInstanceOf(protobuf.MapField);
    expect(type.fields.children).toMatchObject({ keyType: 'int32' });
    const bytes = type.encode(type.fromObject({ sizes: { m: 3 } })).finish();
    expect(type.toObject(type.decode(bytes))).toEqual({ sizes: { m: 3 } });
  });

  it('say which interaction has descriptors that do not decode', () => {
    expect(() => loadDescriptors('bm90IGEgZGVzY3JpcHRvcg==', 'get a place')).toThrow(
      /^Failed to load the protobuf descriptors of interaction "get a place": /,
    );
  });

  it('are keyed by the md5 of their bytes, as the plugin keys them', () => {
    const parsed = parseProto('syntax = "proto3"; message A {}');
    expect(parsed.key).toMatch(/^[0-9a-f]{32}$/);
    expect(loadDescriptors(parsed.descriptorBytes, 'x').key).toBe(parsed.key);
  });
});
