/**
 * @treaty/openapi: load OpenAPI 3.0 / 3.1 (and Swagger 2.0) documents, validate requests and responses
 * against them, and check pacts against them statically (bi-directional contract testing).
 */

// Loading
export { loadOpenApi, parseOpenApi, isOpenApiSpec } from './load-openapi';
export type { LoadOpenApiOptions } from './load-openapi';
export { openapiErrors } from './errors';

// Finding operations
export { findOperation, describeOperation } from './find-operation';
export type { FoundOperation } from './find-operation';

// Validating
export { validateRequest } from './validate-request';
export type { RequestToValidate, ValidateRequestOptions } from './validate-request';
export { validateResponse } from './validate-response';
export type { ResponseToValidate, ValidateResponseOptions } from './validate-response';
export { validateInteraction } from './validate-interaction';
export type { InteractionIssues, ValidateInteractionOptions } from './validate-interaction';

// The static check
export { checkPactAgainstOpenApi, formatOpenApiIssues } from './check-pact';
export type { CheckPactOptions, FormatIssuesOptions } from './check-pact';

// Types
export type {
  OpenApiSpec,
  OpenApiVersion,
  OpenApiOperation,
  OperationParameter,
  OperationResponse,
  MediaTypes,
  SchemaLocation,
  OpenApiIssue,
  OpenApiIssueCode,
  OpenApiCheckResult,
  SecurityScheme,
  ResponseHeader,
} from './types';
