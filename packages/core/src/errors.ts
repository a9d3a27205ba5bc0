/**
 * Typed errors with stable codes. Every package declares its codes with {@link defineErrors};
 * messages follow one pattern: "Failed to <verb> <subject>: <reason>. <What to do>."
 * Codes are never reused once retired. `docs/errors.md` lists them all.
 */

/** Where a problem was found, kept beside the message for tools. */
export interface ErrorLocation {
  /** A file or URL the input came from. */
  source?: string;
  /** The interaction's description (and index) the problem is in. */
  interaction?: string;
  /** A JSON path into the input, e.g. `$.interactions[2].request.method`. */
  path?: string;
}

/** The base class of every error Treaty throws on purpose. */
export class TreatyError extends Error {
  /** A stable code such as `TREATY_CORE_INVALID_PACT`. */
  readonly code: string;
  /** Structured details (location, offending value, ...). */
  readonly details: ErrorLocation & Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    details: ErrorLocation & Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TreatyError';
    this.code = code;
    this.details = details;
  }
}

/** A message template: `%s` placeholders are filled from the arguments in order. */
export type MessageTemplate = string;

/** A factory for one error code. */
export interface ErrorFactory {
  readonly code: string;
  readonly template: MessageTemplate;
  (args: unknown[], details?: ErrorLocation & Record<string, unknown>, cause?: unknown): TreatyError;
}

/**
 * Declare a package's error catalogue.
 * @example
 * const errors = defineErrors({ TREATY_CORE_INVALID_PACT: 'Failed to read pact %s: %s. Fix the file or regenerate it.'
 * });
 * throw errors.TREATY_CORE_INVALID_PACT(['orders.json', 'interactions must be an array']);
 */
export function defineErrors<K extends string>(catalogue: Record<K, MessageTemplate>): Record<K, ErrorFactory> {
  const out = {} as Record<K, ErrorFactory>;
  for (const code of Object.keys(catalogue) as K[]) {
    const template = catalogue[code];
    const factory = ((args: unknown[], details = {}, cause?: unknown) =>
      new TreatyError(
        code,
        formatTemplate(template, args),
        details,
        cause === undefined ? undefined : { cause },
      )) as ErrorFactory;
    Object.defineProperty(factory, 'code', { value: code });
    Object.defineProperty(factory, 'template', { value: template });
    out[code] = factory;
  }
  return out;
}

function formatTemplate(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%s/g, () => String(i < args.length ? args[i++] : ''));
}

/** True when `value` is a {@link TreatyError} (also across package copies). */
export function isTreatyError(value: unknown): value is TreatyError {
  if (value instanceof TreatyError) return true;
  const code = value instanceof Error ? (value as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('TREATY_');
}
