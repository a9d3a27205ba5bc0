import { useLocation } from 'preact-iso/router';
import { useState } from 'preact/hooks';
import { query, useJson } from '../api';
import { MatrixTable, type MatrixRowData } from '../components/matrix-table';
import { Load, Page } from '../components/page';
import { FilterForm } from '../components/filter-form';

const FIELDS = ['pacticipant', 'version', 'branch', 'tag', 'environment', 'with'] as const;
type Filters = Partial<Record<(typeof FIELDS)[number] | 'latestby', string>>;

/** The `/matrix` query for these filters (the second pacticipant, when given, is a selector too). */
export function matrixSearch(f: Filters): string | null {
  if (!f.pacticipant) return null;
  const parts = [`q[][pacticipant]=${encodeURIComponent(f.pacticipant)}`];
  for (const key of ['version', 'branch', 'tag', 'environment'] as const)
    if (f[key]) parts.push(`q[][${key}]=${encodeURIComponent(f[key] as string)}`);
  if (f.with) parts.push(`q[][pacticipant]=${encodeURIComponent(f.with)}`);
  if (f.latestby) parts.push(`latestby=${encodeURIComponent(f.latestby)}`);
  return parts.join('&');
}

function Form({ initial, submit }: { initial: Filters; submit: (f: Filters) => void }) {
  const [f, setF] = useState<Filters>(initial);
  const labels: Record<string, string> = {
    pacticipant: 'Pacticipant',
    version: 'Version',
    branch: 'Branch',
    tag: 'Tag',
    environment: 'Environment',
    with: 'With pacticipant',
  };
  return (
    <FilterForm submit={() => submit(f)}>
      {FIELDS.map((key) => (
        <span class="field">
          <label for={`f-${key}`}>{labels[key]}</label>
          <input
            id={`f-${key}`}
            value={f[key] ?? ''}
            required={key === 'pacticipant'}
            onInput={(e) => setF({ ...f, [key]: (e.target as HTMLInputElement).value })}
          />
        </span>
      ))}
      <span class="field">
        <label for="f-latestby">Latest by</label>
        <select
          id="f-latestby"
          value={f.latestby ?? ''}
          onChange={(e) => setF({ ...f, latestby: (e.target as HTMLSelectElement).value })}
        >
          <option value="">all rows</option>
          <option value="cvp">consumer version and provider</option>
          <option value="cvpv">consumer and provider versions</option>
        </select>
      </span>
      <button type="submit">Show</button>
    </FilterForm>
  );
}

/** The matrix, filterable by pacticipant, version, branch, tag and environment, as `/matrix` answers it. */
export function MatrixPage() {
  const { query: q, path, route } = useLocation();
  const search = matrixSearch(q);
  const state = useJson<{ matrix: MatrixRowData[]; summary: { reason?: string } }>(search ? `/matrix?${search}` : null);
  return (
    <Page title="Matrix">
      <Form key={JSON.stringify(q)} initial={q} submit={(f) => route(`${path}${query(f)}`)} />
      {search ? (
        <Load state={state}>{(data) => <MatrixTable rows={data.matrix} />}</Load>
      ) : (
        <p class="muted">Name a pacticipant to see its matrix.</p>
      )}
    </Page>
  );
}
