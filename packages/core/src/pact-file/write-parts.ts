import { formatQueryString, parseQueryString } from '../body/query-string';
import { canonicalJson } from '../canonical-json';
import type { Body, Generators, HttpRequest, HttpResponse, MatchingRules, Message, RuleList } from '../model';
import { PLAIN_CATEGORIES } from './normalize-rules';
import { joinV2RuleKey } from './v2-rule-keys';

/** The versions parts are written in. */
export type PartVersion = 'V1' | 'V2' | 'V3' | 'V4';

type Json = Record<string, unknown>;

/** Copy an object with its keys sorted, dropping undefined values (the canonical key order of written pacts). */
export function sortedObject(entries: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(entries).sort()) if (entries[key] !== undefined) out[key] = entries[key];
  return out;
}

/** Write a request in the shapes of `version`. */
export function writeRequest(request: HttpRequest, version: PartVersion): Json {
  return sortedObject({
    method: request.method,
    path: request.path,
    query: request.query && writeQuery(request, version),
    headers: request.headers && writeHeaders(request.headers, version),
    body: request.body && writeBody(request.body, version),
    ...writeRulesAndGenerators(request, version),
  });
}

/** Write a response in the shapes of `version`. */
export function writeResponse(response: HttpResponse, version: PartVersion): Json {
  return sortedObject({
    status: response.status,
    headers: response.headers && writeHeaders(response.headers, version),
    body: response.body && writeBody(response.body, version),
    ...writeRulesAndGenerators(response, version),
  });
}

/** Write a message's own fields (`contents`, `metadata`, rules, generators) in the shapes of `version`. */
export function writeMessage(message: Message, version: PartVersion): Json {
  return sortedObject({
    contents: message.contents && writeBody(message.contents, version),
    metadata: message.metadata,
    ...writeRulesAndGenerators(message, version),
  });
}

function writeQuery(request: HttpRequest, version: PartVersion): unknown {
  const query = request.query!;
  if (version !== 'V1' && version !== 'V2') return { ...query };
  const raw = request.queryString;
  return raw !== undefined && canonicalJson(parseQueryString(raw)) === canonicalJson(query)
    ? raw
    : formatQueryString(query);
}

// Before V4 a header is one string; several values are written as an array, which readers accept.
function writeHeaders(headers: Record<string, string[]>, version: PartVersion): Json {
  const out: Json = {};
  for (const [name, values] of Object.entries(headers))
    out[name] = version !== 'V4' && values.length === 1 ? values[0] : [...values];
  return out;
}

/** Write a body: the raw value before V4, a body object in V4 (JSON text again when `encoded` is `'json'`). */
export function writeBody(body: Body, version: PartVersion): unknown {
  if (version !== 'V4') return body.content;
  const isJsonText = typeof body.encoded === 'string' && body.encoded.toLowerCase() === 'json';
  return sortedObject({
    content: isJsonText ? JSON.stringify(body.content) : body.content,
    contentType: body.contentType,
    contentTypeHint: body.contentTypeHint,
    encoded: body.encoded,
  });
}

function writeRulesAndGenerators(
  part: { matchingRules?: MatchingRules; generators?: Generators },
  version: PartVersion,
): Json {
  if (version === 'V1') return {};
  return {
    matchingRules:
      part.matchingRules &&
      (version === 'V2' ? writeV2Rules(part.matchingRules) : writeCategoryRules(part.matchingRules)),
    generators: part.generators && writeGenerators(part.generators),
  };
}

function writeCategoryRules(rules: MatchingRules): Json {
  const out: Json = {};
  for (const [category, byPath] of Object.entries(rules)) {
    const keys = Object.keys(byPath);
    const plain = PLAIN_CATEGORIES.includes(category) && keys.length === 1 && keys[0] === '';
    // pact-reference keeps only path (and method) rules bare; status rules sit under the root path `$`.
    if (plain && category === 'status') out[category] = { $: writeRuleList(byPath['']) };
    else
      out[category] = plain
        ? writeRuleList(byPath[''])
        : Object.fromEntries(keys.map((key) => [key, writeRuleList(byPath[key])]));
  }
  return out;
}

function writeRuleList(list: RuleList): Json {
  return sortedObject({ combine: list.combine, matchers: list.matchers.map((rule) => ({ ...rule })) });
}

// V2 keys are flat; a single rule is written bare, several as a V3-style list (which readers of V2 keys accept).
function writeV2Rules(rules: MatchingRules): Json {
  const out: Json = {};
  for (const [category, byPath] of Object.entries(rules)) {
    for (const [sub, list] of Object.entries(byPath)) {
      const key = joinV2RuleKey(category, sub) ?? `$.${category}`;
      out[key] =
        list.matchers.length === 1 && list.combine === undefined ? { ...list.matchers[0] } : writeRuleList(list);
    }
  }
  return out;
}

function writeGenerators(generators: Generators): Json {
  const out: Json = {};
  for (const [category, byPath] of Object.entries(generators)) {
    const keys = Object.keys(byPath);
    out[category] =
      keys.length === 1 && keys[0] === ''
        ? { ...byPath[''] }
        : Object.fromEntries(keys.map((key) => [key, { ...byPath[key] }]));
  }
  return out;
}
