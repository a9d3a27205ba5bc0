import { coreErrors } from '../core-errors';
import { parseJsonPath } from '../json-path/json-path';
import type { Generators, Interaction, MatchingRules, PactWarning } from '../model';

// Categories whose keys are JSON paths into a body; header, query and metadata keys are plain names.
const PATH_CATEGORIES = ['body', 'content'];

interface Part {
  name: string;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

function partsOf(interaction: Interaction): Part[] {
  switch (interaction.type) {
    case 'Synchronous/HTTP':
      return [
        { name: 'request', ...interaction.request },
        { name: 'response', ...interaction.response },
      ];
    case 'Asynchronous/Messages':
      return [{ name: 'message', ...interaction }];
    default:
      return [
        { name: 'request', ...interaction.request },
        ...interaction.response.map((r, i) => ({ name: `response ${i + 1}`, ...r })),
      ];
  }
}

function checkPaths(interaction: string, where: string, kind: string, paths: string[], out: PactWarning[]): void {
  for (const rulePath of paths) {
    try {
      parseJsonPath(rulePath);
    } catch (error) {
      const why = (error as Error).message;
      const { code, message } = coreErrors.TREATY_CORE_INVALID_RULE_PATH([kind, rulePath, interaction, where, why]);
      out.push({ code, message, interaction, where, rulePath });
    }
  }
}

/**
 * The matching-rule and generator paths of the interactions that are not valid JSON paths. The official Pact tools
 * load such pacts and ignore those rules, so parsing goes on and reports them instead of failing.
 * @example findRulePathWarnings(pact.interactions)[0]?.message
 */
export function findRulePathWarnings(interactions: readonly Interaction[]): PactWarning[] {
  const out: PactWarning[] = [];
  for (const interaction of interactions) {
    for (const part of partsOf(interaction)) {
      for (const category of PATH_CATEGORIES) {
        const where = `${part.name} ${category}`;
        checkPaths(
          interaction.description,
          where,
          'matching rule',
          Object.keys(part.matchingRules?.[category] ?? {}),
          out,
        );
        checkPaths(interaction.description, where, 'generator', Object.keys(part.generators?.[category] ?? {}), out);
      }
    }
  }
  return out;
}
