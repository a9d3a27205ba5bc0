import { useRoute } from 'preact-iso/router';
import { useState } from 'preact/hooks';
import { requestJson, seg, useJson } from '../api';
import { canWrite, useSession } from '../session';
import { when } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';
import { Placements, type PlacementData } from '../components/placements';
import { Outcome } from '../components/status';
import { TableHead } from '../components/table-head';

interface Answer {
  name: string;
  displayName: string | null;
  mainBranch: string | null;
  repositoryUrl: string | null;
  labels: string[];
  branches: Array<{ name: string; createdAt: string }>;
  versions: Array<{ number: string; createdAt: string; buildUrl: string | null; branches?: string[]; tags?: string[] }>;
  placements: PlacementData[];
  providers: string[];
  consumers: string[];
  contracts: Array<{ version: string; createdAt: string; success: number }>;
}

function Links({ names, render }: { names: string[]; render: (name: string) => preact.ComponentChildren }) {
  if (names.length === 0) return <p class="muted">None.</p>;
  return (
    <ul class="inline">
      {names.map((n) => (
        <li>{render(n)}</li>
      ))}
    </ul>
  );
}

// A write action in two steps, so one stray click deletes nothing.
function DeleteBranch({ pacticipant, branch, deleted }: { pacticipant: string; branch: string; deleted: () => void }) {
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    try {
      await requestJson(`/pacticipants/${seg(pacticipant)}/branches/${seg(branch)}`, { method: 'DELETE' });
      deleted();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (error)
    return (
      <span class="error" role="alert">
        {error}
      </span>
    );
  return armed ? (
    <button type="button" onClick={remove}>
      Confirm: delete branch {branch}
    </button>
  ) : (
    <button type="button" class="ghost" onClick={() => setArmed(true)} aria-label={`Delete branch ${branch}`}>
      Delete
    </button>
  );
}

function Branches({ data, reload }: { data: Answer; reload: () => void }) {
  const { session } = useSession();
  if (data.branches.length === 0) return <p class="muted">No branches.</p>;
  return (
    <ul class="inline">
      {data.branches.map((b) => (
        <li>
          <span class="chip">{b.name}</span>
          {b.name === data.mainBranch && <span class="muted small">main</span>}
          {canWrite(session) && <DeleteBranch pacticipant={data.name} branch={b.name} deleted={reload} />}
        </li>
      ))}
    </ul>
  );
}

function Body({ data, reload }: { data: Answer; reload: () => void }) {
  return (
    <>
      <dl class="facts">
        <dt>Main branch</dt>
        <dd>{data.mainBranch ?? '—'}</dd>
        <dt>Repository</dt>
        <dd>
          {data.repositoryUrl ? (
            <a href={data.repositoryUrl} rel="noreferrer">
              {data.repositoryUrl}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt>Labels</dt>
        <dd>{data.labels.length ? data.labels.map((l) => <span class="chip">{l}</span>) : '—'}</dd>
        <dt>Deployed / released</dt>
        <dd>
          <Placements items={data.placements} />
        </dd>
      </dl>
      <h2>Providers it calls</h2>
      <Links
        names={data.providers}
        render={(p) => (
          <>
            <a href={to.pact(p, data.name)}>{p}</a>{' '}
            <a class="small" href={to.pacticipant(p)}>
              (service)
            </a>
          </>
        )}
      />
      <h2>Consumers that call it</h2>
      <Links
        names={data.consumers}
        render={(c) => (
          <>
            <a href={to.pact(data.name, c)}>{c}</a>{' '}
            <a class="small" href={to.pacticipant(c)}>
              (service)
            </a>
          </>
        )}
      />
      {data.contracts.length > 0 && (
        <>
          <h2>Provider contracts</h2>
          <ul>
            {data.contracts.map((c) => (
              <li>
                <a href={to.providerContract(data.name, c.version)}>{c.version}</a>{' '}
                <Outcome success={Boolean(Number(c.success))} /> <span class="muted small">{when(c.createdAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Branches</h2>
      <Branches data={data} reload={reload} />
      <h2>Versions</h2>
      <table class="grid">
        <TableHead columns={['Version', 'Branches', 'Tags', 'Created', 'Check']} />
        <tbody>
          {data.versions.map((v) => (
            <tr>
              <td>
                {v.buildUrl ? (
                  <a href={v.buildUrl} rel="noreferrer">
                    {v.number}
                  </a>
                ) : (
                  v.number
                )}
              </td>
              <td>
                {(v.branches ?? []).map((b) => (
                  <span class="chip">{b}</span>
                ))}
              </td>
              <td>
                {(v.tags ?? []).map((t) => (
                  <span class="chip tag">{t}</span>
                ))}
              </td>
              <td>{when(v.createdAt)}</td>
              <td>
                <a href={to.matrix(data.name, v.number)}>matrix</a> ·{' '}
                <a href={to.canIDeploy(data.name, v.number)}>can I deploy?</a>
              </td>
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
  const [round, setRound] = useState(0);
  const state = useJson<Answer>(`/ui/api/pacticipants/${seg(params.name)}${round ? `?round=${round}` : ''}`);
  return (
    <Page title={params.name}>
      <Load state={state}>{(data) => <Body data={data} reload={() => setRound(round + 1)} />}</Load>
    </Page>
  );
}
