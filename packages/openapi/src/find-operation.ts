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

function compileTemplate(template: string): CompiledTemplate {
  let compiled = templates.get(template);
  if (!compiled) {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        if (!/^\{[^}]+\}$/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part.slice(1, -1));
        return '([^/]+)';
      })
      .join('');
    compiled = { regex: new RegExp(`^${source}/?$`), names, weight: names.length };
    templates.set(template, compiled);
  }
  return compiled;
}

function candidatePaths(spec: OpenApiSpec, path: string): string[] {
  const bare = path.split('?')[0] || '/';
  const stripped = spec.basePaths.filter((base) => bare === base || bare.startsWith(base + '/')).map((base) => bare.slice(base.length) || '/');
  return [bare, ...stripped];
}

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const { regex, names } = compileTemplate(template);
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
  const found: FoundOperation[] = [];
  for (const candidate of candidatePaths(spec, path)) {
    for (const operation of spec.operations) {
      const pathParams = matchTemplate(operation.pathTemplate, candidate);
      if (pathParams) found.push({ operation, pathParams });
    }
    if (found.length > 0) break;
  }
  return found.sort((a, b) => compileTemplate(a.operation.pathTemplate).weight - compileTemplate(b.operation.pathTemplate).weight);
}

/**
 * Find the operation for a method and a concrete path (`GET /orders/42` → `GET /orders/{id}`).
 * Server base paths (`servers[].url`, `basePath`) may prefix the path.
 * @example const found = findOperation(spec, { method: 'GET', path: '/orders/42' });
 */
export function findOperation(spec: OpenApiSpec, request: { method: string; path: string }): FoundOperation | undefined {
  const method = request.method.toUpperCase();
  const byPath = findPathOperations(spec, request.path);
  const weight = byPath.find((f) => f.operation.method === method);
  return weight;
}

/** Describe an operation for reports: `GET /orders/{id} (getOrder)`. */
export function describeOperation(operation: OpenApiOperation): string {
  return `${operation.method} ${operation.pathTemplate}${operation.operationId ? ` (${operation.operationId})` : ''}`;
}
