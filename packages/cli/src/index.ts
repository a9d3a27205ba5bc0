/**
 * @treaty/cli: the `treaty` command line and the programmatic API underneath it.
 */

// Running the CLI
export { runCli } from './run-cli';
export type { RunCliOptions } from './run-cli';
export { ExitCode } from './exit-codes';
export type { ExitCodeValue } from './exit-codes';

// Pact Broker client
export { BrokerClient } from '@treaty/broker-client';
export type { BrokerClientOptions, BrokerAuth, HalLink, HalResource } from '@treaty/broker-client';

// Programmatic commands
export { publishPacts } from './api/publish-pacts';
export type { PublishPactsOptions, PublishResult, BrokerNotice } from './api/publish-pacts';
export { canIDeploy, matrixQuery } from './api/can-i-deploy';
export type { CanIDeployOptions, CanIDeployResult, PacticipantSelector, MatrixRow } from './api/can-i-deploy';
export { createEnvironment, listEnvironments, findEnvironment } from './api/environments';
export type { CreateEnvironmentOptions, Environment } from './api/environments';
export { recordDeployment, recordRelease } from './api/record-deployment';
export type { RecordVersionOptions, RecordResult } from './api/record-deployment';
export { recordUndeployment, recordSupportEnded } from './api/record-undeployment';
export type { RecordUndeploymentOptions, RecordSupportEndedOptions } from './api/record-undeployment';
export { listPacticipants, describePacticipant, createOrUpdatePacticipant } from './api/pacticipants';
export type { Pacticipant, PacticipantFields } from './api/pacticipants';
export {
  createOrUpdateVersion,
  describeVersion,
  versionsInEnvironment,
  createVersionTags,
  deleteVersionTag,
  deleteBranch,
} from './api/versions';
export type { PacticipantVersion, VersionRef, EnvironmentVersion } from './api/versions';
export { describeEnvironment, updateEnvironment, deleteEnvironment } from './api/environments';
export type { UpdateEnvironmentOptions } from './api/environments';
export { webhookBody, createWebhook, createOrUpdateWebhook, deleteWebhook, testWebhook } from './api/webhooks';
export type { WebhookSpec } from './api/webhooks';
export { listLatestPactVersions, getPacts, downloadPacts } from './api/pacts';
export type { LatestPact, GetPactsOptions, FetchedPact } from './api/pacts';
export { listProviderStates } from './api/provider-states';
export type { ProviderState } from './api/provider-states';
export { publishProviderContract } from './api/provider-contracts';
export type { PublishProviderContractOptions } from './api/provider-contracts';
export { detectBuildInfo } from './api/git-info';
export type { BuildInfo } from './api/git-info';

// Errors
export { cliErrors } from './errors';
export type { CliErrorCode } from './errors';
