import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/openapi. */
export const openapiErrors = defineErrors({
  TREATY_OPENAPI_READ_FAILED:
    'Failed to read OpenAPI document %s: %s. Check that the file or URL exists and is JSON or YAML.',
  TREATY_OPENAPI_INVALID_DOCUMENT: 'Failed to load OpenAPI document %s: %s. Fix the document.',
  TREATY_OPENAPI_UNSUPPORTED_VERSION:
    'Failed to load OpenAPI document %s: version %s is not supported. Use OpenAPI 3.0, 3.1 or Swagger 2.0.',
  TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI:
    'Failed to load AsyncAPI document %s: version %s is not supported. Use AsyncAPI 2.x or 3.x.',
  TREATY_OPENAPI_BROKEN_REF:
    'Failed to resolve $ref %s at %s in %s: %s. Fix the reference or add the missing definition.',
  TREATY_OPENAPI_UNKNOWN_DOCUMENT:
    'Failed to read contract %s: it is neither OpenAPI (no `openapi` or `swagger` field) nor AsyncAPI (no ' +
    '`asyncapi` field). Pass an OpenAPI 3.x, Swagger 2.0 or AsyncAPI 2.x/3.x document.',
  TREATY_OPENAPI_INVALID_SCHEMA: 'Failed to compile the schema at %s: %s. Fix the schema in the OpenAPI document.',
});
