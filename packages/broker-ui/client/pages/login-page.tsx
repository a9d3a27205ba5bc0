import { useState } from 'preact/hooks';
import { requestJson } from '../api';
import { Page } from '../components/page';
import { useSession, type Session } from '../session';

/** The login form: a broker API token, exchanged for an httpOnly cookie (never put in a URL). */
export function LoginPage() {
  const { set } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      set(await requestJson<Session>('/ui/api/session', { method: 'POST', headers: { authorization: `Bearer ${token.trim()}` } }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Page title="Log in">
      <form class="login" onSubmit={submit}>
        <p>This broker needs credentials. Paste an API token (read or write).</p>
        <label for="token">API token</label>
        <input id="token" type="password" autoComplete="current-password" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} required />
        <button type="submit">Log in</button>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
    </Page>
  );
}
