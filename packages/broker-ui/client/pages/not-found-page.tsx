import { Page } from '../components/page';

/** Any URL the UI does not know. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        There is no page at this address. <a href="/">Go to the integrations index.</a>
      </p>
    </Page>
  );
}
