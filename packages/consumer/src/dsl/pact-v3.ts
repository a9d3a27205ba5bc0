import type { HttpInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { JsonMap, Path, Rules, StatusCodeMatcher } from '../matchers/matcher-types';
import type { PactTarget } from '../pact-file/pact-registry';
import { readBodyFile } from './body-file';
import { finishRequest, finishResponse, newHttpDraft, setBinaryBody, type HttpDraft } from './http-draft';
import { preparePactWriting } from './prepare-test-file';
import { addState, metaFields, newMeta, type InteractionMeta } from './interaction-meta';
import { setMultipartBody } from './multipart-body';
import { targetOf, type PactV3Options } from './pact-options';
import { runHttpTest, type V3MockServer } from './run-http-test';
import { fillV3Draft } from './v3-parts';
import type { V3Interaction, V3Request, V3Response } from './v3-types';

// The interaction being defined: pact-js adds each call's parts to it, so a request can get its body from
// one call (`withRequestBinaryFile`) and its rules from the next (`withRequestMatchingRules`).
interface Current {
  meta: InteractionMeta;
  request?: { method: string; path: Path; draft: HttpDraft };
  response?: { status: number | StatusCodeMatcher<number>; draft: HttpDraft };
}

/**
 * A V3 consumer pact (pact-js `PactV3`): interactions defined with plain objects, then `executeTest`
 * runs them all against one mock server. Writes V3 pact files unless `spec` says otherwise.
 * @example
 * const provider = new PactV3({ consumer: 'web', provider: 'api' });
 * provider.given('orders exist').uponReceiving('list orders').withRequest({ method: 'GET', path: '/orders' })
 *   .willRespondWith({ status: 200, body: eachLike({ id: 1 }) });
 * await provider.executeTest(async (server) => client(server.url).listOrders());
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing.
 */
export class PactV3 {
  protected readonly target: PactTarget;
  private states: InteractionMeta['providerStates'] = [];
  private current?: Current;
  private interactions: HttpInteraction[] = [];

  /** Check the options. */
  constructor(protected readonly opts: PactV3Options) {
    this.target = targetOf(opts, 'V3');
    preparePactWriting();
  }

  /** Add a whole interaction. */
  addInteraction(interaction: V3Interaction): this {
    for (const state of interaction.states ?? []) this.given(state.description, state.parameters);
    return this.uponReceiving(interaction.uponReceiving)
      .withRequest(interaction.withRequest)
      .willRespondWith(interaction.willRespondWith);
  }

  /** Add a provider state to the next interaction. */
  given(providerState: string, parameters?: JsonMap): this {
    const holder = newMeta();
    addState(holder, providerState, parameters);
    this.states.push(...holder.providerStates);
    return this;
  }

  /**
   * Start an interaction with its description.
   * @throws TREATY_CONSUMER_INVALID_INTERACTION when the previous interaction has no response.
   */
  uponReceiving(description: string): this {
    this.finishCurrent();
    this.current = { meta: { ...newMeta(description), providerStates: this.states } };
    this.states = [];
    return this;
  }

  /** Set the request. */
  withRequest(req: V3Request): this {
    fillV3Draft(this.requestDraft(req), req);
    return this;
  }

  /**
   * Add matching rules and the request's method, path, headers and query. As in pact-js, `req.body` is
   * not used: give the body with `withRequest` or `withRequestBinaryFile`.
   */
  withRequestMatchingRules(req: V3Request, rules: Rules): this {
    fillV3Draft(this.requestDraft(req), { ...req, body: undefined }, rules);
    return this;
  }

  /**
   * Set the request, its body the bytes of a file matched by content type.
   * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
   */
  withRequestBinaryFile(req: V3Request, contentType: string, file: string): this {
    const draft = this.requestDraft(req);
    setBinaryBody(draft, contentType, readBodyFile(file));
    fillV3Draft(draft, req);
    return this;
  }

  /**
   * Set the request, its body a `multipart/form-data` upload of one file.
   * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
   */
  withRequestMultipartFileUpload(
    req: V3Request,
    contentType: string,
    file: string,
    mimePartName: string,
    boundary?: string,
  ): this {
    const draft = this.requestDraft(req);
    setMultipartBody(draft, { contentType, file, part: mimePartName, boundary });
    fillV3Draft(draft, req);
    return this;
  }

  /** Set the response. */
  willRespondWith(res: V3Response): this {
    fillV3Draft(this.responseDraft(res), res);
    return this;
  }

  /** Set the response with extra matching rules. */
  withResponseMatchingRules(res: V3Response, rules: Rules): this {
    fillV3Draft(this.responseDraft(res), res, rules);
    return this;
  }

  /**
   * Set the response, its body the bytes of a file matched by content type.
   * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
   */
  withResponseBinaryFile(res: V3Response, contentType: string, file: string): this {
    const draft = this.responseDraft(res);
    setBinaryBody(draft, contentType, readBodyFile(file));
    fillV3Draft(draft, res);
    return this;
  }

  /**
   * Set the response, its body a `multipart/form-data` body holding one file.
   * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
   */
  withResponseMultipartFileUpload(
    res: V3Response,
    contentType: string,
    file: string,
    mimePartName: string,
    boundary?: string,
  ): this {
    const draft = this.responseDraft(res);
    setMultipartBody(draft, { contentType, file, part: mimePartName, boundary });
    fillV3Draft(draft, res);
    return this;
  }

  /**
   * Run the test against a mock server serving the interactions defined since the last run.
   * @throws TREATY_CONSUMER_INVALID_INTERACTION (as a rejection) when the last interaction is incomplete.
   */
  async executeTest<T>(testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
    this.finishCurrent();
    const interactions = this.interactions;
    this.interactions = [];
    return runHttpTest(this.opts, this.target, interactions, testFn);
  }

  private requestDraft(req: V3Request): HttpDraft {
    if (!this.current || this.current.response) {
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
        this.current?.meta.description ?? '(no description)',
        'call uponReceiving before withRequest',
      ]);
    }
    const draft = this.current.request?.draft ?? newHttpDraft();
    this.current.request = { method: req.method, path: req.path, draft };
    return draft;
  }

  private responseDraft(res: V3Response): HttpDraft {
    if (!this.current?.request) {
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
        this.current?.meta.description ?? '(no description)',
        'call uponReceiving and withRequest before willRespondWith',
      ]);
    }
    const draft = this.current.response?.draft ?? newHttpDraft();
    this.current.response = { status: res.status, draft };
    return draft;
  }

  private finishCurrent(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    const { meta, request, response } = current;
    if (!request || !response) {
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
        meta.description,
        'give it a request (withRequest) and a response (willRespondWith)',
      ]);
    }
    this.interactions.push({
      type: 'Synchronous/HTTP',
      ...metaFields(meta),
      request: finishRequest(request.method, request.path, request.draft),
      response: finishResponse(response.status, response.draft),
    });
  }
}
