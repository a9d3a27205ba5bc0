/**
 * The normalised pact model. `parsePact` turns a pact file of any specification version into
 * these shapes, and `serializePact` writes them back in the shapes of a chosen version.
 * Everything here is plain, JSON-compatible data.
 */

/** A Pact Specification version. */
export type SpecVersion = 'V1' | 'V1.1' | 'V2' | 'V3' | 'V4';

/** One matcher as written in V3/V4 pact files, e.g. `{ match: 'type', min: 1 }`. */
export interface MatchingRule {
  /** The rule's name: `type`, `regex`, `integer`, `datetime`, `eachKey`, ... */
  match: string;
  [option: string]: unknown;
}

/** The rules that apply at one path, combined with AND (the default) or OR. */
export interface RuleList {
  combine?: 'AND' | 'OR';
  matchers: MatchingRule[];
}

/**
 * Matching rules by category, then by path.
 * - `body` and `metadata`-content paths are JSON paths rooted at `$` (`$.items[*].id`);
 * - `header`, `query` and `metadata` keys are the header, parameter or metadata names;
 * - `path`, `status` and `method`, which have no sub-paths, use the key `''`.
 * V2's flat `$.body.x` / `$.headers.X` / `$.query.x` / `$.path` keys are converted into this shape.
 */
export type MatchingRules = Record<string, Record<string, RuleList>>;

/** A generator as written in V3/V4 pact files, e.g. `{ type: 'RandomInt', min: 0, max: 10 }`. */
export interface Generator {
  type: string;
  [option: string]: unknown;
}

/** Generators by category, then by path (same key conventions as {@link MatchingRules}). */
export type Generators = Record<string, Record<string, Generator>>;

/**
 * A request, response or message body.
 * `content` is the parsed JSON value for JSON bodies, and a string otherwise
 * (base64 text when `encoded` is `'base64'`).
 */
export interface Body {
  content: unknown;
  contentType?: string;
  /** How `content` is encoded in the pact file: `false` (plain), `'base64'` or `'json'`. */
  encoded?: false | string;
  contentTypeHint?: 'TEXT' | 'BINARY' | 'DEFAULT';
}

/** A provider state with optional parameters. */
export interface ProviderState {
  name: string;
  params?: Record<string, unknown>;
}

/** An HTTP request. `undefined` fields were absent in the pact ("don't care" when expected). */
export interface HttpRequest {
  method: string;
  path: string;
  /** Query parameters, each with its values in order. */
  query?: Record<string, string[]>;
  /**
   * The query exactly as a V1/V2 file wrote it (`a=b+c`), kept only when writing `query` back would spell it
   * differently, so that a round trip loses nothing. `query` is what matching uses.
   */
  queryString?: string;
  /** Headers as written (names keep their case), each with its values. */
  headers?: Record<string, string[]>;
  body?: Body;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** An HTTP response. */
export interface HttpResponse {
  status: number;
  headers?: Record<string, string[]>;
  body?: Body;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** A message: its contents, metadata, and the rules and generators that apply to them. */
export interface Message {
  contents?: Body;
  metadata?: Record<string, unknown>;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** Fields every kind of interaction has. */
export interface InteractionBase {
  description: string;
  providerStates: ProviderState[];
  /** V4 interaction key. */
  key?: string;
  /** V4 pending flag. */
  pending?: boolean;
  /** V4 comments (`text`, `testname`, ...). */
  comments?: Record<string, unknown>;
  /** V4 plugin data, kept as it is. */
  pluginConfiguration?: Record<string, unknown>;
  interactionMarkup?: Record<string, unknown>;
  transport?: string;
  /** The Pact Broker's interaction id (`_id`) when the pact came from a broker. */
  id?: string;
  /** Any other keys found on the interaction, kept so that a round trip loses nothing. */
  extra?: Record<string, unknown>;
}

/** A request/response interaction over HTTP. */
export interface HttpInteraction extends InteractionBase {
  type: 'Synchronous/HTTP';
  request: HttpRequest;
  response: HttpResponse;
}

/** A one-way message the provider sends and the consumer receives. */
export interface AsynchronousMessageInteraction extends InteractionBase, Message {
  type: 'Asynchronous/Messages';
}

/** A V4 request message answered by one or more response messages. */
export interface SynchronousMessageInteraction extends InteractionBase {
  type: 'Synchronous/Messages';
  request: Message;
  response: Message[];
}

/** Any interaction. */
export type Interaction = HttpInteraction | AsynchronousMessageInteraction | SynchronousMessageInteraction;

/** A whole pact between one consumer and one provider. */
export interface Pact {
  consumer: { name: string };
  provider: { name: string };
  interactions: Interaction[];
  /** The file's `metadata` (pactSpecification, client versions, plugins, ...), kept as it is. */
  metadata: Record<string, unknown>;
  /** The specification version the pact was read from (from its metadata; V2 when it says nothing). */
  specVersion: SpecVersion;
  /** Any other top-level keys of the file (e.g. a broker's `_links`), kept as they are. */
  extra?: Record<string, unknown>;
  /** Problems found while reading that the official Pact tools accept (absent when there are none). */
  warnings?: PactWarning[];
}

/** A problem in a pact that does not stop it from being read, e.g. a matching rule whose path is not a JSON path. */
export interface PactWarning {
  /** A stable code from the error catalogue, e.g. `TREATY_CORE_INVALID_RULE_PATH`. */
  code: string;
  /** What is wrong, where, and what to do. */
  message: string;
  /** The description of the interaction. */
  interaction: string;
  /** The part and category, e.g. `response body`. */
  where: string;
  /** The offending rule or generator path. */
  rulePath: string;
}

/** The kind of difference a mismatch reports. */
export type MismatchType = 'method' | 'path' | 'query' | 'header' | 'body' | 'bodyType' | 'status' | 'metadata';

/** One difference between an expected and an actual request, response or message. */
export interface Mismatch {
  type: MismatchType;
  /** Where: a JSON path for bodies (`$.items[0].id`), the header/parameter/metadata name otherwise. */
  path: string;
  expected: unknown;
  actual: unknown;
  /** One sentence for people, e.g. "Expected 'abc' (string) to be an integer". */
  message: string;
  /** The rule that failed, when a matching rule decided (`integer`, `regex`, ...). */
  rule?: string;
}

/** The outcome of a match. */
export interface MatchResult {
  ok: boolean;
  mismatches: Mismatch[];
}
