import { appendJsonPath as childPath } from '../json-path/json-path';
import { invalid, type InputPath, type ReadContext } from './read-context';

/**
 * Split a V2 flat rule key into its V3 category and sub-path:
 * `$.body.a[0]` → `['body', '$.a[0]']`, `$.headers.Accept` → `['header', 'Accept']`,
 * `$.query.q` → `['query', 'q']`, `$.path` → `['path', '']`.
 * @throws TreatyError TREATY_CORE_INVALID_PACT for keys outside body, headers, query and path.
 */
export function splitV2RuleKey(ctx: ReadContext, path: InputPath, key: string): [string, string] {
  const body = /^\$\.body(.*)$/.exec(key);
  if (body && (body[1] === '' || body[1].startsWith('.') || body[1].startsWith('['))) return ['body', `$${body[1]}`];
  const named = /^\$\.(headers?|query)(?:\.(.+)|\[['"](.+)['"]\])$/.exec(key);
  if (named) return [named[1] === 'query' ? 'query' : 'header', named[2] ?? named[3]];
  const plain = /^\$\.(path|method|status)$/.exec(key);
  if (plain) return [plain[1], ''];
  return invalid(ctx, path, 'a V2 rule key starting with $.body, $.headers., $.query. or $.path', key);
}

/**
 * Join a V3 category and sub-path back into a V2 flat rule key (the inverse of {@link splitV2RuleKey}).
 * Returns undefined for categories V2 cannot express.
 */
export function joinV2RuleKey(category: string, sub: string): string | undefined {
  switch (category) {
    case 'body':
      return sub === '' || sub === '$' ? '$.body' : `$.body${sub.startsWith('$') ? sub.slice(1) : childPath('', sub)}`;
    case 'header':
      return `$.headers.${sub}`;
    case 'query':
      return `$.query.${sub}`;
    case 'path':
      return '$.path';
    default:
      return undefined;
  }
}
