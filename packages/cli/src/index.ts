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
export { detectBuildInfo } from './api/git-info';
export type { BuildInfo } from './api/git-info';
export { startStubServer } from './mock/stub-server';
export type { StubServerOptions, StubServer } from './mock/stub-server';

// Errors
export { cliErrors } from './errors';
export type { CliErrorCode } from './errors';
