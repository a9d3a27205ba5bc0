import type { OperationParameter } from './types';

/** A parameter's value before its schema coerces it: a string, a list of strings or an object of strings. */
export type RawValue = string | string[] | Record<string, unknown>;

function pairs(items: string[], explode: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  if (explode) {
    for (const item of items) {
      const eq = item.indexOf('=');
      if (eq > 0) out[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else {
    for (let i = 0; i + 1 < items.length; i += 2) out[items[i]] = items[i + 1];
  }
  return out;
}

function shaped(param: OperationParameter, items: string[], explode: boolean): RawValue {
  if (param.shape === 'array') return items;
  if (param.shape === 'object') return pairs(items, explode);
  return items.join(',');
}

/**
 * Read a path or header value serialised with `simple`, `label` (`.a.b`) or `matrix` (`;id=a;id=b`) style.
 * @example readStyled(arrayParam, '.1.2.3') // ['1', '2', '3'] for a label-style exploded array
 */
export function readStyled(param: OperationParameter, raw: string): RawValue {
  if (param.style === 'label' && raw.startsWith('.')) {
    const body = raw.slice(1);
    return shaped(param, param.explode ? body.split('.') : body.split(','), param.explode);
  }
  if (param.style === 'matrix' && raw.startsWith(';')) {
    const prefix = `${param.name}=`;
    const items = raw
      .slice(1)
      .split(param.explode ? ';' : ',')
      .map((item) => (item.startsWith(prefix) ? item.slice(prefix.length) : item));
    return shaped(param, items, param.explode);
  }
  if (param.shape === 'scalar') return raw;
  return shaped(param, raw.split(','), param.explode);
}

const DELIMITERS: Record<string, string> = { spaceDelimited: ' ', pipeDelimited: '|', tabDelimited: '\t' };

function deepObject(
  name: string,
  query: Record<string, string[]>,
  used: Set<string>,
): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const [key, values] of Object.entries(query)) {
    if (!key.startsWith(`${name}[`)) continue;
    const path = [...key.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    if (path.length === 0) continue;
    found ??= {};
    let node = found;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = values.length === 1 ? values[0] : values;
    used.add(key);
  }
  return found;
}

/**
 * Read a query parameter serialised with `form`, `spaceDelimited`, `pipeDelimited` or `deepObject` style.
 * An exploded object takes the query's other names as its properties; `used` collects the names consumed.
 * @example readQuery(arrayParam, { id: ['1,2,3'] }, used) // ['1', '2', '3'] for a non-exploded form array
 */
export function readQuery(
  param: OperationParameter,
  query: Record<string, string[]>,
  used: Set<string>,
  declared: Set<string>,
): RawValue | undefined {
  if (param.style === 'deepObject') return deepObject(param.name, query, used);
  const values = query[param.name];
  if (param.shape === 'object' && param.explode && values === undefined) {
    const rest = Object.entries(query).filter(([key]) => !declared.has(key));
    if (rest.length === 0) return undefined;
    rest.forEach(([key]) => used.add(key));
    return Object.fromEntries(rest.map(([key, list]) => [key, list[0]]));
  }
  if (values === undefined) return undefined;
  used.add(param.name);
  if (param.shape === 'scalar') return values[0];
  const delimiter = DELIMITERS[param.style] ?? ',';
  // Lenient like the routers providers use: `ids=1,2` reads as two items even where `ids=1&ids=2` is the documented
  // form.
  const items = values.length > 1 ? values : values[0].split(delimiter);
  return shaped(param, items, false);
}

/** Read a cookie parameter from a `Cookie` header (`a=1; b=2`). */
export function readCookie(param: OperationParameter, cookieHeader: string | undefined): RawValue | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === param.name)
      return readStyled({ ...param, style: 'simple' }, part.slice(eq + 1).trim());
  }
  return undefined;
}
