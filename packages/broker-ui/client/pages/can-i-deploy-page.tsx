import { useLocation } from 'preact-iso/router';
import { useState } from 'preact/hooks';
import { query, useJson } from '../api';
import { cliCommandOf, matrixQueryOf, type DeployQuestion } from '../cid-query';
import { MatrixTable, type MatrixRowData } from '../components/matrix-table';
import { Load, Page } from '../components/page';
import { FilterForm } from '../components/filter-form';

interface Answer {
  summary: { deployable: boolean | null; reason?: string; success?: number; failed?: number; unknown?: number };
  notices: Array<{ type: string; text: string }>;
  matrix: MatrixRowData[];
}

function questionOf(q: Record<string, string>): DeployQuestion | null {
  if (!q.pacticipant || (!q.version && q.mainBranch !== 'true')) return null;
  return {
    pacticipant: q.pacticipant,
    version: q.version || undefined,
    mainBranch: q.mainBranch === 'true',
    environment: q.environment || undefined,
  };
}

function Form({ initial, submit }: { initial: Record<string, string>; submit: (q: Record<string, string>) => void }) {
  const [f, setF] = useState(initial);
  const envs = useJson<{ environments: Array<{ name: string }> }>('/ui/api/environments');
  const set = (key: string) => (e: Event) => setF({ ...f, [key]: (e.target as HTMLInputElement).value });
  return (
    <FilterForm submit={() => submit(f)}>
      <span class="field">
        <label for="cid-pacticipant">Pacticipant</label>
        <input id="cid-pacticipant" required value={f.pacticipant ?? ''} onInput={set('pacticipant')} />
      </span>
      <span class="field">
        <label for="cid-version">Version</label>
        <input id="cid-version" value={f.version ?? ''} disabled={f.mainBranch === 'true'} onInput={set('version')} />
      </span>
      <span class="field check">
        <input
          id="cid-main"
          type="checkbox"
          checked={f.mainBranch === 'true'}
          onChange={(e) =>
            setF({ ...f, mainBranch: (e.target as HTMLInputElement).checked ? 'true' : '', version: '' })
          }
        />
        <label for="cid-main">Latest of main branch</label>
      </span>
      <span class="field">
        <label for="cid-environment">To environment</label>
        <select id="cid-environment" value={f.environment ?? ''} onChange={set('environment')}>
          <option value="">(none: latest of each integration)</option>
          {(envs.data?.environments ?? []).map((e) => (
            <option value={e.name}>{e.name}</option>
          ))}
        </select>
      </span>
      <button type="submit">Ask</button>
    </FilterForm>
  );
}

function Verdict({ answer, question }: { answer: Answer; question: DeployQuestion }) {
  const { deployable, reason } = answer.summary;
  const word = deployable === true ? 'Yes' : deployable === false ? 'No' : 'Unknown';
  const notices = answer.notices.filter((n) => n.text !== reason);
  return (
    <>
      <div class={`verdict verdict-${word.toLowerCase()}`} role="status">
        <strong>{word}</strong>: {question.pacticipant} {question.version ?? '(main branch)'}{' '}
        {deployable === true ? 'can' : deployable === false ? 'cannot' : 'is not known to'} be deployed
        {question.environment ? ` to ${question.environment}` : ''}.<p>{reason}</p>
      </div>
      {notices.length > 0 && (
        <ul class="notices">
          {notices.map((n) => (
            <li class={`notice-${n.type}`}>{n.text}</li>
          ))}
        </ul>
      )}
      <h2>The rows behind it</h2>
      <MatrixTable rows={answer.matrix} />
    </>
  );
}

function Commands({ question }: { question: DeployQuestion }) {
  return (
    <>
      <h2>Same question from a terminal</h2>
      {(['treaty', 'pact-broker'] as const).map((tool) => (
        <pre class="code copy" tabIndex={0} aria-label={`${tool} command`}>
          {cliCommandOf(question, location.origin, tool)}
        </pre>
      ))}
    </>
  );
}

/** Can I deploy? The broker's answer, its reason and rows, as the CLI gets them, plus the CLI command. */
export function CanIDeployPage() {
  const { query: q, path, route } = useLocation();
  const question = questionOf(q);
  const state = useJson<Answer>(question ? `/matrix?${matrixQueryOf(question)}` : null);
  return (
    <Page title="Can I deploy?">
      <Form key={JSON.stringify(q)} initial={q} submit={(f) => route(`${path}${query(f)}`)} />
      {question ? (
        <>
          <Load state={state}>{(answer) => <Verdict answer={answer} question={question} />}</Load>
          <Commands question={question} />
        </>
      ) : (
        <p class="muted">Pick a pacticipant and a version (or its main branch).</p>
      )}
    </Page>
  );
}
