import { scalarText, showTyped } from '../values';
import { stringOption, type RuleCheck } from './rule-types';

const cache = new Map<string, RegExp | null>();

/**
 * Compile a Pact regex; null when it does not compile. The whole value must match, as in the
 * specification's cases (`alligator named .{4}` rejects "alligator named brent") and in Pact JVM.
 */
export function compileRegex(source: string): RegExp | null {
  let re = cache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${source})$`);
    } catch {
      re = null;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(source, re);
  }
  return re;
}

/** `regex`: the value, read as text, matches the regular expression as a whole. */
export const checkRegex: RuleCheck = ({ rule, actual }) => {
  const source = stringOption(rule, 'regex', 'value');
  if (source === undefined) return 'The regex rule has no "regex" to match against';
  const re = compileRegex(source);
  if (re === null) return `The regex '${source}' is not a valid regular expression`;
  const text = scalarText(actual);
  if (text === undefined) return `Expected ${showTyped(actual)} to match '${source}'`;
  return re.test(text) ? undefined : `Expected '${text}' to match '${source}'`;
};
