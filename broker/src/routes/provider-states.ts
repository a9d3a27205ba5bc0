import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { aggregateProviderStates } from '../domain/provider-states';
import type { ConsumerVersionSelector } from '../domain/selectors';
import { notFound } from '../errors';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { resolveSelector } from '../services/resolve-selector';
import { findPactVersionById } from '../storage/repositories/pacts';
import { findEnvironment, findEnvironmentByName } from '../storage/repositories/environments';
import { getOnPaths } from './get-on-paths';
import { requirePacticipant } from './lookups';

type StatesRequest = FastifyRequest<{ Params: { provider: string; branch?: string; environment?: string } }>;

/** The environment named in the path, by uuid (the Pact Broker's form) or by name. */
async function environmentName(broker: BrokerContext, value: string): Promise<string> {
  const row = (await findEnvironment(broker.db, value)) ?? (await findEnvironmentByName(broker.db, value));
  if (!row) throw notFound(`environment "${value}"`);
  return row.name;
}

async function selectorOf(broker: BrokerContext, params: StatesRequest['params']): Promise<ConsumerVersionSelector> {
  if (params.branch !== undefined) return { branch: params.branch, latest: true };
  if (params.environment !== undefined) return { environment: await environmentName(broker, params.environment) };
  return { mainBranch: true, latest: true };
}

async function providerStates(broker: BrokerContext, request: StatesRequest, reply: FastifyReply) {
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const selected = await resolveSelector(broker.db, provider.id, await selectorOf(broker, request.params));
  const pacts = await Promise.all(
    selected.map(async ({ publication }) => ({
      consumer: publication.consumer_name,
      pact: JSON.parse((await findPactVersionById(broker.db, publication.pact_version_id))!.content) as Record<
        string,
        unknown
      >,
    })),
  );
  const self = `${baseUrlOf(request, broker.options)}${request.url}`;
  return sendHal(reply, { providerStates: aggregateProviderStates(pacts), _links: { self: { href: self } } });
}

const STATE_PATHS = [
  '/pacts/provider/:provider/provider-states',
  '/pacts/provider/:provider/provider-states/branch/:branch',
  '/pacts/provider/:provider/provider-states/environment/:environment',
];

/**
 * The provider states a provider must support: of the latest main-branch pacts, of a consumer branch, or of an
 * environment.
 */
export const providerStateRoutes: FastifyPluginAsync = async (app) => getOnPaths(app, STATE_PATHS, providerStates);
