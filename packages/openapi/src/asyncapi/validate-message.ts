import type { Interaction, Message } from '@treaty/core';
import type { SpecInternals } from '../load-openapi';
import type { OpenApiIssue } from '../types';
import { select } from './check-asyncapi';
import { matchMessage } from './check-message';
import type { AsyncApiSpec } from './types';

/**
 * Validate a message a provider actually produced for a message interaction against the AsyncAPI document: the
 * operation's messages (a synchronous interaction's reply messages), found as in the static check, or every message of
 * the document when the interaction names none. Real messages must satisfy the schemas fully (`required` included).
 * @example const issues = validateMessage(spec, interaction, { contents: { content: produced, contentType:
 *   'application/json' } });
 * @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA when a schema of the document does not compile
 */
export function validateMessage(spec: AsyncApiSpec, interaction: Interaction, actual: Message): OpenApiIssue[] {
  const chosen = select(spec, interaction, true);
  if ('problem' in chosen) return [chosen.problem];
  const replies = chosen.operations.flatMap((o) => o.reply ?? []);
  const sync = interaction.type === 'Synchronous/Messages' && replies.length > 0;
  const location = chosen.operations[0]?.location ?? '#/operations';
  return matchMessage(
    spec.internal as SpecInternals,
    sync ? replies : chosen.messages,
    { message: actual, prefix: '', received: false },
    chosen.label,
    sync ? `${location}/reply` : location,
  );
}
