import type { FastifyInstance, FastifyRequest } from 'fastify';
import { environmentsView } from './environments-view';
import { graphView } from './graph-view';
import { integrationsPage, type IntegrationsQuery } from './integrations-page';
import { pactView } from './pact-view';
import { pacticipantView } from './pacticipant-view';
import { providerContractView } from './provider-contract-view';
import { verificationView } from './verification-view';
import { webhooksView } from './webhooks-view';

type Params<P> = FastifyRequest<{ Params: P; Querystring: Record<string, string | undefined> }>;

/** The UI's read-only JSON endpoints under `/ui/api/`: one answer per page, where the HAL API would take many calls. */
export async function uiApiRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.broker;
  app.get('/ui/api/integrations', (request: FastifyRequest<{ Querystring: IntegrationsQuery }>) =>
    integrationsPage(db, request.query),
  );
  app.get('/ui/api/graph', () => graphView(db));
  app.get('/ui/api/environments', () => environmentsView(db));
  app.get('/ui/api/webhooks', () => webhooksView(db));
  app.get('/ui/api/pacticipants/:name', (request: Params<{ name: string }>) =>
    pacticipantView(db, request.params.name),
  );
  app.get('/ui/api/pacts/:provider/:consumer', (request: Params<{ provider: string; consumer: string }>) =>
    pactView(db, request.params.provider, request.params.consumer, request.query.version),
  );
  app.get(
    '/ui/api/verifications/:provider/:consumer/:sha/:number',
    (request: Params<{ provider: string; consumer: string; sha: string; number: string }>) =>
      verificationView(db, request.params),
  );
  app.get('/ui/api/provider-contracts/:provider', (request: Params<{ provider: string }>) =>
    providerContractView(db, request.params.provider, request.query.version),
  );
}
