import { useRoute } from 'preact-iso/router';
import { query, seg, useJson } from '../api';
import { pretty, short, when } from '../format';
import { to } from '../links';
import { Interaction } from '../components/interaction';
import { Load, Page } from '../components/page';
import { Outcome } from '../components/status';
import { TableHead } from '../components/table-head';

interface PactAnswer {
  consumer: string;
  provider: string;
  consumerVersion: string;
  sha: string;
  publishedAt: string;
  pact: {
    interactions?: Record<string, unknown>[];
    messages?: Record<string, unknown>[];
    metadata?: Record<string, unknown>;
  };
  consumerVersions: Array<{ number: string; publishedAt: string; branches?: string[]; tags?: string[] }>;
  previous: {
    consumerVersion: string;
    sha: string;
    changes: Array<{ path: string; change: string; before?: unknown; after?: unknown }>;
  } | null;
  verifications: Array<{
    number: number;
    success: boolean;
    providerVersion: string;
    verifiedAt: string;
    buildUrl: string | null;
    crossContract: boolean;
  }>;
}

function Diff({ previous }: { previous: NonNullable<PactAnswer['previous']> }) {
  return (
    <details>
      <summary>
        {previous.changes.length} change(s) since {previous.consumerVersion} ({short(previous.sha)})
      </summary>
      <ul class="diff">
        {previous.changes.map((c) => (
          <li class={`diff-${c.change}`}>
            <code>{c.path}</code> {c.change}
            {c.change !== 'added' && <pre class="code minus">- {pretty(c.before)}</pre>}
            {c.change !== 'removed' && <pre class="code plus">+ {pretty(c.after)}</pre>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Verifications({ data }: { data: PactAnswer }) {
  if (data.verifications.length === 0) return <p class="muted">Not verified yet.</p>;
  return (
    <table class="grid">
      <TableHead columns={['Result', 'Provider version', 'When', 'Build']} />
      <tbody>
        {data.verifications.map((v) => (
          <tr>
            <td>
              {v.crossContract ? (
                <>
                  <Outcome success={v.success} />{' '}
                  <a href={to.providerContract(data.provider, v.providerVersion)}>cross-contract</a>
                </>
              ) : (
                <a href={to.verification(data.provider, data.consumer, data.sha, v.number)}>
                  <Outcome success={v.success} /> #{v.number}
                </a>
              )}
            </td>
            <td>{v.providerVersion}</td>
            <td>{when(v.verifiedAt)}</td>
            <td>
              {v.buildUrl ? (
                <a href={v.buildUrl} rel="noreferrer">
                  build
                </a>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PactBody({ data }: { data: PactAnswer }) {
  const items = [...(data.pact.interactions ?? []), ...(data.pact.messages ?? [])];
  const spec = (data.pact.metadata?.pactSpecification as { version?: string } | undefined)?.version;
  const consumerLink = <a href={to.pacticipant(data.consumer)}>{data.consumer}</a>;
  return (
    <>
      <p>
        {consumerLink} version <strong>{data.consumerVersion}</strong> →{' '}
        <a href={to.pacticipant(data.provider)}>{data.provider}</a>, published {when(data.publishedAt)}, content{' '}
        {short(data.sha)}
        {spec ? `, Pact specification ${spec}` : ''}.{' '}
        <a href={to.matrix(data.consumer, data.consumerVersion)}>Matrix</a> ·{' '}
        <a href={to.canIDeploy(data.consumer, data.consumerVersion)}>Can I deploy?</a> ·{' '}
        <a
          href={
            `/pacts/provider/${seg(data.provider)}/consumer/${seg(data.consumer)}/` +
            `version/${seg(data.consumerVersion)}`
          }
        >
          JSON
        </a>
      </p>
      <h2>Verifications</h2>
      <Verifications data={data} />
      <h2>Consumer versions with this content</h2>
      <p>
        {data.consumerVersions.map((v) => (
          <span class="chip" title={when(v.publishedAt)}>
            {v.number}
            {v.branches?.length ? ` (${v.branches.join(', ')})` : ''}
          </span>
        ))}
      </p>
      <h2>Changes</h2>
      {data.previous ? <Diff previous={data.previous} /> : <p class="muted">First version of this pact.</p>}
      <h2>Interactions ({items.length})</h2>
      {items.map((item) => (
        <Interaction item={item} />
      ))}
    </>
  );
}

/** A pact: interactions for people, consumer versions, the diff with the previous content, the verification history. */
export function PactPage() {
  const { params, query: q } = useRoute();
  const state = useJson<PactAnswer>(
    `/ui/api/pacts/${seg(params.provider)}/${seg(params.consumer)}${query({ version: q.version })}`,
  );
  return (
    <Page title={`Pact: ${params.consumer} → ${params.provider}`}>
      <Load state={state}>{(data) => <PactBody data={data} />}</Load>
    </Page>
  );
}
