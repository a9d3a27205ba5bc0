import type { PathSegment, PathToken } from '../json-path/json-path';
import type { RuleHit, RuleIndex } from './rule-index';

// XML rule paths are written both with and without element indexes (`$.a.b.#text`,
// `$.myDates[*].date['#text']`), so index steps may match an element step or nothing.
function weigh(
  tokens: readonly PathToken[],
  ti: number,
  segments: readonly PathSegment[],
  si: number,
): { weight: number; direct: boolean } {
  if (ti === tokens.length) return { weight: 1, direct: si === segments.length };
  const token = tokens[ti];
  const skip =
    token.kind === 'index' || token.kind === 'starIndex'
      ? weigh(tokens, ti + 1, segments, si)
      : { weight: 0, direct: false };
  if (si === segments.length) return skip;
  const step = stepWeight(token, segments[si]);
  const here = step === 0 ? { weight: 0, direct: false } : weigh(tokens, ti + 1, segments, si + 1);
  const taken = { weight: here.weight * step, direct: here.direct };
  return taken.weight >= skip.weight ? taken : skip;
}

function stepWeight(token: PathToken, segment: PathSegment): number {
  if (token.kind === 'field') return token.name === String(segment) ? 2 : 0;
  if (token.kind === 'star') return 1;
  return 0;
}

/** The best rules for an XML location (element names, `@attribute`, `#text`), or undefined. */
export function xmlRules(rules: RuleIndex, segments: readonly PathSegment[]): RuleHit | undefined {
  if (rules.isEmpty) return undefined;
  return rules.bestBy((tokens) => {
    if (tokens[0]?.kind !== 'root') return { weight: 0, direct: false };
    const result = weigh(tokens, 1, segments, 0);
    return { weight: result.weight * 2, direct: result.direct };
  });
}
