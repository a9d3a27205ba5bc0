import type {
  JsonMap,
  Path,
  Rules,
  StatusCodeMatcher,
  TemplateHeaders,
  TemplateQuery,
} from '../matchers/matcher-types';
import type { Comment, CustomComment } from './interaction-meta';
import type { V4MockServer } from './run-http-test';
import type { V3Request, V3Response } from './v3-types';

/** An HTTP interaction before its request is set (pact-js `V4UnconfiguredInteraction`). */
export interface V4UnconfiguredInteraction {
  given(state: string, parameters?: JsonMap): V4UnconfiguredInteraction;
  uponReceiving(description: string): V4UnconfiguredInteraction;
  pending(pending?: boolean): V4UnconfiguredInteraction;
  comment(comment: Comment | CustomComment): V4UnconfiguredInteraction;
  testName(name: string): V4UnconfiguredInteraction;
  reference(group: string, name: string, value: string): V4UnconfiguredInteraction;
  withRequest(method: string, path: Path, builder?: V4RequestBuilderFunc): V4InteractionWithRequest;
  withCompleteRequest(request: V4Request): V4InteractionWithCompleteRequest;
}

/** pact-js's V4 name of a V3-style request object. */
export type V4Request = V3Request;
/** pact-js's V4 name of a V3-style response object. */
export type V4Response = V3Response;

/** An HTTP interaction with a whole request (pact-js `V4InteractionWithCompleteRequest`). */
export interface V4InteractionWithCompleteRequest {
  withCompleteResponse(response: V4Response): V4InteractionWithResponse;
}

/** An HTTP interaction with its request (pact-js `V4InteractionWithRequest`). */
export interface V4InteractionWithRequest {
  willRespondWith(
    status: number | StatusCodeMatcher<number>,
    builder?: V4ResponseBuilderFunc,
  ): V4InteractionWithResponse;
}

/** A complete HTTP interaction, ready to run (pact-js `V4InteractionWithResponse`). */
export interface V4InteractionWithResponse {
  executeTest<T>(testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T | undefined>;
}

/** The request builder callback. */
export type V4RequestBuilderFunc = (builder: V4RequestBuilder) => void;
/** The response builder callback. */
export type V4ResponseBuilderFunc = (builder: V4ResponseBuilder) => void;

/** Builds a request's query, headers and body (pact-js `V4RequestBuilder`). */
export interface V4RequestBuilder {
  query(query: TemplateQuery): V4RequestBuilder;
  headers(headers: TemplateHeaders): V4RequestBuilder;
  jsonBody(body: unknown): V4RequestBuilder;
  xmlBody(body: string): V4RequestBuilder;
  body(contentType: string, body: Buffer): V4RequestBuilder;
  binaryFile(contentType: string, file: string): V4RequestBuilder;
  multipartBody(contentType: string, filename: string, mimePartName: string, boundary?: string): V4RequestBuilder;
  matchingRules(rules: Rules): V4RequestBuilder;
}

/** Builds a response's headers and body (pact-js `V4ResponseBuilder`). */
export interface V4ResponseBuilder {
  headers(headers: TemplateHeaders): V4ResponseBuilder;
  jsonBody(body: unknown): V4ResponseBuilder;
  xmlBody(body: string): V4ResponseBuilder;
  body(contentType: string, body: Buffer): V4ResponseBuilder;
  binaryFile(contentType: string, file: string): V4ResponseBuilder;
  multipartBody(contentType: string, filename: string, mimePartName: string, boundary?: string): V4ResponseBuilder;
  matchingRules(rules: Rules): V4ResponseBuilder;
}
