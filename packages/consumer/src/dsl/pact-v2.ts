import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { HttpInteraction, WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { TemplateQuery } from '../matchers/matcher-types';
import { startMockServer, type MockServer } from '../mock-server/mock-server';
import { reportOk, type MockReport } from '../mock-server/mock-report';
import { flushPacts, recordInteractions, type PactTarget } from '../pact-file/pact-registry';
import { targetOf, type PactV4Options } from './pact-options';
import { preparePactWriting } from './prepare-test-file';
import { mismatchError } from './run-http-test';
import { Interaction, interactionToInteractionObject, type InteractionObject, type V2Request } from './v2-interaction';
import { v3Request, v3Response } from './v3-parts';

/** Options of `new PactV2()` (pact-js's `PactV2Options`); `spec` is a plain number (1, 2, 3 or 4). */
export interface PactV2Options extends Omit<PactV4Options, 'spec'> {
  spec?: number;
  /** Accepted for compatibility; Treaty writes no log file. */
  log?: string;
  /** `overwrite` replaces the pact file on the first write of the run; default `merge`. */
  pactfileWriteMode?: 'overwrite' | 'update' | 'merge';
  ssl?: boolean;
  /** Not supported (Treaty's mock server speaks plain HTTP): accepted for compatibility. */
  sslcert?: string;
  /** Not supported (Treaty's mock server speaks plain HTTP): accepted for compatibility. */
  sslkey?: string;
  /** Accepted for compatibility (pact-js's mock service start-up timeout). */
  timeout?: number;
}

/** PactV2 options after `setup()`: the port is known. */
export type PactV2OptionsComplete = PactV2Options & { port: number; host: string; ssl: boolean };

const SPECS: Record<number, WritableSpecVersion> = { 1: 'V1', 2: 'V2', 3: 'V3', 4: 'V4' };

function queryOf(query: V2Request['query']): TemplateQuery | undefined {
  if (typeof query !== 'string') return query;
  const out: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) (out[name] ??= []).push(value);
  return out;
}

function toHttpInteraction(obj: InteractionObject): HttpInteraction {
  const request = v3Request({ ...obj.withRequest, query: queryOf(obj.withRequest.query) });
  return {
    type: 'Synchronous/HTTP',
    description: obj.uponReceiving,
    providerStates: obj.state ? [{ name: obj.state }] : [],
    request,
    response: v3Response(obj.willRespondWith),
  };
}

/**
 * The legacy pact-js consumer API (`PactV2`): `setup()` starts the mock server, each test adds
 * interactions and calls `verify()`, which checks the requests and writes the pact; `finalize()` stops it.
 * @example const provider = new PactV2({ consumer: 'web', provider: 'api' }); await provider.setup();
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing or `spec` is unknown.
 */
export class PactV2 {
  readonly opts: PactV2OptionsComplete;
  mockService?: { baseUrl: string };
  private readonly target: PactTarget;
  private interactions: HttpInteraction[] = [];
  private server?: MockServer;

  /** pact-js's defaults for the options (Treaty applies its own in the constructor: a free port, `./pacts`). */
  static defaults: PactV2Options = {
    consumer: '',
    provider: '',
    cors: false,
    dir: resolve(process.cwd(), 'pacts'),
    host: '127.0.0.1',
    log: resolve(process.cwd(), 'logs', 'pact.log'),
    logLevel: 'info',
    pactfileWriteMode: 'merge',
    ssl: false,
    spec: 2,
  };

  /**
   * Options with pact-js's defaults filled in.
   * @example PactV2.createOptionsWithDefaults({ consumer: 'web', provider: 'api' }).dir // '<cwd>/pacts'
   */
  static createOptionsWithDefaults(opts: PactV2Options): PactV2OptionsComplete {
    return { ...PactV2.defaults, port: 0, ...opts } as PactV2OptionsComplete;
  }

  /** Check the options. */
  constructor(config: PactV2Options) {
    this.opts = { host: '127.0.0.1', port: 0, ssl: false, ...config };
    const specVersion = SPECS[config.spec ?? 2];
    if (!specVersion)
      throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION([
        'spec',
        `${config.spec} is not a specification version`,
        '1, 2, 3, 4',
      ]);
    const target = targetOf({ ...this.opts, spec: undefined, tls: config.ssl }, specVersion);
    this.target = { ...target, writeMode: config.pactfileWriteMode === 'overwrite' ? 'overwrite' : 'merge' };
    preparePactWriting();
  }

  /**
   * Start the mock server (on `port`, or a free one written back to `opts.port`).
   * @throws TREATY_CONSUMER_MOCK_START when the port cannot be bound.
   */
  async setup(): Promise<PactV2OptionsComplete> {
    // The port stays the same for every test (clients are often built once from it), as in pact-js.
    if (!this.opts.port) this.opts.port = await freePort(this.opts.host);
    await this.ensureServer();
    return this.opts;
  }

  /**
   * Add an interaction for the current test.
   * @throws TREATY_CONSUMER_INVALID_INTERACTION (as a rejection) when `setup()` was not called.
   */
  async addInteraction(interaction: InteractionObject | Interaction): Promise<string> {
    if (!this.mockService) {
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([
        descriptionOf(interaction),
        'call setup() before addInteraction()',
      ]);
    }
    const obj = interaction instanceof Interaction ? interactionToInteractionObject(interaction.json()) : interaction;
    this.interactions.push(toHttpInteraction(obj));
    await this.ensureServer();
    return '';
  }

  /**
   * Check that the current test's requests matched its interactions, then write them to the pact.
   * @throws TREATY_CONSUMER_MOCK_MISMATCH when requests were missing, unexpected or mismatched.
   */
  async verify(): Promise<string> {
    if (!this.mockService)
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION(['(verify)', 'call setup() before verify()']);
    const interactions = this.interactions;
    const report = await this.stopServer();
    if (!reportOk(report)) throw mismatchError(report, interactions, undefined);
    recordInteractions(this.target, interactions);
    return this.writePact();
  }

  /** Stop the mock server (call once, after all tests). */
  async finalize(): Promise<void> {
    await this.stopServer();
  }

  /**
   * Write the pact file now.
   * @throws TREATY_CONSUMER_PACT_WRITE when the file cannot be written.
   */
  async writePact(): Promise<string> {
    flushPacts();
    return '';
  }

  /** Forget the interactions of the current test (no longer needed, kept for pact-js compatibility). */
  async removeInteractions(): Promise<string> {
    this.interactions.length = 0;
    return '';
  }

  private async ensureServer(): Promise<void> {
    if (this.server) return;
    const { host, port, cors } = this.opts;
    this.server = await startMockServer({ interactions: this.interactions, host, port, cors: cors ?? false });
    this.opts.port = this.server.port;
    this.mockService = { baseUrl: this.server.url };
  }

  private async stopServer(): Promise<MockReport> {
    const server = this.server;
    this.server = undefined;
    this.interactions = [];
    return server ? server.stop() : { missing: [], unexpected: [] };
  }
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function descriptionOf(interaction: InteractionObject | Interaction): string {
  return (
    (interaction instanceof Interaction ? interaction.state.description : interaction.uponReceiving) ??
    '(no description)'
  );
}
