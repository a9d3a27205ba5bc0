import { pretty } from '../format';
import { generatorLines, RuleTable, ruleLines } from './rules';

type Json = Record<string, unknown>;

function content(body: unknown): unknown {
  const b = body as Json | null;
  if (b && typeof b === 'object' && !Array.isArray(b) && 'content' in b && ('contentType' in b || 'encoded' in b))
    return b.content;
  return body;
}

function queryText(q: unknown): string {
  if (!q) return '';
  if (typeof q === 'string') return `?${q}`;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q as Json))
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${k}=${String(one)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function Headers({ headers }: { headers: unknown }) {
  const entries = Object.entries((headers ?? {}) as Json);
  if (entries.length === 0) return null;
  return (
    <dl class="headers">
      {entries.map(([k, v]) => (
        <>
          <dt>{k}</dt>
          <dd>{Array.isArray(v) ? v.join(', ') : String(v)}</dd>
        </>
      ))}
    </dl>
  );
}

function Body({ body, label }: { body: unknown; label: string }) {
  const value = content(body);
  if (value === undefined || value === null || value === '') return null;
  return (
    <pre class="code" aria-label={label}>
      {pretty(value)}
    </pre>
  );
}

function States({ item }: { item: Json }) {
  const states =
    (item.providerStates as Json[] | undefined) ?? (item.providerState ? [{ name: item.providerState }] : []);
  if (states.length === 0) return null;
  return (
    <ul class="states">
      {states.map((s) => (
        <li>
          Given <strong>{String(s.name)}</strong>
          {s.params ? <code class="params">{JSON.stringify(s.params)}</code> : null}
        </li>
      ))}
    </ul>
  );
}

function Http({ item }: { item: Json }) {
  const req = (item.request ?? {}) as Json;
  const res = (item.response ?? {}) as Json;
  return (
    <div class="exchange">
      <div>
        <h4>Request</h4>
        <p class="line">
          <code>
            {String(req.method ?? 'GET')} {String(req.path ?? '/')}
            {queryText(req.query)}
          </code>
        </p>
        <Headers headers={req.headers} />
        <Body body={req.body} label="request body" />
      </div>
      <div>
        <h4>Response</h4>
        <p class="line">
          <code>{String(res.status ?? 200)}</code>
        </p>
        <Headers headers={res.headers} />
        <Body body={res.body} label="response body" />
      </div>
    </div>
  );
}

function Message({ item }: { item: Json }) {
  const req = item.request as Json | undefined;
  const responses = (Array.isArray(item.response) ? item.response : []) as Json[];
  return (
    <div class="exchange">
      <div>
        <h4>{req ? 'Request message' : 'Message'}</h4>
        <Headers headers={(req ?? item).metadata} />
        <Body body={(req ?? item).contents} label="message contents" />
      </div>
      {responses.map((r) => (
        <div>
          <h4>Response message</h4>
          <Headers headers={r.metadata} />
          <Body body={r.contents} label="response message contents" />
        </div>
      ))}
    </div>
  );
}

function rulesOf(item: Json) {
  const req = (item.request ?? {}) as Json;
  const res = (Array.isArray(item.response) ? {} : (item.response ?? {})) as Json;
  return {
    rules: [
      ...ruleLines('request', req.matchingRules),
      ...ruleLines('response', res.matchingRules),
      ...ruleLines('message', item.matchingRules),
    ],
    generators: [
      ...generatorLines('request', req.generators),
      ...generatorLines('response', res.generators),
      ...generatorLines('message', item.generators),
    ],
  };
}

/** One interaction for people: provider states, request and response (or message), matching rules and generators. */
export function Interaction({ item }: { item: Json }) {
  const isHttp = item.request !== undefined && (item.type === undefined || item.type === 'Synchronous/HTTP');
  const { rules, generators } = rulesOf(item);
  return (
    <article class="interaction">
      <h3>
        {String(item.description ?? 'interaction')}
        {item.pending ? <span class="chip">pending</span> : null}
      </h3>
      <States item={item} />
      {isHttp ? <Http item={item} /> : <Message item={item} />}
      <RuleTable caption="Matching rules" lines={rules} />
      <RuleTable caption="Generators" lines={generators} />
    </article>
  );
}
