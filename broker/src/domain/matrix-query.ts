/** One `q[]` (or `ignore[]`) entry of a matrix query. */
export interface MatrixSelector {
  pacticipant: string;
  version?: string;
  branch?: string;
  tag?: string;
  latest?: boolean;
  environment?: string;
  mainBranch?: boolean;
}

/** A parsed `GET /matrix` query. */
export interface MatrixQuery {
  selectors: MatrixSelector[];
  ignore: MatrixSelector[];
  latestby?: 'cvp' | 'cvpv';
  limit?: number;
  /** Top-level options: the target the other integrated pacticipants are taken from (can-i-deploy). */
  latest?: boolean;
  tag?: string;
  environment?: string;
  mainBranch?: boolean;
}

const KEYS = ['pacticipant', 'version', 'branch', 'tag', 'latest', 'environment', 'mainBranch'] as const;

function assign(selector: MatrixSelector, key: string, value: string): void {
  if (key === 'latest' || key === 'mainBranch') selector[key] = value === 'true';
  else if ((KEYS as readonly string[]).includes(key)) (selector as unknown as Record<string, string>)[key] = value;
}

/**
 * Parse a matrix query string such as `q[][pacticipant]=Foo&q[][version]=1&latestby=cvp`, keeping `q[]` entries in
 * order.
 * @example parseMatrixQuery('q[][pacticipant]=Foo&q[][latest]=true').selectors // [{ pacticipant: 'Foo', latest: true
 *   }]
 */
export function parseMatrixQuery(search: string): MatrixQuery {
  const query: MatrixQuery = { selectors: [], ignore: [] };
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const match = /^(q|ignore)\[\d*\]\[(\w+)\]$/.exec(rawKey);
    if (match) {
      const list = match[1] === 'q' ? query.selectors : query.ignore;
      if (match[2] === 'pacticipant' || list.length === 0) list.push({ pacticipant: '' });
      assign(list[list.length - 1], match[2], value);
      continue;
    }
    if (rawKey === 'latestby' && (value === 'cvp' || value === 'cvpv')) query.latestby = value;
    else if (rawKey === 'limit') query.limit = Number(value);
    else if (rawKey === 'latest' || rawKey === 'mainBranch') query[rawKey] = value === 'true';
    else if (rawKey === 'tag' || rawKey === 'environment') query[rawKey] = value;
  }
  return query;
}

/**
 * The Pact Broker's matrix query rules; messages, empty when valid.
 * @example validateMatrixQuery({ selectors: [], ignore: [] }) // ['Please provide 1 or more version selectors.']
 */
export function validateMatrixQuery(query: MatrixQuery): string[] {
  const errors: string[] = [];
  if (query.selectors.length === 0) errors.push('Please provide 1 or more version selectors.');
  for (const s of [...query.selectors, ...query.ignore])
    if (!s.pacticipant) errors.push('Please specify the pacticipant name');
  for (const s of query.selectors) {
    if (s.version && (s.branch || s.tag || s.latest || s.environment))
      errors.push(`Cannot specify a version number and branch, tag, latest or environment for ${s.pacticipant}`);
    if (s.branch && s.tag) errors.push(`Cannot specify both a branch and a tag for ${s.pacticipant}`);
  }
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 1000))
    errors.push('limit must be an integer between 1 and 1000');
  if (query.tag && query.environment) errors.push('Cannot specify both a tag and an environment');
  return errors;
}
