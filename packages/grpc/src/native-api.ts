import type { ProviderState } from '@treaty/core';
import { loadProtoFile, type ProtoDescriptors } from './descriptors';
import { buildGrpcInteraction } from './grpc-interaction';
import { runGrpcTest, type BuiltGrpcInteraction, type GrpcPactTarget } from './grpc-pact-test';
import type { GrpcMockServer } from './mock-server';

/**
 * A message's fields as the plugin takes them, typed from the message's TypeScript type (for example one generated
 * from the `.proto` by protobufjs's `pbts` or ts-proto): each field a literal of its type or a definition string.
 */
export type FieldExpressions<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends ReadonlyArray<infer U>
    ? | Array<U extends object ? FieldExpressions<U> : U | string>
      | string
      | (U extends object ? FieldExpressions<U> & { 'pact:match'?: string } : never)
    : NonNullable<T[K]> extends object
      ? FieldExpressions<NonNullable<T[K]>> | string
      : T[K] | string;
};

/** A gRPC interaction in Treaty's own API. Field values are literals or plugin definitions (`matching(number, 3)`). */
export interface GrpcInteractionOptions<TRequest = Record<string, unknown>, TResponse = Record<string, unknown>> {
  description: string;
  /** Directories the `.proto` file's imports are looked up in, besides its own. */
  includes?: string[];
  /** A `.proto` file path, or descriptors from `parseProto`/`loadProtoFile`. */
  proto: string | ProtoDescriptors;
  /** `Service/method`, e.g. `Calculator/calculateOne`. */
  service: string;
  /** Provider states, by name or with params. */
  given?: Array<string | ProviderState>;
  request?: FieldExpressions<TRequest>;
  /** One response, or several for a server-streaming method. */
  response?: FieldExpressions<TResponse> | Array<FieldExpressions<TResponse>>;
  requestMetadata?: Record<string, unknown>;
  /** Response metadata; `{ 'grpc-status': 'NOT_FOUND', 'grpc-message': '...' }` makes the call fail so. */
  responseMetadata?: Record<string, unknown>;
}

const protoCache = new Map<string, ProtoDescriptors>();

function descriptorsOf(proto: string | ProtoDescriptors, includes: string[] = []): ProtoDescriptors {
  if (typeof proto !== 'string') return proto;
  const key = JSON.stringify([proto, includes]);
  let loaded = protoCache.get(key);
  if (!loaded) protoCache.set(key, (loaded = loadProtoFile(proto, { includes })));
  return loaded;
}

/**
 * Describe a gRPC interaction: what the consumer sends to `Service/method` and what the provider answers.
 * @example
 * grpcInteraction({ description: 'area of a rectangle', proto: 'proto/area.proto', service: 'Calculator/calculateOne',
 *   request: { rectangle: { length: 'matching(number, 3)', width: 'matching(number, 4)' } },
 *   response: { value: 'matching(number, 12)' } })
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction for a bad proto, unknown method or field, or bad
 *   definition
 */
export function grpcInteraction<TRequest = Record<string, unknown>, TResponse = Record<string, unknown>>(
  options: GrpcInteractionOptions<TRequest, TResponse>,
): BuiltGrpcInteraction {
  const { description, service, request, response, requestMetadata, responseMetadata } = options;
  const providerStates = (options.given ?? []).map((s) => (typeof s === 'string' ? { name: s } : s));
  return buildGrpcInteraction({
    description,
    providerStates,
    descriptors: descriptorsOf(options.proto, options.includes),
    service,
    requestMetadata,
    responseMetadata,
    request: request as Record<string, unknown> | undefined,
    response: response as Record<string, unknown> | Array<Record<string, unknown>> | undefined,
  });
}

/**
 * A consumer gRPC pact in Treaty's own API: add interactions, run the test against a mock server, get the pact.
 * @example
 * const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir: 'pacts' });
 * pact.addInteraction(grpcInteraction({ ... }));
 * await pact.executeTest(async (mock) => new AreaClient(mock.address).rectangle(3, 4));
 */
export class GrpcPact {
  private readonly interactions: BuiltGrpcInteraction[] = [];

  constructor(private readonly target: GrpcPactTarget) {}

  /** Add an interaction (from {@link grpcInteraction}). */
  addInteraction(interaction: BuiltGrpcInteraction): this {
    this.interactions.push(interaction);
    return this;
  }

  /**
   * Start a mock server with the interactions added since the last test, run the test, check every interaction
   * was called as described, and merge them into the pact file.
   * @throws TreatyError TREATY_GRPC_MOCK_MISMATCH with a readable report
   */
  async executeTest<T>(test: (mock: GrpcMockServer) => Promise<T>): Promise<T> {
    const built = this.interactions.splice(0);
    return runGrpcTest(this.target, built, test);
  }
}
