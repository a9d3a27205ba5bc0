import { useState } from 'preact/hooks';
import { requestJson, useJson } from '../api';
import { when } from '../format';
import { to } from '../links';
import { Alert, Load, Page } from '../components/page';
import { canWrite, useSession } from '../session';

interface Answer {
  environments: Array<{ name: string; displayName: string | null; production: boolean }>;
  placements: Array<{
    pacticipant: string;
    environment: string;
    version: string;
    kind: string;
    at: string;
    applicationInstance?: string | null;
  }>;
}

function Board({ data }: { data: Answer }) {
  const apps = [...new Set(data.placements.map((p) => p.pacticipant))].sort();
  if (data.environments.length === 0)
    return (
      <p class="muted">
        No environments yet. Create one with <code>treaty create-environment</code>.
      </p>
    );
  const cell = (app: string, env: string) =>
    data.placements.filter((p) => p.pacticipant === app && p.environment === env);
  return (
    <table class="grid board">
      <thead>
        <tr>
          <th scope="col">Application</th>
          {data.environments.map((e) => (
            <th scope="col">
              {e.displayName ?? e.name}
              {e.production ? <span class="chip prod">production</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {apps.map((app) => (
          <tr>
            <th scope="row">
              <a href={to.pacticipant(app)}>{app}</a>
            </th>
            {data.environments.map((e) => (
              <td>
                {cell(app, e.name).map((p) => (
                  <div title={`${p.kind} ${when(p.at)}`}>
                    <a href={to.canIDeploy(app, p.version)}>{p.version}</a>{' '}
                    <span class="muted small">
                      {p.kind}
                      {p.applicationInstance ? ` · ${p.applicationInstance}` : ''}
                    </span>
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

// A write action: shown only to write credentials (the API refuses it to read credentials anyway).
function CreateEnvironment({ created }: { created: () => void }) {
  const [name, setName] = useState('');
  const [production, setProduction] = useState(false);
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await requestJson('/environments', {
        method: 'POST',
        body: JSON.stringify({ name, production }),
        headers: { 'content-type': 'application/json' },
      });
      setName('');
      setError('');
      created();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form class="filters" onSubmit={submit} aria-label="Create environment">
      <span class="field">
        <label for="env-name">New environment</label>
        <input id="env-name" required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </span>
      <span class="field check">
        <input
          id="env-prod"
          type="checkbox"
          checked={production}
          onChange={(e) => setProduction((e.target as HTMLInputElement).checked)}
        />
        <label for="env-prod">Production</label>
      </span>
      <button type="submit">Create environment</button>
      <Alert message={error} />
    </form>
  );
}

/** Which version of each application is deployed or released in each environment. */
export function EnvironmentsPage() {
  const [round, setRound] = useState(0);
  const { session } = useSession();
  const state = useJson<Answer>(`/ui/api/environments${round ? `?round=${round}` : ''}`);
  return (
    <Page title="Environments">
      {canWrite(session) && <CreateEnvironment created={() => setRound(round + 1)} />}
      <Load state={state}>{(data) => <Board data={data} />}</Load>
    </Page>
  );
}
