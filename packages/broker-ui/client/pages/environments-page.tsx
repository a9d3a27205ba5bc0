import { useJson } from '../api';
import { when } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';

interface Answer {
  environments: Array<{ name: string; displayName: string | null; production: boolean }>;
  placements: Array<{ pacticipant: string; environment: string; version: string; kind: string; at: string; applicationInstance?: string | null }>;
}

function Board({ data }: { data: Answer }) {
  const apps = [...new Set(data.placements.map((p) => p.pacticipant))].sort();
  if (data.environments.length === 0) return <p class="muted">No environments yet. Create one with <code>treaty create-environment</code>.</p>;
  const cell = (app: string, env: string) => data.placements.filter((p) => p.pacticipant === app && p.environment === env);
  return (
    <table class="grid board">
      <thead>
        <tr>
          <th scope="col">Application</th>
          {data.environments.map((e) => <th scope="col">{e.displayName ?? e.name}{e.production ? <span class="chip prod">production</span> : null}</th>)}
        </tr>
      </thead>
      <tbody>
        {apps.map((app) => (
          <tr>
            <th scope="row"><a href={to.pacticipant(app)}>{app}</a></th>
            {data.environments.map((e) => (
              <td>
                {cell(app, e.name).map((p) => (
                  <div title={`${p.kind} ${when(p.at)}`}>
                    <a href={to.canIDeploy(app, p.version)}>{p.version}</a> <span class="muted small">{p.kind}{p.applicationInstance ? ` · ${p.applicationInstance}` : ''}</span>
                  </div>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which version of each application is deployed or released in each environment. */
export function EnvironmentsPage() {
  const state = useJson<Answer>('/ui/api/environments');
  return (
    <Page title="Environments">
      <Load state={state}>{(data) => <Board data={data} />}</Load>
    </Page>
  );
}
