import type { Interaction, Message, Mismatch, Pact } from '@treaty/core';
import { isGrpcInteraction, isProtobufMessage, type GrpcReplayResult } from '@treaty/grpc';
import type { OpenApiIssue } from '@treaty/openapi';
import { validateMessage } from '@treaty/openapi/asyncapi';
import type { VerificationContext } from './context';
import { formatInteractionFailure } from './format-result';
import { hasStatesToRun, setUpStates, tearDownStates } from './provider-states';
import type { InteractionResult } from './types';
import { judgeProtobufMessage, sendGrpcInteraction } from './verify-grpc-interaction';
import { judgeHttpInteraction, sendHttpInteraction, type HttpExchange } from './verify-http-interaction';
import { judgeMessage, produceMessage } from './verify-message-interaction';
import { withTimeout } from './with-timeout';

/** What running an interaction against the provider gave, before it is judged. */
export interface Exchange {
  interaction: Interaction;
  pending: boolean;
  errors: string[];
  http?: HttpExchange;
  message?: Message;
  /** What a gRPC provider answered, already judged. */
  grpc?: GrpcReplayResult;
  /** The pact, for interactions decoded with its protobuf descriptors. */
  pact?: Pact;
  durationMs: number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(ctx: VerificationContext, interaction: Interaction, exchange: Exchange, pact?: Pact): Promise<void> {
  const withStates = hasStatesToRun(ctx.states, interaction.providerStates);
  const values = withStates ? await setUpStates(ctx.states, interaction.providerStates) : {};
  try {
    if (interaction.type === 'Synchronous/HTTP') exchange.http = await sendHttpInteraction(ctx, interaction, values);
    else if (pact && isGrpcInteraction(interaction))
      exchange.grpc = await sendGrpcInteraction(ctx, pact, interaction, values);
    else
      exchange.message = await withTimeout('The message provider', ctx.timeoutMs, () =>
        produceMessage(ctx, interaction),
      );
  } catch (error) {
    const what =
      interaction.type === 'Synchronous/HTTP'
        ? 'Request'
        : exchange.grpc !== undefined || isGrpcInteraction(interaction)
          ? 'gRPC call'
          : 'Message provider';
    exchange.errors.push(`${what} failed: ${messageOf(error)}`);
  }
  if (withStates) await tearDownStates(ctx.states, interaction.providerStates);
}

/**
 * Run one interaction against the provider: beforeEach, state set-up, the request (or message), state teardown,
 * afterEach. Never throws: failures (a state handler's error included) are collected with their messages.
 */
export async function exchangeInteraction(
  ctx: VerificationContext,
  interaction: Interaction,
  pactPending: boolean,
  pact?: Pact,
): Promise<Exchange> {
  const started = performance.now();
  const exchange: Exchange = {
    interaction,
    pending: pactPending || interaction.pending === true,
    errors: [],
    durationMs: 0,
  };
  if (pact) exchange.pact = pact;
  try {
    const { beforeEach } = ctx.options;
    if (beforeEach) await withTimeout('beforeEach', ctx.timeoutMs, beforeEach);
    await run(ctx, interaction, exchange, pact);
  } catch (error) {
    exchange.errors.push(messageOf(error));
  }
  try {
    const { afterEach } = ctx.options;
    if (afterEach) await withTimeout('afterEach', ctx.timeoutMs, afterEach);
  } catch (error) {
    exchange.errors.push(`afterEach failed: ${messageOf(error)}`);
  }
  exchange.durationMs = performance.now() - started;
  return exchange;
}

function compare(ctx: VerificationContext, exchange: Exchange): { mismatches: Mismatch[]; openapi: OpenApiIssue[] } {
  const { interaction } = exchange;
  if (exchange.grpc) return { mismatches: exchange.grpc.mismatches, openapi: [] };
  if (exchange.message && exchange.pact && isProtobufMessage(interaction))
    return { mismatches: judgeProtobufMessage(exchange.pact, interaction, exchange.message), openapi: [] };
  if (interaction.type === 'Synchronous/HTTP' && exchange.http)
    return judgeHttpInteraction(ctx, interaction, exchange.http);
  if (interaction.type !== 'Synchronous/HTTP' && exchange.message) {
    const contract = ctx.asyncapi ? validateMessage(ctx.asyncapi, interaction, exchange.message) : [];
    return { mismatches: judgeMessage(interaction, exchange.message).mismatches, openapi: contract };
  }
  return { mismatches: [], openapi: [] };
}

/** Judge an exchange: match the actual response or message with the expected one. Never throws. */
export function judgeExchange(ctx: VerificationContext, exchange: Exchange): InteractionResult {
  const started = performance.now();
  const { interaction, errors } = exchange;
  let outcome: { mismatches: Mismatch[]; openapi: OpenApiIssue[] } = { mismatches: [], openapi: [] };
  try {
    outcome = compare(ctx, exchange);
  } catch (error) {
    errors.push(`Matching failed: ${messageOf(error)}`);
  }
  const { mismatches, openapi } = outcome;
  const error = errors.length > 0 ? errors.join('; ') : undefined;
  const success = !error && mismatches.length === 0 && !openapi.some((i) => i.severity === 'error');
  // Built field by field (not from spreads) in the report's key order: this runs once per interaction.
  const result = {
    description: interaction.description,
    kind: interaction.type === 'Synchronous/HTTP' ? 'http' : 'message',
  } as InteractionResult;
  if (interaction.id) result.interactionId = interaction.id;
  if (interaction.key) result.key = interaction.key;
  result.providerStates = interaction.providerStates.map((s) => s.name);
  Object.assign(result, commentsOf(interaction.comments));
  if (interaction.type === 'Synchronous/HTTP') {
    result.exchange = {
      method: interaction.request.method,
      path: exchange.http?.path ?? interaction.request.path,
      status: exchange.http?.raw.status,
    };
  } else if (exchange.grpc) result.exchange = { method: 'gRPC', path: exchange.grpc.path };
  result.success = success;
  result.pending = exchange.pending;
  result.mismatches = mismatches;
  result.openapi = openapi;
  if (error) result.error = error;
  result.formatted = success ? '' : formatInteractionFailure(interaction.description, { mismatches, openapi, error });
  result.durationMs = Math.round((exchange.durationMs + performance.now() - started) * 100) / 100;
  return result;
}

// V4 `comments`: the text ones, the test name and the references are shown in the report, as pact-reference shows
// them (a single text comment may be a string).
function commentsOf(
  comments: Record<string, unknown> | undefined,
): Pick<InteractionResult, 'comments' | 'testName' | 'references'> {
  if (!comments) return {};
  const text = Array.isArray(comments.text)
    ? comments.text.map(String)
    : typeof comments.text === 'string' && comments.text !== ''
      ? [comments.text]
      : [];
  const testName = typeof comments.testname === 'string' ? comments.testname : undefined;
  const references = referencesOf(comments.references);
  return { ...(text.length ? { comments: text } : {}), ...(testName ? { testName } : {}), ...references };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// `references` groups name → value pairs by what they refer to, e.g. { asyncapi: { operationId: 'publishOrder' } }.
function referencesOf(value: unknown): Pick<InteractionResult, 'references'> {
  if (!isObject(value)) return {};
  const references: Record<string, Record<string, string>> = {};
  for (const [group, entries] of Object.entries(value)) {
    if (!isObject(entries)) continue;
    references[group] = Object.fromEntries(
      Object.entries(entries).map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
  }
  return Object.keys(references).length ? { references } : {};
}
