import type { Interaction, Mismatch } from '@treaty/core';
import type { OpenApiIssue } from '@treaty/openapi';
import type { VerificationContext } from './context';
import { formatInteractionFailure } from './format-result';
import { setUpStates, tearDownStates } from './provider-states';
import type { InteractionResult, JsonMap } from './types';
import { verifyHttpInteraction } from './verify-http-interaction';
import { verifyMessageInteraction } from './verify-message-interaction';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function runChecks(ctx: VerificationContext, interaction: Interaction, values: JsonMap): Promise<{ mismatches: Mismatch[]; openapi: OpenApiIssue[] }> {
  if (interaction.type === 'Synchronous/HTTP') return verifyHttpInteraction(ctx, interaction, values);
  const result = await verifyMessageInteraction(ctx, interaction);
  return { mismatches: result.mismatches, openapi: [] };
}

/**
 * Verify one interaction: beforeEach, state set-up, replay and compare, state teardown, afterEach.
 * Never throws: every failure (a state handler's error included) becomes a failed result with its message.
 */
export async function verifyInteraction(ctx: VerificationContext, interaction: Interaction, pactPending: boolean): Promise<InteractionResult> {
  const started = performance.now();
  let mismatches: Mismatch[] = [];
  let openapi: OpenApiIssue[] = [];
  const errors: string[] = [];
  try {
    await ctx.options.beforeEach?.();
    const values = await setUpStates(ctx.states, interaction.providerStates);
    try {
      ({ mismatches, openapi } = await runChecks(ctx, interaction, values));
    } catch (error) {
      errors.push(`Request failed: ${messageOf(error)}`);
    }
    await tearDownStates(ctx.states, interaction.providerStates);
  } catch (error) {
    errors.push(messageOf(error));
  }
  try {
    await ctx.options.afterEach?.();
  } catch (error) {
    errors.push(`afterEach failed: ${messageOf(error)}`);
  }
  const error = errors.length > 0 ? errors.join('; ') : undefined;
  const success = !error && mismatches.length === 0 && !openapi.some((i) => i.severity === 'error');
  return {
    description: interaction.description,
    kind: interaction.type === 'Synchronous/HTTP' ? 'http' : 'message',
    ...(interaction.id ? { interactionId: interaction.id } : {}),
    ...(interaction.key ? { key: interaction.key } : {}),
    providerStates: interaction.providerStates.map((s) => s.name),
    success,
    pending: pactPending || interaction.pending === true,
    mismatches,
    openapi,
    ...(error ? { error } : {}),
    formatted: success ? '' : formatInteractionFailure(interaction.description, { mismatches, openapi, error }),
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
