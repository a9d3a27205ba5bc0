import type { HttpInteraction, HttpRequest, HttpResponse } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { JsonMap, Path, StatusCodeMatcher } from '../matchers/matcher-types';
import { finishRequest, finishResponse, newHttpDraft } from './http-draft';
import {
  addComment,
  addReference,
  addState,
  metaFields,
  newMeta,
  setTestName,
  type Comment,
  type CustomComment,
  type InteractionMeta,
} from './interaction-meta';
import type { PactV4Options } from './pact-options';
import type { PactTarget } from '../pact-file/pact-registry';
import { runHttpTest, type V4MockServer } from './run-http-test';
import { v3Request, v3Response } from './v3-parts';
import { RequestBuilder, ResponseBuilder } from './v4-http-builders';
import type {
  V4InteractionWithCompleteRequest,
  V4InteractionWithRequest,
  V4InteractionWithResponse,
  V4RequestBuilderFunc,
  V4Request,
  V4Response,
  V4ResponseBuilderFunc,
  V4UnconfiguredInteraction,
} from './v4-http-types';

/** Where a V4 interaction runs: the pact's options and pact file. */
export interface V4Context {
  opts: PactV4Options;
  target: PactTarget;
  /**
   * HTTP interactions of this pact given a response but not run yet. As in pact-js, the next
   * `executeTest` serves (and expects) all of them, whichever interaction it is called on.
   */
  pending?: HttpInteraction[];
}

/** Shared state-and-annotation methods of V4 interactions and messages. */
export class MetaBuilder {
  /** Start with an empty description. */
  constructor(protected readonly meta: InteractionMeta = newMeta()) {}

  /** Add a provider state, with optional params. */
  given(state: string, parameters?: JsonMap): this {
    addState(this.meta, state, parameters);
    return this;
  }

  /** Mark the interaction pending (V4). */
  pending(pending = true): this {
    this.meta.pending = pending;
    return this;
  }

  /** Add a V4 comment. */
  comment(comment: Comment | CustomComment): this {
    addComment(this.meta, comment);
    return this;
  }

  /** Record the test's name (V4). */
  testName(name: string): this {
    setTestName(this.meta, name);
    return this;
  }

  /** Add a V4 reference. */
  reference(group: string, name: string, value: string): this {
    addReference(this.meta, group, name, value);
    return this;
  }

  /** Set the V4 interaction `key`, which identifies it across versions of the pact (a Treaty extension). */
  key(key: string): this {
    this.meta.key = key;
    return this;
  }
}

/** An HTTP interaction being defined (pact-js `UnconfiguredInteraction`). */
export class UnconfiguredInteraction extends MetaBuilder implements V4UnconfiguredInteraction {
  /** Bind to a pact. */
  constructor(private readonly context: V4Context) {
    super();
  }

  /** Set the description. */
  uponReceiving(description: string): this {
    this.meta.description = description;
    return this;
  }

  /** Set the request; the builder adds query, headers and body. */
  withRequest(method: string, path: Path, builder?: V4RequestBuilderFunc): V4InteractionWithRequest {
    const draft = newHttpDraft();
    builder?.(new RequestBuilder(draft));
    return new InteractionWithRequest(this.context, this.meta, finishRequest(method, path, draft));
  }

  /** Set the whole request from a V3-style request object (values may be matchers). */
  withCompleteRequest(request: V4Request): V4InteractionWithCompleteRequest {
    return new InteractionWithCompleteRequest(this.context, this.meta, v3Request(request));
  }
}

function completeInteraction(
  context: V4Context,
  meta: InteractionMeta,
  request: HttpRequest,
  response: HttpResponse,
): InteractionWithResponse {
  if (!meta.description) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
      `${request.method} ${request.path}`,
      'it has no description (call uponReceiving)',
    ]);
  }
  const interaction: HttpInteraction = { type: 'Synchronous/HTTP', ...metaFields(meta), request, response };
  context.pending?.push(interaction);
  return new InteractionWithResponse(context, interaction);
}

/** An HTTP interaction with a whole request (pact-js `V4InteractionWithCompleteRequest`). */
export class InteractionWithCompleteRequest implements V4InteractionWithCompleteRequest {
  /** Hold the request. */
  constructor(
    private readonly context: V4Context,
    private readonly meta: InteractionMeta,
    private readonly request: HttpRequest,
  ) {}

  /**
   * Set the whole response from a V3-style response object.
   * @throws TREATY_CONSUMER_INVALID_INTERACTION when the interaction has no description.
   */
  withCompleteResponse(response: V4Response): V4InteractionWithResponse {
    return completeInteraction(this.context, this.meta, this.request, v3Response(response));
  }
}

/** An HTTP interaction with its request. */
export class InteractionWithRequest implements V4InteractionWithRequest {
  /** Hold the request. */
  constructor(
    private readonly context: V4Context,
    private readonly meta: InteractionMeta,
    private readonly request: HttpRequest,
  ) {}

  /** Set the response; the builder adds headers and body. */
  willRespondWith(
    status: number | StatusCodeMatcher<number>,
    builder?: V4ResponseBuilderFunc,
  ): V4InteractionWithResponse {
    const draft = newHttpDraft();
    builder?.(new ResponseBuilder(draft));
    return completeInteraction(this.context, this.meta, this.request, finishResponse(status, draft));
  }
}

/** A complete HTTP interaction. */
export class InteractionWithResponse implements V4InteractionWithResponse {
  /** Hold the interaction. */
  constructor(
    private readonly context: V4Context,
    readonly interaction: HttpInteraction,
  ) {}

  /**
   * Run the test against a mock server serving this interaction and any other of the pact defined since
   * the last run (as pact-js does); they go into the pact when it passes.
   * @throws TREATY_CONSUMER_MOCK_MISMATCH (as a rejection) when requests were missing, unexpected or mismatched.
   */
  executeTest<T>(testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T | undefined> {
    // Only those defined before this one: a concurrent test's later interaction stays for its own run.
    const pending = this.context.pending ?? [];
    const index = pending.indexOf(this.interaction);
    const interactions = index >= 0 ? pending.splice(0, index + 1) : [this.interaction];
    return runHttpTest(this.context.opts, this.context.target, interactions, testFn);
  }
}
