import { parseMultipart, parseQueryString } from '@treaty/core';
import type { SpecInternals } from './load-openapi';
import { mediaKind } from './media-type';
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
  /** The content type the pact gives (with parameters such as a multipart boundary). */
  contentType?: string;
  value: unknown;
  /** `body` or `response.body`: the prefix of reported paths. */
  prefix: string;
  code: OpenApiIssueCode;
  operation: string;
  mode: SchemaMode;
  /** Report fields the schema does not declare (expected responses in the static check). */
  rejectUnknownFields?: boolean;
  /** Codes for undeclared fields and for bodies no schema can check (defaults: the HTTP response / request codes). */
  unknownFieldCode?: OpenApiIssueCode;
  unvalidatableCode?: OpenApiIssueCode;
}

/**
 * A form or multipart body as the object of fields its schema describes (values stay strings: the schema coerces them).
 */
function decodeFields(kind: string, text: string, contentType: string | undefined): Record<string, unknown> {
  if (kind === 'form') {
    return Object.fromEntries(
      Object.entries(parseQueryString(text)).map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
    );
  }
  return Object.fromEntries(parseMultipart(text, contentType).map((part) => [part.name, part.content]));
}

function unvalidatable(check: BodyCheck): OpenApiIssue {
  const code =
    check.unvalidatableCode ??
    (check.prefix.startsWith('response') ? 'response.body.unvalidatable' : 'request.body.unvalidatable');
  return issue(
    code,
    `${check.prefix} has content type ${check.mediaType}, which Treaty cannot check against a schema; it ` +
      `was not checked`,
    {
      severity: 'warning',
      pactLocation: check.prefix,
      specLocation: check.location,
      operation: check.operation,
    },
  );
}

/**
 * Validate a body against its schema: JSON as is, forms and multipart field by field; other text is reported as
 * unchecked.
 */
export function validateBody(check: BodyCheck): OpenApiIssue[] {
  const { internal, schema, prefix, operation } = check;
  const kind = mediaKind(check.contentType ?? check.mediaType) ?? 'json';
  let value = check.value;
  let mode = check.mode;
  if (typeof value === 'string' && kind === 'json') {
    return [
      issue(check.code, `${prefix} is not valid JSON although its content type is ${check.mediaType}`, {
        pactLocation: prefix,
        specLocation: check.location,
        operation,
      }),
    ];
  }
  if (typeof value === 'string' && (kind === 'form' || kind === 'multipart')) {
    value = decodeFields(kind, value, check.contentType ?? check.mediaType);
    mode = mode === 'subset' ? mode : 'coerce';
  } else if (typeof value === 'string' || (kind !== 'json' && kind !== 'form' && kind !== 'multipart')) {
    return [unvalidatable(check)];
  }
  const result = internal.validators.validate(schema, value, mode);
  // Without `required`, a partial object can fit several `oneOf` branches: fitting any one is enough for a subset.
  const errors =
    mode === 'subset'
      ? result.errors.filter((e) => !(e.keyword === 'oneOf' && Array.isArray(e.params.passingSchemas)))
      : result.errors;
  const out = schemaErrorMessages(prefix, errors).map(({ path, message, error }) =>
    issue(check.code, message, { pactLocation: path, specLocation: check.location, operation, details: error }),
  );
  if (check.rejectUnknownFields) {
    for (const field of findUnknownFields(internal.docs, schema, value)) {
      const specLocation = schema.uri === internal.mainUri ? field.schemaPointer : check.location;
      out.push(
        issue(
          check.unknownFieldCode ?? 'response.body.unknown-field',
          `${prefix}${field.path} is not a property of the schema (the provider may not send it)`,
          {
            pactLocation: prefix + field.path,
            specLocation,
            operation,
          },
        ),
      );
    }
  }
  return out;
}
