/** The deepest nesting of arrays and objects a request body may have (documented in the broker README). */
export const MAX_JSON_DEPTH = 256;

type Frame = { children: unknown[]; keys: (string | number)[]; next: number };

function frameOf(value: unknown): Frame | undefined {
  if (Array.isArray(value)) return { children: value, keys: value.map((_, i) => i), next: 0 };
  if (value && typeof value === 'object') return { children: Object.values(value), keys: Object.keys(value), next: 0 };
  return undefined;
}

/**
 * The path to the first place a parsed JSON value nests deeper than `max` levels, or undefined when it does not.
 * Iterative, so a hostile document cannot overflow the stack here.
 * @example pathBeyondDepth({ a: [[1]] }, 2) // ['a', 0]
 */
export function pathBeyondDepth(value: unknown, max: number = MAX_JSON_DEPTH): (string | number)[] | undefined {
  const root = frameOf(value);
  if (!root) return undefined;
  const stack: Frame[] = [root];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next >= top.children.length) {
      stack.pop();
      continue;
    }
    const child = frameOf(top.children[top.next++]);
    if (!child) continue;
    if (stack.length >= max) return stack.map((frame) => frame.keys[frame.next - 1]);
    stack.push(child);
  }
  return undefined;
}

/** A short rendering of a (possibly very long) path: its first segments, then how many more. */
export function describePath(segments: readonly (string | number)[]): string {
  const shown = segments
    .slice(0, 6)
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('');
  return `$${shown}${segments.length > 6 ? `... (${segments.length - 6} more levels)` : ''}`;
}

/**
 * The deepest nesting of `{`/`[` in a JSON or YAML flow text (brackets inside double-quoted strings do not count).
 * A text scan, so a document too deep to parse safely is measured without parsing it.
 * @example bracketDepth('{"a":[1,{"b":"[["}]}') // 3
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}
