import type { Interaction, Pact } from '@treaty/core';
import { checkPactAgainstOpenApi, type CheckPactOptions } from '../check-pact';
import { issue } from '../issues';
import type { SpecInternals } from '../load-openapi';
import { readPactTolerantly } from '../read-pact';
import type { OpenApiCheckResult, OpenApiIssue, OpenApiSpec } from '../types';
import { matchMessage } from './check-message';
import { isAsyncApiSpec, parseAsyncApi } from './load-asyncapi';
import type { AsyncApiMessage, AsyncApiOperation, AsyncApiSpec } from './types';

/** Options of {@link checkPactAgainstAsyncApi}. */
export interface CheckAsyncApiOptions extends CheckPactOptions {
  /**
   * The provider's OpenAPI document, for the pact's HTTP interactions (without one they are reported as unchecked, a
   * warning).
   */
  openapi?: OpenApiSpec;
}

/**
 * Where an interaction says which part of the document it exercises (`comments.references.AsyncAPI`, as PactFlow reads
 * it).
 */
interface References {
  operationId?: string;
  channel?: string;
  messageId?: string;
}

function referencesOf(interaction: Interaction): References | undefined {
  const refs = (interaction.comments?.references as Record<string, unknown> | undefined)?.AsyncAPI;
  return refs !== null && typeof refs === 'object' ? (refs as References) : undefined;
}

/** The operations and messages an interaction exercises, or why none can be found. */
export type Selected =
  { operations: AsyncApiOperation[]; messages: AsyncApiMessage[]; label: string } | { problem: OpenApiIssue };

/** Find what an interaction exercises; `legacy` (pacts that cannot carry references) falls back to every message. */
export function select(spec: AsyncApiSpec, interaction: Interaction, legacy: boolean): Selected {
  const refs = referencesOf(interaction);
  if (!refs || (!refs.operationId && !refs.channel)) {
    // A V3 message pact cannot carry references: every message of the document is a candidate.
    if (legacy)
      return {
        operations: spec.operations,
        messages: spec.operations.flatMap((o) => o.messages),
        label: 'the document',
      };
    return {
      problem: issue(
        'message.references.missing',
        'the interaction does not say which AsyncAPI operation it exercises. Add ' +
          'comments.references.AsyncAPI.operationId (or channel) to it',
        { pactLocation: 'comments.references.AsyncAPI' },
      ),
    };
  }
  const operations = spec.operations.filter((o) =>
    refs.operationId ? o.id === refs.operationId : o.channel === refs.channel || o.address === refs.channel,
  );
  if (operations.length === 0) {
    const known = spec.operations.map((o) => o.id).join(', ') || 'none';
    return {
      problem: issue(
        'message.operation.unknown',
        `${refs.operationId ? `operation ${refs.operationId}` : `channel ${String(refs.channel)}`} is not ` +
          `in the AsyncAPI document (operations: ${known})`,
        { pactLocation: 'comments.references.AsyncAPI', specLocation: '#/operations' },
      ),
    };
  }
  const all = operations.flatMap((o) => o.messages);
  const named = refs.messageId ? all.filter((m) => m.name === refs.messageId) : [];
  return { operations, messages: named.length > 0 ? named : all, label: operations.map((o) => o.id).join(', ') };
}

function checkSync(
  internal: SpecInternals,
  interaction: Extract<Interaction, { type: 'Synchronous/Messages' }>,
  chosen: Exclude<Selected, { problem: OpenApiIssue }>,
): OpenApiIssue[] {
  const requestIssues = matchMessage(
    internal,
    chosen.messages,
    { message: interaction.request, prefix: 'request.', received: false },
    chosen.label,
    chosen.operations[0].location,
  );
  if (requestIssues.some((i) => i.severity === 'error')) return requestIssues;
  const replies = chosen.operations.flatMap((o) => o.reply ?? []);
  if (replies.length === 0) {
    return [
      ...requestIssues,
      issue(
        'message.reply.missing',
        `operation ${chosen.label} has no reply messages, but the interaction expects responses`,
        { pactLocation: 'response', specLocation: chosen.operations[0].location },
      ),
    ];
  }
  const responses = interaction.response.flatMap((response, j) =>
    matchMessage(
      internal,
      replies,
      { message: response, prefix: `response[${j}].`, received: true },
      chosen.label,
      `${chosen.operations[0].location}/reply`,
    ),
  );
  return [...requestIssues, ...responses];
}

function checkMessageInteraction(spec: AsyncApiSpec, interaction: Interaction, legacy: boolean): OpenApiIssue[] {
  const chosen = select(spec, interaction, legacy);
  if ('problem' in chosen) return [chosen.problem];
  const internal = spec.internal as SpecInternals;
  if (interaction.type === 'Synchronous/Messages') return checkSync(internal, interaction, chosen);
  if (interaction.type !== 'Asynchronous/Messages') return [];
  return matchMessage(
    internal,
    chosen.messages,
    { message: interaction, prefix: '', received: true },
    chosen.label,
    chosen.operations[0]?.location ?? '#/operations',
  );
}

/** Where a relative location (`contents.userId`, `response[0].metadata.x`) sits in the pact file. */
function pactPath(pact: Pact, key: string, index: number, relative: string | undefined): string {
  const root = `$.${key}[${index}]`;
  if (!relative) return root;
  const rel =
    pact.specVersion === 'V4'
      ? relative
          .replace(/(^|\.)contents(?=\.|$)/, '$1contents.content')
          .replace('contents.content.contentType', 'contents.contentType')
      : relative;
  return rel.startsWith('[') ? root + rel : `${root}.${rel}`;
}

/**
 * Check the message interactions of a pact (V3 messages, V4 asynchronous and synchronous messages) against an AsyncAPI
 * 2.x or 3.x document: each message must be one the document describes (found by the interaction's
 * `comments.references.AsyncAPI` operation, channel or message id), with a fitting payload, headers and content type.
 * @example const { ok, errors } = checkPactAgainstAsyncApi(JSON.parse(pactText), await loadAsyncApi('asyncapi.yaml'));
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the file is not a pact at all
 */
export function checkPactAgainstAsyncApi(
  pact: Pact | unknown,
  spec: AsyncApiSpec | object,
  options: CheckAsyncApiOptions = {},
): OpenApiCheckResult {
  const { pact: model, positions, unreadable } = readPactTolerantly(pact);
  const loaded = isAsyncApiSpec(spec) ? spec : parseAsyncApi(spec);
  const key =
    model.specVersion === 'V3' &&
    model.interactions.every((i) => i.type === 'Asynchronous/Messages') &&
    !Array.isArray((pact as { interactions?: unknown })?.interactions)
      ? 'messages'
      : 'interactions';
  const all: OpenApiIssue[] = unreadable.map((u) =>
    issue('interaction.unreadable', `interaction ${u.index} cannot be read, so it was not checked: ${u.reason}`, {
      severity: 'warning',
      interaction: { index: u.index, description: u.description },
      pactLocation: `$.${key}[${u.index}]`,
    }),
  );
  const http = options.openapi ? checkPactAgainstOpenApi(model, options.openapi, options) : undefined;
  model.interactions.forEach((interaction, i) => {
    const index = positions[i];
    const where = { index, description: interaction.description };
    if (interaction.type === 'Synchronous/HTTP') {
      if (http)
        all.push(
          ...[...http.errors, ...http.warnings]
            .filter((x) => x.interaction?.index === i)
            .map((x) => ({ ...x, interaction: where })),
        );
      else
        all.push(
          issue(
            'request.spec.missing',
            'this is an HTTP interaction, and no OpenAPI document was given to check it against, so it was not checked',
            { severity: 'warning', interaction: where, pactLocation: `$.${key}[${index}]` },
          ),
        );
      return;
    }
    for (const found of checkMessageInteraction(loaded, interaction, model.specVersion !== 'V4')) {
      all.push({ ...found, interaction: where, pactLocation: pactPath(model, key, index, found.pactLocation) });
    }
  });
  all.sort((a, b) => (a.interaction?.index ?? 0) - (b.interaction?.index ?? 0));
  const errors = all.filter((x) => x.severity === 'error');
  return { ok: errors.length === 0, errors, warnings: all.filter((x) => x.severity === 'warning') };
}
