import type { SpecInternals } from './load-openapi';
import { isJsonMediaType } from './media-type';
import { issue, schemaErrorMessages } from './issues';
import type { SchemaMode } from './schema-validators';
import { findUnknownFields } from './unknown-fields';
import type { OpenApiIssue, OpenApiIssueCode, SchemaLocation } from './types';

/** What a body check needs. */
export interface BodyCheck {
  internal: SpecInternals;
  schema: SchemaLocation;
  /** The reported location of the schema. */
  location: string;
  mediaType: string;
  value: unknown;
  /** `body` or `response.body`: the prefix of reported paths. */
  prefix: string;
  code: OpenApiIssueCode;
  operation: string;
  mode: SchemaMode;
  /** Report fields the schema does not declare (expected responses in the static check). */
  rejectUnknownFields?: boolean;
}

/** Validate a body against its schema; JSON bodies only, others are reported as unchecked when they are not strings. */
export function validateBody(check: BodyCheck): OpenApiIssue[] {
  const { internal, schema, value, prefix, operation } = check;
  if (typeof value === 'string' && isJsonMediaType(check.mediaType)) {
    return [issue(check.code, `${prefix} is not valid JSON although its content type is ${check.mediaType}`, { pactLocation: prefix, specLocation: check.location, operation })];
  }
  const result = internal.validators.validate(schema, value, check.mode);
  // Without `required`, a partial object can fit several `oneOf` branches: fitting any one is enough for a subset.
  const errors = check.mode === 'subset' ? result.errors.filter((e) => !(e.keyword === 'oneOf' && Array.isArray(e.params.passingSchemas))) : result.errors;
  const out = schemaErrorMessages(prefix, errors).map(({ path, message, error }) =>
    issue(check.code, message, { pactLocation: path, specLocation: check.location, operation, details: error }),
  );
  if (check.rejectUnknownFields) {
    for (const field of findUnknownFields(internal.docs, schema, value)) {
      const specLocation = schema.uri === internal.mainUri ? field.schemaPointer : check.location;
      out.push(
        issue('response.body.unknown-field', `${prefix}${field.path} is not a property of the response schema (the provider may not send it)`, {
          pactLocation: prefix + field.path,
          specLocation,
          operation,
        }),
      );
    }
  }
  return out;
}
