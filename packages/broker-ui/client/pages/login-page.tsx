import { useState } from 'preact/hooks';
import { requestJson } from '../api';
import { Alert, Page } from '../components/page';
import { useSession, type Session } from '../session';

/** The login form: an API token kept in an httpOnly cookie (never in a URL), then checked by the API's auth. */
export function LoginPage() {
  const { set } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      await requestJson('/ui/api/session', { method: 'POST', headers: { authorization: `Bearer ${token.trim()}` } });
      set(await requestJson<Session>('/ui/api/session'));
    } catch (e) {
      setError((e as Error).message);
      await requestJson('/ui/api/session/logout', { method: 'POST' }).catch(() => undefined);
    }
  };
  return (
    <Page title="Log in">
      <form class="login" onSubmit={submit}>
        <p>This broker needs credentials. Paste an API token (read or write).</p>
        <label for="token">API token</label>
        <input
          id="token"
          type="password"
          autoComplete="current-password"
          value={token}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
          required
        />
        <button type="submit">Log in</button>
        <Alert message={error} />
      </form>
    </Page>
  );
}
