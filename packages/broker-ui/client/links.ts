import { seg } from './api';

// The query of the matrix and can-i-deploy pages: a pacticipant, and a version only with it.
const versionQuery = (pacticipant?: string, version?: string) =>
  pacticipant ? `?pacticipant=${seg(pacticipant)}${version ? `&version=${seg(version)}` : ''}` : '';

/** Deep links of every UI page, in one place. */
export const to = {
  index: () => '/',
  pacticipant: (name: string) => `/ui/pacticipants/${seg(name)}`,
  pact: (provider: string, consumer: string, version?: string) =>
    `/ui/pacts/${seg(provider)}/${seg(consumer)}${version ? `?version=${seg(version)}` : ''}`,
  verification: (provider: string, consumer: string, sha: string, number: number) =>
    `/ui/verifications/${seg(provider)}/${seg(consumer)}/${seg(sha)}/${number}`,
  matrix: (pacticipant?: string, version?: string) => `/ui/matrix${versionQuery(pacticipant, version)}`,
  canIDeploy: (pacticipant?: string, version?: string) => `/ui/can-i-deploy${versionQuery(pacticipant, version)}`,
  environments: () => '/ui/environments',
  graph: () => '/ui/graph',
  webhooks: () => '/ui/webhooks',
  providerContract: (provider: string, version?: string) =>
    `/ui/provider-contracts/${seg(provider)}${version ? `?version=${seg(version)}` : ''}`,
};
