import type { Path, StatusCodeMatcher, TemplateHeaders, TemplateQuery, JsonMap } from '../matchers/matcher-types';

/** A V3 provider state. */
export interface V3ProviderState {
  description: string;
  parameters?: JsonMap;
}

/** A V3 request (pact-js `V3Request`). */
export interface V3Request {
  method: string;
  path: Path;
  query?: TemplateQuery;
  headers?: TemplateHeaders;
  body?: unknown;
  contentType?: string;
}

/** A V3 response (pact-js `V3Response`). */
export interface V3Response {
  status: number | StatusCodeMatcher<number>;
  headers?: TemplateHeaders;
  body?: unknown;
  contentType?: string;
}

/** A whole V3 interaction (pact-js `V3Interaction`). */
export interface V3Interaction {
  states?: V3ProviderState[];
  uponReceiving: string;
  withRequest: V3Request;
  willRespondWith: V3Response;
}
