/** Random helpers for generators (Math.random: examples, not secrets). */

/** A random integer in [min, max]. */
export function randomInt(min: number, max: number): number {
  return Math.floor(Math.random() * (max - min + 1)) + min;
}

/** A random character of `chars`. */
export function randomChar(chars: string): string {
  return chars[randomInt(0, chars.length - 1)];
}

/** `count` random characters of `chars`. */
export function randomChars(chars: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += randomChar(chars);
  return out;
}
