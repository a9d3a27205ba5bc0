import { coreErrors } from '../core-errors';
import { parseJsonPath } from '../json-path/json-path';
import type { Interaction, MatchingRules, PactWarning } from '../model';

// Categories whose keys are JSON paths into a body; header, query and metadata keys are plain names.
const PATH_CATEGORIES = ['body', 'content'];

interface Part {
  name: string;
  matchingRules?: MatchingRules;
}

function partsOf(interaction: Interaction): Part[] {
  switch (interaction.type) {
    case 'Synchronous/HTTP':
      return [
        { name: 'request', matchingRules: interaction.request.matchingRules },
        { name: 'response', matchingRules: interaction.response.matchingRules },
      ];
    case 'Asynchronous/Messages':
      return [{ name: 'message', matchingRules: interaction.matchingRules }];
    default:
      return [
        { name: 'request', matchingRules: interaction.request.matchingRules },
        ...interaction.response.map((r, i) => ({ name: `response ${i + 1}`, matchingRules: r.matchingRules })),
      ];
  }
}

// Paths known to parse: a pact repeats the same few rule paths in every interaction.
const goodPaths = new Set<string>();

function badPath(interaction: string, part: string, category: string, rulePath: string): PactWarning | undefined {
  if (goodPaths.has(rulePath)) return undefined;
  try {
    parseJsonPath(rulePath);
    if (goodPaths.size >= 10_000) goodPaths.clear();
    goodPaths.add(rulePath);
    return undefined;
  } catch (error) {
    const where = `${part} ${category}`;
    const why = (error as Error).message;
    const { code, message } = coreErrors.TREATY_CORE_INVALID_RULE_PATH([rulePath, interaction, where, why]);
    return { code, message, interaction, where, rulePath };
  }
}

/**
 * The matching-rule paths of the interactions that are not valid JSON paths. The official Pact tools load such pacts
 * and ignore those rules, so parsing goes on and reports them instead of failing. (A generator with a bad path
 * fails with TREATY_CORE_INVALID_GENERATOR when it is applied.)
 * @example findRulePathWarnings(pact.interactions)[0]?.message
 */
export function findRulePathWarnings(interactions: readonly Interaction[]): PactWarning[] {
  const out: PactWarning[] = [];
  for (const interaction of interactions) {
    for (const part of partsOf(interaction)) {
      for (const category of PATH_CATEGORIES) {
        for (const rulePath of Object.keys(part.matchingRules?.[category] ?? {})) {
          const warning = badPath(interaction.description, part.name, category, rulePath);
          if (warning) out.push(warning);
        }
      }
    }
  }
  return out;
}
