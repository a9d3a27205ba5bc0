import { TRUE_ONLY_SELECTOR_KEYS } from './selectors';

/*
 * The Pact Broker's GET form of pacts-for-verification: the same request as the POST body, in a Rack-style nested query
 * string with snake_case (or camelCase) keys, e.g.
 * `consumer_version_selectors[][tag]=prod&include_pending_status=true`.
 */
const BOOLEAN_KEYS = new Set(['latest', ...TRUE_ONLY_SELECTOR_KEYS, 'includePendingStatus']);

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const typed = (key: string, value: string): unknown =>
  BOOLEAN_KEYS.has(key) && (value === 'true' || value === 'false') ? value === 'true' : value;

function addSelectorField(selectors: Record<string, unknown>[], index: string, key: string, value: string): void {
  // `[]` starts a new selector when the current one already has the key (Rack's rule); `[n]` addresses selector n.
  let target = index === '' ? selectors[selectors.length - 1] : selectors[Number(index)];
  if (!target || (index === '' && key in target)) {
    target = {};
    if (index === '') selectors.push(target);
    else selectors[Number(index)] = target;
  }
  target[key] = typed(key, value);
}

/**
 * Read a `GET /pacts/provider/{p}/for-verification` query string into the shape of the POST body.
 * @example forVerificationQuery('consumer_version_selectors[][main_branch]=true') // { consumerVersionSelectors: [{
 *   mainBranch: true }] }
 */
export function forVerificationQuery(search: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const selectors: Record<string, unknown>[] = [];
  const tags: string[] = [];
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const selector = /^consumer_?[vV]ersion_?[sS]electors\[(\d*)\]\[(\w+)\]$/.exec(rawKey);
    if (selector) addSelectorField(selectors, selector[1], camel(selector[2]), value);
    else if (/^provider_?[vV]ersion_?[tT]ags(\[\d*\])?$/.test(rawKey)) tags.push(value);
    else body[camel(rawKey)] = typed(camel(rawKey), value);
  }
  if (selectors.length) body.consumerVersionSelectors = selectors.filter(Boolean);
  if (tags.length) body.providerVersionTags = tags;
  return body;
}
