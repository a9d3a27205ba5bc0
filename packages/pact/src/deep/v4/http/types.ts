/**
 * pact-js's `src/v4/http/types`, for tests that import its V4 HTTP types by that path
 * (`import type { V4InteractionWithResponse } from '@pact-foundation/pact/src/v4/http/types'`).
 * The interfaces for HTTP interactions with plugin contents are left out: Treaty has no `usingPlugin` on them.
 */
import type { Matcher, V4MockServer } from '../../../index';

export type {
  V3ProviderState as V4ProviderState,
  V4MockServer,
  V4Request,
  V4Response,
  PactV4Options,
  V4UnconfiguredInteraction,
  V4InteractionWithCompleteRequest,
  V4InteractionWithRequest,
  V4RequestBuilder,
  V4ResponseBuilder,
  V4InteractionWithResponse,
  PluginConfig,
} from '../../../index';
export type { Comment, CustomComment, V4RequestBuilderFunc, V4ResponseBuilderFunc } from '@treaty/consumer';

/** The values a header array may hold. */
export type TemplateHeaderArrayValue = string[] | Matcher<string>[];
/** The function `executeTest` runs against the mock server. */
export type TestFunction<T> = (mockServer: V4MockServer) => Promise<T>;
