import { useRoute } from 'preact-iso/router';
import { seg, useJson } from '../api';
import { short, when } from '../format';
import { to } from '../links';
import { Load, Page } from '../components/page';
import { Outcome } from '../components/status';
import { BuildLink } from '../components/build-link';

interface Answer {
  number: number;
  success: boolean;
  consumer: string;
  provider: string;
  sha: string;
  providerVersion: string;
  providerBranches: string[];
  providerTags: string[];
  verifiedAt: string;
  buildUrl: string | null;
  verifiedBy: { implementation?: string; version?: string } | null;
  interactions: Array<{
    description: string;
    success: boolean;
    report: string;
    openapi: Array<{ location: string; message: string }>;
  }>;
}

function Result({ item }: { item: Answer['interactions'][number] }) {
  return (
    <article class={`interaction ${item.success ? '' : 'failed'}`}>
      <h3>
        <Outcome success={item.success} /> {item.description}
      </h3>
      {item.report && (
        <pre class="code report" aria-label={`mismatches of ${item.description}`}>
          {item.report}
        </pre>
      )}
      {item.openapi.length > 0 && (
        <>
          <h4>OpenAPI findings</h4>
          <ul>
            {item.openapi.map((f) => (
              <li>
                <code>{f.location}</code> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function Body({ data }: { data: Answer }) {
  const failed = data.interactions.filter((i) => !i.success).length;
  const pactLink = <a href={to.pact(data.provider, data.consumer)}>{data.consumer}</a>;
  return (
    <>
      <p>
        <Outcome success={data.success} /> {data.provider} version <strong>{data.providerVersion}</strong>
        {data.providerBranches.map((b) => (
          <span class="chip">{b}</span>
        ))}
        {data.providerTags.map((t) => (
          <span class="chip tag">{t}</span>
        ))}{' '}
        verified the pact from {pactLink} ({short(data.sha)}) {when(data.verifiedAt)}
        {data.verifiedBy?.implementation
          ? ` with ${data.verifiedBy.implementation} ${data.verifiedBy.version ?? ''}`
          : ''}
        .
        <BuildLink url={data.buildUrl} />
      </p>
      <p>
        {data.interactions.length} interaction(s), {failed} failed.
      </p>
      {data.interactions.map((item) => (
        <Result item={item} />
      ))}
    </>
  );
}

/** A verification: each interaction passed or failed, with the report of its published mismatches and errors. */
export function VerificationPage() {
  const { params } = useRoute();
  const state = useJson<Answer>(
    `/ui/api/verifications/${seg(params.provider)}/${seg(params.consumer)}/${seg(params.sha)}/${seg(params.number)}`,
  );
  return (
    <Page title={`Verification #${params.number}: ${params.consumer} → ${params.provider}`}>
      <Load state={state}>{(data) => <Body data={data} />}</Load>
    </Page>
  );
}
