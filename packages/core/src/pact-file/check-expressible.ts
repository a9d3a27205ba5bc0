import { coreErrors } from '../core-errors';
import type { Interaction, MatchingRules } from '../model';
import type { PartVersion } from './write-parts';

const V2_RULE_CATEGORIES = ['body', 'header', 'query', 'path'];

/**
 * Refuse to write what a version cannot express, rather than dropping it silently:
 * V1 has no matching rules; V2 has no messages, generators, several provider states or state parameters;
 * V3 has no synchronous messages.
 * @throws TreatyError TREATY_CORE_INEXPRESSIBLE_IN_SPEC naming the interaction and what it has.
 */
export function checkExpressible(interaction: Interaction, version: PartVersion): void {
  const problem = PROBLEMS[version]?.(interaction);
  if (problem === undefined) return;
  const instead = INSTEAD[version] ?? 'V4';
  throw coreErrors.TREATY_CORE_INEXPRESSIBLE_IN_SPEC([version, interaction.description, problem, version, instead], {
    interaction: interaction.description,
  });
}

const INSTEAD: Partial<Record<PartVersion, string>> = { V1: 'V2, V3 or V4', V2: 'V3 or V4' };

const PROBLEMS: Partial<Record<PartVersion, (interaction: Interaction) => string | undefined>> = {
  V1: (interaction) => v2Problem(interaction) ?? v1Problem(interaction),
  V2: (interaction) => v2Problem(interaction),
  V3: (interaction) => v3Problem(interaction),
};

function v1Problem(interaction: Interaction): string | undefined {
  if (interaction.type !== 'Synchronous/HTTP') return 'a message';
  const hasRules = [interaction.request, interaction.response].some((part) =>
    Object.values(part.matchingRules ?? {}).some((byPath) => Object.keys(byPath).length > 0),
  );
  return hasRules ? 'matching rules' : undefined;
}

function v3Problem(interaction: Interaction): string | undefined {
  return interaction.type === 'Synchronous/Messages'
    ? 'a synchronous message (request and response messages)'
    : undefined;
}

function v2Problem(interaction: Interaction): string | undefined {
  if (interaction.type !== 'Synchronous/HTTP') return 'a message';
  if (interaction.providerStates.length > 1) return 'several provider states';
  if (interaction.providerStates.some((state) => state.params !== undefined)) return 'provider state parameters';
  const parts = [interaction.request, interaction.response];
  if (parts.some((part) => part.generators !== undefined && Object.keys(part.generators).length > 0))
    return 'generators';
  const category = parts.map((part) => unsupportedCategory(part.matchingRules)).find((c) => c !== undefined);
  return category === undefined ? undefined : `matching rules for "${category}"`;
}

function unsupportedCategory(rules: MatchingRules | undefined): string | undefined {
  return Object.keys(rules ?? {}).find(
    (category) => !V2_RULE_CATEGORIES.includes(category) && Object.keys(rules![category]).length > 0,
  );
}
