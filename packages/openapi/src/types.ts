/** The OpenAPI versions Treaty reads. */
export type OpenApiVersion = '2.0' | '3.0' | '3.1';

/** Where a schema lives: the document URI and a JSON pointer in it (used to compile it once). */
export interface SchemaLocation {
  /** The URI of the document that holds the schema (the main document or a `$ref`'d file). */
  uri: string;
  /** The pointer to the schema inside that document, e.g. `#/components/schemas/Order`. */
  pointer: string;
  /**
   * A schema built from the document rather than found in it (a Swagger 2.0 parameter's `type`/`items`); `$ref`s in it
   * resolve against `uri`.
   */
  inline?: Record<string, unknown>;
}

/** One parameter of an operation, with its `$ref` resolved. */
export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: SchemaLocation;
  /**
   * How the value is serialised: `simple`, `label`, `matrix`, `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`.
   */
  style: string;
  explode: boolean;
  /** What the schema holds, which decides how the serialised value is split. */
  shape: 'array' | 'object' | 'scalar';
  /** The reported location, e.g. `#/paths/~1orders~1{id}/get/parameters/0`. */
  location: string;
}

/** One security scheme an operation may require (`components.securitySchemes` or Swagger 2.0 `securityDefinitions`). */
export interface SecurityScheme {
  name: string;
  /** `apiKey`, `http`, `basic` (Swagger 2.0), `oauth2`, `openIdConnect` or `mutualTLS`. */
  type: string;
  /** For `apiKey`: where the key goes (`header`, `query`, `cookie`) and its name. */
  in?: string;
  keyName?: string;
  /** For `http`: `basic`, `bearer`, ... */
  scheme?: string;
}

/** One documented response header. */
export interface ResponseHeader {
  name: string;
  required: boolean;
  schema?: SchemaLocation;
  location: string;
}

/** A body (request or response) by media type, each with the schema that applies. */
export interface MediaTypes {
  [mediaType: string]: { schema?: SchemaLocation; location: string };
}

/** One response of an operation (`200`, `2XX` or `default`). */
export interface OperationResponse {
  key: string;
  content: MediaTypes;
  headers: ResponseHeader[];
  location: string;
}

/** One operation (path template + method) of an OpenAPI document. */
export interface OpenApiOperation {
  method: string;
  pathTemplate: string;
  operationId?: string;
  /** The operation's JSON pointer, e.g. `#/paths/~1orders~1{id}/get`. */
  location: string;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; content: MediaTypes; location: string };
  responses: Record<string, OperationResponse>;
  /** Alternatives (any one suffices), each a list of schemes; empty when the operation needs no credentials. */
  security: SecurityScheme[][];
}

/** A loaded OpenAPI document: ready to find operations and validate requests and responses. */
export interface OpenApiSpec {
  version: OpenApiVersion;
  /** The file, URL or name the document came from. */
  source: string;
  /** The main document as parsed (JSON-compatible). */
  document: Record<string, unknown>;
  /** Base paths from `servers` (3.x) or `basePath` (2.0) that request paths may start with. */
  basePaths: string[];
  operations: OpenApiOperation[];
  /** @internal Documents by URI and compiled validators: use the functions of this package. */
  readonly internal: unknown;
}

/** The stable codes of problems found by the static check and the validators. */
export type OpenApiIssueCode =
  | 'request.path-or-method.unknown'
  | 'request.path-parameter.incompatible'
  | 'request.query.missing'
  | 'request.query.incompatible'
  | 'request.query.unknown'
  | 'request.header.missing'
  | 'request.header.incompatible'
  | 'request.cookie.incompatible'
  | 'request.authorization.missing'
  | 'request.body.unvalidatable'
  | 'request.body.unknown'
  | 'request.accept.incompatible'
  | 'request.content-type.incompatible'
  | 'request.body.missing'
  | 'request.body.incompatible'
  | 'response.status.unknown'
  | 'response.content-type.unknown'
  | 'response.content-type.incompatible'
  | 'response.content-type.missing'
  | 'response.body.incompatible'
  | 'response.body.unknown-field'
  | 'response.body.unchecked'
  | 'response.body.unvalidatable'
  | 'response.header.incompatible'
  | 'response.header.unknown'
  | 'response.header.undefined'
  | 'response.header.missing'
  | 'interaction.unreadable'
  | 'request.spec.missing'
  | 'message.spec.missing'
  | 'message.references.missing'
  | 'message.operation.unknown'
  | 'message.no.match'
  | 'message.payload.incompatible'
  | 'message.payload.unknown-field'
  | 'message.payload.unknown'
  | 'message.payload.unvalidatable'
  | 'message.headers.incompatible'
  | 'message.content-type.incompatible'
  | 'message.reply.missing'
  | 'message.response.missing'
  | 'interaction.check-failed'
  | 'operation.invalid-schema'
  | 'interaction.not-http';

/** One problem: a request or response that the OpenAPI document does not allow. */
export interface OpenApiIssue {
  code: OpenApiIssueCode;
  severity: 'error' | 'warning';
  /** One sentence for people, e.g. "body.items[0].price must be number". */
  message: string;
  /** The interaction concerned, when checking a pact. */
  interaction?: { index: number; description: string };
  /** A JSON path into the pact file (or the actual response), e.g. `$.interactions[0].response.body.total`. */
  pactLocation?: string;
  /** A JSON pointer into the OpenAPI document, e.g. `#/paths/~1orders/get/responses/200`. */
  specLocation?: string;
  /** The operation concerned, as `GET /orders/{id}` (and its operationId when it has one). */
  operation?: string;
  /** The schema validator's raw errors, for tools. */
  details?: unknown;
}

/** The outcome of checking a pact against an OpenAPI document. */
export interface OpenApiCheckResult {
  ok: boolean;
  errors: OpenApiIssue[];
  warnings: OpenApiIssue[];
}
