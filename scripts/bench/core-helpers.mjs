/**
 * Core's SHA-1 (hand-written) against node:crypto, and core's base64 (atob/btoa since decision 0001) against the
 * hand-written bit-loop codec it replaced, each pair measured in the same run; `ratio` is baseline time / core time
 * (above 1: core is faster). Feeds docs/decisions/0001-libraries.md.
 * Run with `node scripts/bench/core-helpers.mjs` after `npx tsc -b packages/core`. About 10 seconds.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { sha1Hex } = require('../../packages/core/dist/sha1.js');
const { base64ToBytes, bytesToBase64 } = require('../../packages/core/dist/body/base64.js');

function perSecond(fn, ms = 1000) {
  for (let i = 0; i < 3; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

function row(name, core, baseline) {
  const c = perSecond(core);
  const b = perSecond(baseline);
  console.log(
    `${name.padEnd(40)} core ${c.toFixed(0).padStart(7)}/s  baseline ${b.toFixed(0).padStart(7)}/s  ` +
      `ratio ${(c / b).toFixed(2)}`,
  );
}

// The hand-written codec core used before it moved to atob/btoa, kept here as the baseline.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function handEncode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}
function handDecode(text) {
  const clean = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const char of clean) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, j);
}

const text1k = 'x'.repeat(1024);
const text1m = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}` }))).slice(
  0,
  1 << 20,
);
const bytes1m = new Uint8Array(1 << 20).map((_, i) => (i * 31) & 255);
const b64 = Buffer.from(bytes1m).toString('base64');

if (sha1Hex(text1k) !== createHash('sha1').update(text1k).digest('hex')) throw new Error('sha1 differs');
if (bytesToBase64(bytes1m) !== handEncode(bytes1m)) throw new Error('base64 encode differs');
if (Buffer.compare(Buffer.from(base64ToBytes(b64)), Buffer.from(handDecode(b64))) !== 0)
  throw new Error('decode differs');

row(
  'sha1 1 KB (baseline node:crypto)',
  () => sha1Hex(text1k),
  () => createHash('sha1').update(text1k).digest('hex'),
);
row(
  'sha1 1 MB (baseline node:crypto)',
  () => sha1Hex(text1m),
  () => createHash('sha1').update(text1m).digest('hex'),
);
row(
  'base64 encode 1 MB (baseline hand-written)',
  () => bytesToBase64(bytes1m),
  () => handEncode(bytes1m),
);
row(
  'base64 decode 1 MB (baseline hand-written)',
  () => base64ToBytes(b64),
  () => handDecode(b64),
);
