import { useRoute } from 'preact-iso/router';
import { query, seg, useJson } from '../api';
import { pretty, short } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';
import { Outcome } from '../components/status';
import { TableHead } from '../components/table-head';
import { BuildLink } from '../components/build-link';

interface Answer {
  provider: string;
  version: string;
  contractType: string;
  document:
    | {
        info?: { title?: string; version?: string };
        paths?: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown> }>>;
      }
    | string;
  source: string;
  buildUrl: string | null;
  selfVerification: { success: boolean; verifier: string | null; content: string | null };
  crossResults: Array<{
    consumer: string;
    consumerVersion: string | null;
    sha: string;
    success: boolean;
    issues: unknown;
    at: string;
  }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function Operations({ doc }: { doc: Answer['document'] }) {
  if (typeof doc === 'string' || !doc.paths) return <pre class="code">{pretty(doc)}</pre>;
  return (
    <table class="grid">
      <caption>
        {doc.info?.title} {doc.info?.version}
      </caption>
      <TableHead columns={['Operation', 'Summary', 'Responses']} />
      <tbody>
        {Object.entries(doc.paths).flatMap(([path, item]) =>
          METHODS.filter((m) => item[m]).map((m) => (
            <tr>
              <td>
                <code>
                  {m.toUpperCase()} {path}
                </code>
              </td>
              <td>{item[m].summary ?? ''}</td>
              <td>{Object.keys(item[m].responses ?? {}).join(', ')}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

function Body({ data }: { data: Answer }) {
  return (
    <>
      <p>
        {data.contractType} contract of <a href={to.pacticipant(data.provider)}>{data.provider}</a> version{' '}
        <strong>{data.version}</strong>.
        <BuildLink url={data.buildUrl} />
      </p>
      <h2>Self-verification</h2>
      <p>
        <Outcome success={data.selfVerification.success} /> {data.selfVerification.verifier ?? ''}
      </p>
      {data.selfVerification.content && (
        <details>
          <summary>Report</summary>
          <pre class="code">{data.selfVerification.content}</pre>
        </details>
      )}
      <h2>Consumers (cross-contract results)</h2>
      {data.crossResults.length === 0 ? (
        <p class="muted">No consumer pact checked against this contract yet.</p>
      ) : (
        <ul>
          {data.crossResults.map((r) => (
            <li>
              <Outcome success={r.success} />{' '}
              <a href={to.pact(data.provider, r.consumer, r.consumerVersion ?? undefined)}>
                {r.consumer} {r.consumerVersion ?? short(r.sha)}
              </a>
              {!r.success && <pre class="code">{pretty(r.issues)}</pre>}
            </li>
          ))}
        </ul>
      )}
      <h2>Operations</h2>
      <Operations doc={data.document} />
      <details>
        <summary>The document as published</summary>
        <pre class="code">{data.source}</pre>
      </details>
    </>
  );
}

/** A provider contract: the OpenAPI operations, its self-verification and each consumer's cross-contract result. */
export function ProviderContractPage() {
  const { params, query: q } = useRoute();
  const state = useJson<Answer>(`/ui/api/provider-contracts/${seg(params.provider)}${query({ version: q.version })}`);
  return (
    <Page title={`Provider contract: ${params.provider}`}>
      <Load state={state}>{(data) => <Body data={data} />}</Load>
    </Page>
  );
}
