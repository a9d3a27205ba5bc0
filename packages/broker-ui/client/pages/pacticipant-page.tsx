import { useRoute } from 'preact-iso/router';
import { seg, useJson } from '../api';
import { when } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';
import { Placements, type PlacementData } from '../components/placements';
import { Outcome } from '../components/status';

interface Answer {
  name: string;
  displayName: string | null;
  mainBranch: string | null;
  repositoryUrl: string | null;
  labels: string[];
  versions: Array<{ number: string; createdAt: string; buildUrl: string | null; branches?: string[]; tags?: string[] }>;
  placements: PlacementData[];
  providers: string[];
  consumers: string[];
  contracts: Array<{ version: string; createdAt: string; success: number }>;
}

function Links({ names, render }: { names: string[]; render: (name: string) => preact.ComponentChildren }) {
  if (names.length === 0) return <p class="muted">None.</p>;
  return <ul class="inline">{names.map((n) => <li>{render(n)}</li>)}</ul>;
}

function Body({ data }: { data: Answer }) {
  return (
    <>
      <dl class="facts">
        <dt>Main branch</dt><dd>{data.mainBranch ?? '—'}</dd>
        <dt>Repository</dt><dd>{data.repositoryUrl ? <a href={data.repositoryUrl} rel="noreferrer">{data.repositoryUrl}</a> : '—'}</dd>
        <dt>Labels</dt><dd>{data.labels.length ? data.labels.map((l) => <span class="chip">{l}</span>) : '—'}</dd>
        <dt>Deployed / released</dt><dd><Placements items={data.placements} /></dd>
      </dl>
      <h2>Providers it calls</h2>
      <Links names={data.providers} render={(p) => <><a href={to.pact(p, data.name)}>{p}</a> <a class="small" href={to.pacticipant(p)}>(service)</a></>} />
      <h2>Consumers that call it</h2>
      <Links names={data.consumers} render={(c) => <><a href={to.pact(data.name, c)}>{c}</a> <a class="small" href={to.pacticipant(c)}>(service)</a></>} />
      {data.contracts.length > 0 && (
        <>
          <h2>Provider contracts</h2>
          <ul>{data.contracts.map((c) => <li><a href={to.providerContract(data.name, c.version)}>{c.version}</a> <Outcome success={Boolean(Number(c.success))} /> <span class="muted small">{when(c.createdAt)}</span></li>)}</ul>
        </>
      )}
      <h2>Versions</h2>
      <table class="grid">
        <thead><tr><th scope="col">Version</th><th scope="col">Branches</th><th scope="col">Tags</th><th scope="col">Created</th><th scope="col">Check</th></tr></thead>
        <tbody>
          {data.versions.map((v) => (
            <tr>
              <td>{v.buildUrl ? <a href={v.buildUrl} rel="noreferrer">{v.number}</a> : v.number}</td>
              <td>{(v.branches ?? []).map((b) => <span class="chip">{b}</span>)}</td>
              <td>{(v.tags ?? []).map((t) => <span class="chip tag">{t}</span>)}</td>
              <td>{when(v.createdAt)}</td>
              <td><a href={to.matrix(data.name, v.number)}>matrix</a> · <a href={to.canIDeploy(data.name, v.number)}>can I deploy?</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A pacticipant: versions, branches, tags, placements, labels, integrations both ways, provider contracts. */
export function PacticipantPage() {
  const { params } = useRoute();
  const state = useJson<Answer>(`/ui/api/pacticipants/${seg(params.name)}`);
  return (
    <Page title={params.name}>
      <Load state={state}>{(data) => <Body data={data} />}</Load>
    </Page>
  );
}
