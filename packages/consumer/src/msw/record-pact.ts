import type { HttpInteraction, WritableSpecVersion } from '@treaty/core';
import { HttpResponse } from 'msw';
import { consumerErrors } from '../errors';
import { preparePactWriting } from '../dsl/prepare-test-file';
import { addState, newMeta, type InteractionMeta } from '../dsl/interaction-meta';
import { reify } from '../matchers/reify';
import { recordInteractions, type PactTarget } from '../pact-file/pact-registry';
import { addTemplate, emptyRulesDraft, finishRules } from '../template/rules-draft';
import { modelFromFetchRequest, responseBodyValue } from './fetch-request';
import { pathTemplate } from './path-template';

/** The parts of msw's `setupServer()`/`setupWorker()` API the recorder uses. */
export interface MswLifeCycleSource {
  events: {
    on(
      event: 'response:mocked',
      listener: (args: { request: Request; requestId: string; response: Response }) => void,
    ): void;
    removeListener(
      event: 'response:mocked',
      listener: (args: { request: Request; requestId: string; response: Response }) => void,
    ): void;
  };
  listHandlers(): readonly unknown[];
}

/** Options of {@link recordPact}. */
export interface RecordPactOptions {
  consumer: string;
  provider: string;
  /** Default `./pacts`. */
  dir?: string;
  /** Default V4. */
  specVersion?: WritableSpecVersion;
  /** Only record requests under this URL; its path is removed. */
  baseUrl?: string;
  /** Request headers to record (lower case). Default: content-type, accept. */
  requestHeaders?: string[];
}

const RECORDED_RESPONSE_HEADERS = ['content-type'];

/** Records a pact from an msw setup's mocked responses. */
export class PactRecorder {
  private readonly target: PactTarget;
  private readonly templates = new Map<string, unknown>();
  private readonly pending: Promise<void>[] = [];
  private readonly errors: Error[] = [];
  private states: InteractionMeta['providerStates'] = [];
  private nextDescription?: string;
  private readonly listener = (args: { request: Request; requestId: string; response: Response }) => {
    const states = this.states;
    const description = this.nextDescription;
    this.nextDescription = undefined;
    this.pending.push(this.record(args, states, description).catch((error: Error) => void this.errors.push(error)));
  };

  /** Start listening to `source`'s life-cycle events. */
  constructor(
    private readonly source: MswLifeCycleSource,
    private readonly options: RecordPactOptions,
  ) {
    this.target = {
      consumer: options.consumer,
      provider: options.provider,
      dir: options.dir,
      specVersion: options.specVersion ?? 'V4',
    };
    preparePactWriting();
    source.events.on('response:mocked', this.listener);
  }

  /** Provider state for the requests that follow (until `clearStates`). */
  given(state: string, params?: Record<string, unknown>): this {
    const holder = newMeta();
    addState(holder, state, params);
    this.states = [...this.states, ...holder.providerStates];
    return this;
  }

  /** Forget the provider states (call in `afterEach`). */
  clearStates(): this {
    this.states = [];
    return this;
  }

  /** Use this description for the next recorded request instead of `METHOD /path/{param} -> status`. */
  describeNext(description: string): this {
    this.nextDescription = description;
    return this;
  }

  /**
   * A JSON response for a handler whose body template (matchers allowed) becomes the recorded response's rules.
   * @example http.get('/orders/:id', (info) => recorder.json(info, { id: integer(1) }))
   */
  json(info: { requestId: string }, template: unknown, init?: ResponseInit): Response {
    this.templates.set(info.requestId, template);
    return HttpResponse.json(reify(template), init);
  }

  /**
   * Wait for recordings in flight and stop listening; pending interactions are written with the other pacts.
   * @throws TREATY_CONSUMER_CONFLICTING_INTERACTION when two recordings share a description and states but differ.
   */
  async stop(): Promise<void> {
    this.source.events.removeListener('response:mocked', this.listener);
    await Promise.all(this.pending);
    if (this.errors.length) throw this.errors[0];
  }

  private async record(
    args: { request: Request; requestId: string; response: Response },
    states: InteractionMeta['providerStates'],
    description?: string,
  ): Promise<void> {
    const base = this.options.baseUrl ? new URL(this.options.baseUrl) : undefined;
    if (base && !args.request.url.startsWith(base.origin + base.pathname.replace(/\/$/, ''))) return;
    const interaction = await this.toInteraction(
      args,
      states,
      description,
      base ? base.pathname.replace(/\/$/, '') : '',
    );
    recordInteractions(this.target, [interaction]);
  }

  private async toInteraction(
    { request, requestId, response }: { request: Request; requestId: string; response: Response },
    states: InteractionMeta['providerStates'],
    description: string | undefined,
    basePath: string,
  ): Promise<HttpInteraction> {
    const actual = await modelFromFetchRequest(request, basePath);
    const keep = new Set(this.options.requestHeaders ?? ['content-type', 'accept']);
    const headers = Object.fromEntries(
      Object.entries(actual.headers ?? {}).filter(([name]) => keep.has(name.toLowerCase())),
    );
    const template = pathTemplate(this.source.listHandlers(), request).slice(basePath.length) || '/';
    const recorded = await this.recordedResponse(requestId, response);
    return {
      type: 'Synchronous/HTTP',
      description: description ?? `${actual.method} ${template} -> ${response.status}`,
      providerStates: states.map((s) => ({ ...s })),
      request: { ...actual, headers: Object.keys(headers).length ? headers : undefined },
      response: recorded,
    };
  }

  private async recordedResponse(requestId: string, response: Response): Promise<HttpInteraction['response']> {
    const headers: Record<string, string[]> = {};
    response.headers.forEach((value, name) => {
      if (RECORDED_RESPONSE_HEADERS.includes(name)) headers[name === 'content-type' ? 'Content-Type' : name] = [value];
    });
    const body = await responseBodyValue(response);
    const out: HttpInteraction['response'] = { status: response.status, headers };
    if (!body) return out;
    const template = this.templates.get(requestId);
    this.templates.delete(requestId);
    if (template === undefined)
      return { ...out, body: { content: body.value, contentType: body.contentType, encoded: false } };
    const draft = emptyRulesDraft();
    const content = addTemplate(draft, 'body', undefined, template);
    return { ...out, body: { content, contentType: body.contentType, encoded: false }, ...finishRules(draft) };
  }
}

/**
 * Record a pact from an existing msw setup: every mocked response becomes an interaction with a stable
 * description (`GET /orders/{id} -> 200`), the provider states set with `given`, and matchers where
 * handlers answer with `recorder.json(info, template)`.
 * @example const recorder = recordPact(server, { consumer: 'web', provider: 'api' }); ... await recorder.stop();
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing.
 */
export function recordPact(source: MswLifeCycleSource, options: RecordPactOptions): PactRecorder {
  if (!options?.consumer || !options.provider) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION([
      'consumer/provider',
      'both are required',
      'non-empty strings',
    ]);
  }
  return new PactRecorder(source, options);
}
