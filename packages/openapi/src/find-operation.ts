import type { OpenApiOperation, OpenApiSpec } from './types';

/** An operation matched by a concrete request path, with the path parameters it captured. */
export interface FoundOperation {
  operation: OpenApiOperation;
  pathParams: Record<string, string>;
}

interface CompiledTemplate {
  regex: RegExp;
  names: string[];
  /** Fewer template segments first: concrete paths win over templated ones. */
  weight: number;
}

const templates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string, ignoreCase = false): CompiledTemplate {
  const cacheKey = ignoreCase ? `i ${template}` : template;
  let compiled = templates.get(cacheKey);
  if (!compiled) {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        // `*` is a wildcard in some documents (as routers read it); everything else is literal.
        if (!/^\{[^}]+\}$/.test(part)) return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '.*');
        // RFC 6570 operators in the template (`{.id*}`, `{;id}`) name the parameter `id`.
        names.push(
          part
            .slice(1, -1)
            .replace(/^[.;+#?&]/, '')
            .replace(/\*$/, ''),
        );
        return '([^/]*)';
      })
      .join('');
    compiled = { regex: new RegExp(`^${source}/?$`, ignoreCase ? 'i' : ''), names, weight: names.length };
    templates.set(cacheKey, compiled);
  }
  return compiled;
}

function candidatePaths(spec: OpenApiSpec, path: string): string[] {
  const raw = path.split('?')[0] || '/';
  const bare = raw.startsWith('/') ? raw : `/${raw}`;
  const stripped = spec.basePaths
    .filter((base) => bare === base || bare.startsWith(base + '/'))
    .map((base) => bare.slice(base.length) || '/');
  return [bare, ...stripped];
}

function matchTemplate(template: string, path: string, ignoreCase: boolean): Record<string, string> | undefined {
  const { regex, names } = compileTemplate(template, ignoreCase);
  const match = regex.exec(path);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = safeDecode(match[i + 1]);
  });
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The operations whose path template matches `path` (any method), most specific first. */
export function findPathOperations(spec: OpenApiSpec, path: string): FoundOperation[] {
  const found: Array<FoundOperation & { weight: number }> = [];
  const ignoreCase = (spec.internal as { ignoreCase?: boolean } | undefined)?.ignoreCase === true;
  for (const candidate of candidatePaths(spec, path)) {
    for (const operation of spec.operations) {
      const pathParams = matchTemplate(operation.pathTemplate, candidate, ignoreCase);
      // Fewer template segments first; `/path/` prefers the template written with its trailing slash.
      const slash = operation.pathTemplate.endsWith('/') === candidate.endsWith('/') ? 0 : 0.5;
      if (pathParams)
        found.push({ operation, pathParams, weight: compileTemplate(operation.pathTemplate).weight + slash });
    }
    if (found.length > 0) break;
  }
  return found.sort((a, b) => a.weight - b.weight).map(({ operation, pathParams }) => ({ operation, pathParams }));
}

/**
 * Find the operation for a method and a concrete path (`GET /orders/42` → `GET /orders/{id}`).
 * Server base paths (`servers[].url`, `basePath`) may prefix the path.
 * @example const found = findOperation(spec, { method: 'GET', path: '/orders/42' });
 */
export function findOperation(
  spec: OpenApiSpec,
  request: { method: string; path: string },
): FoundOperation | undefined {
  const method = request.method.toUpperCase();
  const byPath = findPathOperations(spec, request.path);
  const weight = byPath.find((f) => f.operation.method === method);
  return weight;
}

/** Describe an operation for reports: `GET /orders/{id} (getOrder)`. */
export function describeOperation(operation: OpenApiOperation): string {
  return `${operation.method} ${operation.pathTemplate}${operation.operationId ? ` (${operation.operationId})` : ''}`;
}
