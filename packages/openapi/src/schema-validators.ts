import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DocumentSet } from './collect-documents';
import { openapiErrors } from './errors';
import { pointerToFragment } from './json-pointer';
import { schemaDocument } from './normalize-schema';
import type { OpenApiVersion, SchemaLocation } from './types';

// ajv is loaded on first use: it is the bulk of this package's start-up time, and many runs never validate.
/* eslint-disable @typescript-eslint/no-require-imports -- lazy, synchronous loading on purpose (see above) */
const loadAjv = (): typeof Ajv => (require('ajv') as { default: typeof Ajv }).default;
const loadAjv2020 = (): typeof Ajv => (require('ajv/dist/2020') as { default: typeof Ajv }).default;
const loadFormats = (): ((ajv: Ajv) => void) => (require('ajv-formats') as { default: (ajv: Ajv) => void }).default;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The result of validating one value against one schema. */
export interface SchemaCheck {
  valid: boolean;
  errors: ErrorObject[];
}

/**
 * Which flavour of a schema to apply: `strict` as written, `subset` without `required` (expected responses),
 * `coerce` as written but reading strings as the numbers, booleans and arrays they spell (parameters and headers).
 */
export type SchemaMode = 'strict' | 'subset' | 'coerce';

/** Compiles each schema of a document once per mode and keeps the validators. */
export class SchemaValidators {
  private readonly instances = new Map<SchemaMode, Ajv>();
  private readonly cache = new Map<string, ValidateFunction>();
  /** The documents as ajv sees them, by `subset`: strict and coerce instances share one rewritten copy. */
  private readonly rewritten = new Map<boolean, Map<string, object>>();

  constructor(
    private readonly docs: DocumentSet,
    private readonly version: OpenApiVersion,
  ) {}

  /** Validate `value` against the schema at `location`. @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA */
  validate(location: SchemaLocation, value: unknown, mode: SchemaMode = 'strict'): SchemaCheck {
    const validate = this.compiled(location, mode);
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? [] : [...(validate.errors ?? [])] };
  }

  private compiled(location: SchemaLocation, mode: SchemaMode): ValidateFunction {
    const inline = location.inline ? ' ' + JSON.stringify(location.inline) : '';
    const key = `${mode} ${location.uri}${location.pointer}${inline}`;
    let validate = this.cache.get(key);
    if (!validate) {
      try {
        const schema = location.inline
          ? this.inlineSchema(location, mode)
          : { $ref: location.uri + pointerToFragment(location.pointer) };
        validate = this.ajv(mode).compile(schema);
      } catch (error) {
        throw openapiErrors.TREATY_OPENAPI_INVALID_SCHEMA(
          [location.pointer, (error as Error).message],
          { path: location.pointer },
          error,
        );
      }
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** A schema built from the document: local `$ref`s point into the document it came from. */
  private inlineSchema(location: SchemaLocation, mode: SchemaMode): object {
    const absolute = JSON.parse(JSON.stringify(location.inline), (key, value: unknown) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? location.uri + value : value,
    ) as object;
    return schemaDocument(absolute, this.version, { subset: mode === 'subset' }) as object;
  }

  private documents(subset: boolean): Map<string, object> {
    let docs = this.rewritten.get(subset);
    if (!docs) {
      docs = new Map(
        [...this.docs].map(([uri, doc]) => [uri, schemaDocument(doc, this.version, { subset }) as object]),
      );
      this.rewritten.set(subset, docs);
    }
    return docs;
  }

  private ajv(mode: SchemaMode): Ajv {
    let ajv = this.instances.get(mode);
    if (!ajv) {
      const options = {
        strict: false,
        allErrors: true,
        validateSchema: false,
        logger: false as const,
        coerceTypes: mode === 'coerce' ? ('array' as const) : false,
      };
      ajv = this.version === '3.1' ? new (loadAjv2020())(options) : new (loadAjv())(options);
      loadFormats()(ajv);
      for (const [uri, doc] of this.documents(mode === 'subset')) ajv.addSchema(doc, uri);
      this.instances.set(mode, ajv);
    }
    return ajv;
  }
}
