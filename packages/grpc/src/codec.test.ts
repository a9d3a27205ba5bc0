import * as protobuf from 'protobufjs';
import { decodeMessage, encodeMessage } from './codec';

const root = protobuf.parse(
  `syntax = "proto3"; package t; enum E { E0 = 0; E1 = 1; }
message M { string s = 1; int64 n = 2; E e = 3; bytes b = 4; repeated int32 r = 5; }`,
  { keepCase: true },
).root;
const m = root.lookupType('t.M');

describe('encodeMessage and decodeMessage', () => {
  it('round-trip with enums by name, bytes as base64 and 64-bit numbers as numbers', () => {
    const bytes = encodeMessage(m, { s: 'x', n: 5, e: 'E1', b: 'AQI=', r: [1, 2] });
    expect(decodeMessage(m, bytes)).toEqual({ s: 'x', n: 5, e: 'E1', b: 'AQI=', r: [1, 2] });
  });

  it('fills defaults only when asked, as a proto3 reader sees them', () => {
    const bytes = encodeMessage(m, { s: 'x' });
    expect(decodeMessage(m, bytes)).toEqual({ s: 'x' });
    expect(decodeMessage(m, bytes, true)).toEqual({ s: 'x', n: 0, e: 'E0', b: '', r: [] });
  });

  it('rejects bytes that are not the type', () => {
    expect(() => decodeMessage(m, Buffer.from([0xff, 0xff]))).toThrow(/index out of range/);
  });
});
