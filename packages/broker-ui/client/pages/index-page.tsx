import { useLocation } from 'preact-iso/router';
import { useEffect, useState } from 'preact/hooks';
import { query, useJson } from '../api';
import { when } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';
import { Placements, type PlacementData } from '../components/placements';
import { Status } from '../components/status';
import type { IntegrationSummary } from '../../src/api-types';

interface Item extends IntegrationSummary {
  consumerBranches: string[];
  consumerPlacements: PlacementData[];
  providerPlacements: PlacementData[];
}

interface Answer {
  total: number;
  all: number;
  page: number;
  pages: number;
  items: Item[];
}

const COLUMNS: Array<[string, string]> = [
  ['consumer', 'Consumer'],
  ['provider', 'Provider'],
  ['published', 'Latest pact'],
  ['status', 'Verification'],
];

function SortHeader({
  id,
  label,
  sort,
  dir,
  go,
}: {
  id: string;
  label: string;
  sort: string;
  dir: string;
  go: (s: string, d: string) => void;
}) {
  const active = sort === id;
  const next = active && dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" onClick={() => go(id, next)}>
        {label}
        {active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

// A verification when there is one, else the cross-contract check against the provider's contract (bi-directional).
function Verification({ item }: { item: Item }) {
  const v = item.verification;
  const c = item.contract;
  if (v) {
    return (
      <>
        <a href={to.verification(item.provider, item.consumer, item.sha, v.number)}>
          <Status status={item.status} />
        </a>
        {item.pending && (
          <span class="chip" title="Never verified successfully: a pending pact does not fail the provider's build">
            pending
          </span>
        )}
        <div class="muted small">
          {v.providerVersion} · {when(v.verifiedAt)}
        </div>
      </>
    );
  }
  if (c) {
    return (
      <>
        <a href={to.providerContract(item.provider, c.providerVersion)}>
          <Status status={item.status} />
        </a>{' '}
        <span class="chip">contract</span>
        <div class="muted small">
          {c.providerVersion} · {when(c.checkedAt)}
        </div>
      </>
    );
  }
  return (
    <>
      <Status status={item.status} />
      {item.pending && <span class="chip">pending</span>}
    </>
  );
}

function Row({ item }: { item: Item }) {
  return (
    <tr>
      <td>
        <a href={to.pacticipant(item.consumer)}>{item.consumer}</a>
      </td>
      <td>
        <a href={to.pacticipant(item.provider)}>{item.provider}</a>
      </td>
      <td>
        <a href={to.pact(item.provider, item.consumer)}>{item.consumerVersion}</a>
        {item.consumerBranches.map((b) => (
          <span class="chip">{b}</span>
        ))}
        <div class="muted small">{when(item.publishedAt)}</div>
      </td>
      <td>
        <Verification item={item} />
      </td>
      <td>
        <Placements items={item.consumerPlacements} />
      </td>
      <td>
        <Placements items={item.providerPlacements} />
      </td>
    </tr>
  );
}

function Pager({ data, go }: { data: Answer; go: (page: number) => void }) {
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={data.page <= 1} onClick={() => go(data.page - 1)}>
        Previous
      </button>
      <span>
        Page {data.page} of {data.pages}
      </span>
      <button type="button" disabled={data.page >= data.pages} onClick={() => go(data.page + 1)}>
        Next
      </button>
    </nav>
  );
}

/** The integrations index: every consumer-provider pair, searchable, sortable and paginated on the server. */
export function IndexPage() {
  const { query: q, route, path } = useLocation();
  const [text, setText] = useState(q.q ?? '');
  const sort = q.sort ?? 'consumer';
  const dir = q.dir ?? 'asc';
  const state = useJson<Answer>(`/ui/api/integrations${query({ q: q.q, sort, dir, page: q.page })}`);
  const go = (changes: Record<string, string | number | undefined>) => route(`${path}${query({ ...q, ...changes })}`);
  useEffect(() => {
    const timer = setTimeout(() => text !== (q.q ?? '') && go({ q: text, page: undefined }), 250);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <Page title="Integrations">
      <div class="toolbar">
        <label for="search">Search</label>
        <input
          id="search"
          type="search"
          placeholder="consumer or provider"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        {state.data && (
          <span class="muted" aria-live="polite">
            {state.data.total} of {state.data.all} integrations
          </span>
        )}
      </div>
      <Load state={state}>
        {(data) => (
          <>
            <table class="grid">
              <thead>
                <tr>
                  {COLUMNS.map(([id, label]) => (
                    <SortHeader
                      id={id}
                      label={label}
                      sort={sort}
                      dir={dir}
                      go={(s, d) => go({ sort: s, dir: d, page: undefined })}
                    />
                  ))}
                  <th scope="col">Consumer deployed</th>
                  <th scope="col">Provider deployed</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <Row item={item} />
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p class="muted">No integration matches. Publish a pact to see it here.</p>}
            <Pager data={data} go={(page) => go({ page })} />
          </>
        )}
      </Load>
    </Page>
  );
}
