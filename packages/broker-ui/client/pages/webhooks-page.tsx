import { useState } from 'preact/hooks';
import { requestJson, seg, useJson } from '../api';
import { canWrite, useSession } from '../session';
import { pretty, when } from '../format';
import { Load, Page } from '../components/page';
import { Outcome } from '../components/status';

interface Execution {
  eventName: string;
  deliveryStatus: string;
  attempt: number;
  success: boolean;
  request: unknown;
  response?: unknown;
  error?: string;
  createdAt?: string;
}

interface Hook {
  uuid: string;
  description: string | null;
  consumer: string | null;
  provider: string | null;
  events: string[];
  enabled: boolean;
  request: { method?: string; url?: string };
  executions: Execution[];
}

// A write action: sends the webhook once with the latest matching data (the API's `pb:execute`).
function TestButton({ hook }: { hook: Hook }) {
  const [result, setResult] = useState('');
  const run = async () => {
    setResult('Sending…');
    try {
      const answer = await requestJson<{ success: boolean; response: { status: number } | null; error?: string }>(
        `/webhooks/${seg(hook.uuid)}/execute`,
        { method: 'POST' },
      );
      setResult(
        answer.success
          ? `Sent: the receiver answered ${answer.response?.status}.`
          : `Failed: ${answer.error ?? `the receiver answered ${answer.response?.status}`}.`,
      );
    } catch (e) {
      setResult((e as Error).message);
    }
  };
  return (
    <p>
      <button type="button" onClick={run}>
        Test webhook
      </button>{' '}
      <span role="status">{result}</span>
    </p>
  );
}

function HookView({ hook }: { hook: Hook }) {
  const { session } = useSession();
  return (
    <article class="interaction">
      <h3>
        {hook.description ?? hook.uuid} {hook.enabled ? null : <span class="chip">disabled</span>}
      </h3>
      {canWrite(session) && <TestButton hook={hook} />}
      <p>
        <code>
          {hook.request.method} {hook.request.url}
        </code>{' '}
        on {hook.events.join(', ')}
        {hook.consumer || hook.provider
          ? ` for ${hook.consumer ?? 'any consumer'} → ${hook.provider ?? 'any provider'}`
          : ' for every integration'}
      </p>
      <details>
        <summary>Request (secrets masked)</summary>
        <pre class="code">{pretty(hook.request)}</pre>
      </details>
      <h4>Executions ({hook.executions.length})</h4>
      {hook.executions.length === 0 ? (
        <p class="muted">Not executed yet.</p>
      ) : (
        <ul class="executions">
          {hook.executions.map((e) => (
            <li>
              <details>
                <summary>
                  <Outcome success={e.success} /> {e.eventName}, attempt {e.attempt}, {e.deliveryStatus}{' '}
                  {when(e.createdAt)}
                </summary>
                <pre class="code">{pretty({ request: e.request, response: e.response, error: e.error })}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Webhook definitions (secrets masked) and their executions with request, response and retries. */
export function WebhooksPage() {
  const state = useJson<{ webhooks: Hook[] }>('/ui/api/webhooks');
  return (
    <Page title="Webhooks">
      <Load state={state}>
        {(data) =>
          data.webhooks.length ? (
            <>
              {data.webhooks.map((h) => (
                <HookView hook={h} />
              ))}
            </>
          ) : (
            <p class="muted">No webhooks.</p>
          )
        }
      </Load>
    </Page>
  );
}
