import type { Interaction, InteractionBase, ProviderState, SpecVersion } from '../model';
import { normalizeMessage, normalizeRequest, normalizeResponse, type NormalizeOptions } from './normalize';
import {
  below,
  expectObject,
  expectString,
  invalid,
  type InputPath,
  type JsonObject,
  type ReadContext,
} from './read-context';

const BASE_KEYS = [
  'type',
  'description',
  'providerState',
  'providerStates',
  'key',
  'pending',
  'comments',
  'pluginConfiguration',
  'interactionMarkup',
  'transport',
  '_id',
];
const HTTP_KEYS = ['request', 'response'];
const MESSAGE_KEYS = ['contents', 'metadata', 'metaData', 'matchingRules', 'generators'];
const TYPES = ['Synchronous/HTTP', 'Asynchronous/Messages', 'Synchronous/Messages'];

/**
 * Read one interaction. `kind` says where it was found: `interactions` (HTTP before V4, typed in V4)
 * or V3 `messages` (asynchronous messages).
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the interaction and JSON path.
 */
export function parseInteraction(
  source: string | undefined,
  path: InputPath,
  json: unknown,
  version: SpecVersion,
  kind: 'interactions' | 'messages',
): Interaction {
  const obj = expectObject({ source }, path, json, 'an interaction object');
  const description = expectString({ source }, below(path, 'description'), obj.description, 'a description string');
  const ctx: ReadContext = { source, interaction: description };
  const type = interactionType(ctx, path, obj, version, kind);
  const base = readBase(ctx, path, obj, description);
  if (type === 'Synchronous/HTTP') {
    const request = normalizeRequest(obj.request, version, partOptions(ctx, below(path, 'request')));
    const response = normalizeResponse(obj.response, version, partOptions(ctx, below(path, 'response')));
    return withExtra({ type, ...base, request, response }, obj, HTTP_KEYS);
  }
  if (type === 'Asynchronous/Messages') {
    return withExtra({ type, ...base, ...normalizeMessage(obj, version, partOptions(ctx, path)) }, obj, MESSAGE_KEYS);
  }
  const request = normalizeMessage(obj.request, version, partOptions(ctx, below(path, 'request')));
  const responsePath = below(path, 'response');
  if (!Array.isArray(obj.response)) invalid(ctx, responsePath, 'an array of response messages', obj.response);
  const response = obj.response.map((item, i) =>
    normalizeMessage(item, version, partOptions(ctx, below(responsePath, i))),
  );
  return withExtra({ type, ...base, request, response }, obj, HTTP_KEYS);
}

function partOptions(ctx: ReadContext, path: InputPath): NormalizeOptions {
  return { source: ctx.source, interaction: ctx.interaction, path };
}

function interactionType(
  ctx: ReadContext,
  path: InputPath,
  obj: JsonObject,
  version: SpecVersion,
  kind: string,
): Interaction['type'] {
  if (kind === 'messages') return 'Asynchronous/Messages';
  if (obj.type === undefined)
    return version === 'V4' && obj.request === undefined && obj.contents !== undefined
      ? 'Asynchronous/Messages'
      : 'Synchronous/HTTP';
  if (!TYPES.includes(obj.type as string)) invalid(ctx, below(path, 'type'), `one of ${TYPES.join(', ')}`, obj.type);
  return obj.type as Interaction['type'];
}

function readBase(ctx: ReadContext, path: InputPath, obj: JsonObject, description: string): InteractionBase {
  const base: InteractionBase = { description, providerStates: readProviderStates(ctx, path, obj) };
  if (obj.key !== undefined) base.key = expectString(ctx, below(path, 'key'), obj.key);
  if (obj.pending !== undefined) {
    if (typeof obj.pending !== 'boolean') invalid(ctx, below(path, 'pending'), 'true or false', obj.pending);
    base.pending = obj.pending;
  }
  for (const key of ['comments', 'pluginConfiguration', 'interactionMarkup'] as const) {
    if (obj[key] !== undefined) base[key] = expectObject(ctx, below(path, key), obj[key]);
  }
  if (obj.transport !== undefined) base.transport = expectString(ctx, below(path, 'transport'), obj.transport);
  if (obj._id !== undefined) base.id = expectString(ctx, below(path, '_id'), obj._id);
  return base;
}

function readProviderStates(ctx: ReadContext, path: InputPath, obj: JsonObject): ProviderState[] {
  const states: ProviderState[] = [];
  if (obj.providerState !== undefined && obj.providerState !== null && obj.providerState !== '') {
    states.push({
      name: expectString(ctx, below(path, 'providerState'), obj.providerState, 'a provider state name'),
    });
  }
  if (obj.providerStates === undefined) return states;
  const listPath = below(path, 'providerStates');
  if (!Array.isArray(obj.providerStates))
    invalid(ctx, listPath, 'an array of provider states { "name": ... }', obj.providerStates);
  obj.providerStates.forEach((item, i) => states.push(readProviderState(ctx, below(listPath, i), item)));
  return states;
}

function readProviderState(ctx: ReadContext, path: InputPath, json: unknown): ProviderState {
  const obj = expectObject(ctx, path, json, 'a provider state { "name": ..., "params": {...} }');
  const state: ProviderState = { name: expectString(ctx, below(path, 'name'), obj.name, 'a provider state name') };
  if (obj.params !== undefined && obj.params !== null)
    state.params = expectObject(ctx, below(path, 'params'), obj.params);
  return state;
}

function withExtra<T extends Interaction>(interaction: T, obj: JsonObject, typeKeys: string[]): T {
  const extraKeys = Object.keys(obj).filter((key) => !BASE_KEYS.includes(key) && !typeKeys.includes(key));
  if (extraKeys.length === 0) return interaction;
  return { ...interaction, extra: Object.fromEntries(extraKeys.map((key) => [key, obj[key]])) };
}
