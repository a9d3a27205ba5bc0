import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import { useState } from 'preact/hooks';
import { requestJson } from './api';
import { to } from './links';
import { CanIDeployPage } from './pages/can-i-deploy-page';
import { EnvironmentsPage } from './pages/environments-page';
import { IndexPage } from './pages/index-page';
import { LoginPage } from './pages/login-page';
import { MatrixPage } from './pages/matrix-page';
import { NotFoundPage } from './pages/not-found-page';
import { PactPage } from './pages/pact-page';
import { PacticipantPage } from './pages/pacticipant-page';
import { ProviderContractPage } from './pages/provider-contract-page';
import { VerificationPage } from './pages/verification-page';
import { WebhooksPage } from './pages/webhooks-page';
import { SessionProvider, useSession, type Session } from './session';
import { applyTheme, currentTheme } from './theme';

// The graph library is loaded only on the graph page.
const GraphPage = lazy(() => import('./pages/graph-page').then((m) => m.GraphPage));

const NAV: Array<[string, string]> = [
  [to.index(), 'Integrations'],
  [to.matrix(), 'Matrix'],
  [to.canIDeploy(), 'Can I deploy?'],
  [to.environments(), 'Environments'],
  [to.graph(), 'Network'],
  [to.webhooks(), 'Webhooks'],
];

function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme());
  const next = theme === 'dark' ? 'light' : 'dark';
  const flip = () => {
    applyTheme(next, true);
    setTheme(next);
  };
  return (
    <button type="button" class="ghost" onClick={flip} aria-label={`Switch to ${next} theme`}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}

function Account() {
  const { session, set } = useSession();
  if (!session?.authEnabled || session.scope === 'none') return null;
  const logout = async () => {
    await requestJson('/ui/api/session/logout', { method: 'POST' });
    set(await requestJson<Session>('/ui/api/session'));
  };
  return (
    <span class="account">
      <span class="muted">
        {session.scope === 'read' ? 'read only' : session.scope === 'write' ? 'read & write' : 'admin'}
      </span>
      <button type="button" class="ghost" onClick={logout}>
        Log out
      </button>
    </span>
  );
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' || path === '/ui' : path.startsWith(href);
}

function Header() {
  const { path } = useLocation();
  return (
    <header class="top">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/">
        Treaty broker
      </a>
      <nav aria-label="Main">
        <ul>
          {NAV.map(([href, label]) => (
            <li>
              <a href={href} aria-current={isCurrent(href, path) ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Account />
      <ThemeToggle />
    </header>
  );
}

function Pages() {
  const { session } = useSession();
  if (!session) return <p class="muted">Loading…</p>;
  if (session.scope === 'none') return <LoginPage />;
  return (
    <ErrorBoundary>
      <Router>
        <Route path="/" component={IndexPage} />
        <Route path="/ui" component={IndexPage} />
        <Route path="/ui/pacticipants/:name" component={PacticipantPage} />
        <Route path="/ui/pacts/:provider/:consumer" component={PactPage} />
        <Route path="/ui/verifications/:provider/:consumer/:sha/:number" component={VerificationPage} />
        <Route path="/ui/matrix" component={MatrixPage} />
        <Route path="/ui/can-i-deploy" component={CanIDeployPage} />
        <Route path="/ui/environments" component={EnvironmentsPage} />
        <Route path="/ui/graph" component={GraphPage} />
        <Route path="/ui/webhooks" component={WebhooksPage} />
        <Route path="/ui/provider-contracts/:provider" component={ProviderContractPage} />
        <Route default component={NotFoundPage} />
      </Router>
    </ErrorBoundary>
  );
}

/** The whole UI: header, navigation, and the page for the current URL. */
export function App() {
  return (
    <LocationProvider>
      <SessionProvider>
        <Header />
        <main id="main">
          <Pages />
        </main>
      </SessionProvider>
    </LocationProvider>
  );
}
