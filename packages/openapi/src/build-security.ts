import type { SecurityScheme } from './types';

type Json = Record<string, unknown>;

/** The named security schemes of a document (`components.securitySchemes`, or `securityDefinitions` in Swagger 2.0). */
export function securitySchemes(doc: Json): Record<string, SecurityScheme> {
  const components = doc.components as Json | undefined;
  const raw = (doc.securityDefinitions ?? components?.securitySchemes ?? {}) as Record<string, Json>;
  const out: Record<string, SecurityScheme> = {};
  for (const [name, scheme] of Object.entries(raw)) {
    if (scheme === null || typeof scheme !== 'object' || typeof scheme.type !== 'string') continue;
    out[name] = {
      name,
      type: scheme.type,
      in: typeof scheme.in === 'string' ? scheme.in.toLowerCase() : undefined,
      keyName: typeof scheme.name === 'string' ? scheme.name : undefined,
      scheme: typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : undefined,
    };
  }
  return out;
}

/**
 * The security alternatives of an operation: its own `security`, else the document's. A requirement naming
 * only schemes the document does not define cannot be checked, so it counts as no requirement.
 */
export function operationSecurity(op: Json, doc: Json, schemes: Record<string, SecurityScheme>): SecurityScheme[][] {
  const requirements = (
    Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : []
  ) as unknown[];
  const alternatives = requirements.map((req) =>
    req !== null && typeof req === 'object'
      ? Object.keys(req)
          .map((name) => schemes[name])
          .filter((s): s is SecurityScheme => !!s)
      : [],
  );
  return alternatives.some((alt) => alt.length === 0) ? [] : alternatives;
}
