import type { PactV4Options, SynchronousMessage } from '@treaty/consumer';
import {
  grpcErrors,
  grpcInteractionFromPluginContents,
  runGrpcTest,
  writeGrpcPact,
  type BuiltGrpcInteraction,
  type GrpcPactTarget,
} from '@treaty/grpc';
import { annotationsOf, type InteractionMeta } from './plugin-meta';

/** A plugin and its version, as `usingPlugin` takes it (pact-js `PluginConfig`). */
export interface PluginConfig {
  plugin: string;
  version: string;
}

/** Where the transport's mock server listens (pact-js `TransportConfig`). */
export interface TransportConfig {
  port: number;
  address: string;
}

/**
 * Check a plugin is one Treaty has built in.
 * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for any plugin but protobuf
 */
export function checkPlugin(config: PluginConfig): PluginConfig {
  if (config?.plugin !== 'protobuf') {
    throw grpcErrors.TREATY_GRPC_UNSUPPORTED_PLUGIN([
      `plugin "${String(config?.plugin)}"`,
      'Treaty has no plugin binaries; only protobuf is built in',
      'describe the contents with the plain builders',
    ]);
  }
  return config;
}

/**
 * Check a plugin's contents are protobuf, the one kind Treaty reads.
 * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for another content type
 */
export function checkProtobufContentType(contentType: string): void {
  if (!/protobuf/i.test(contentType)) {
    throw grpcErrors.TREATY_GRPC_UNSUPPORTED_PLUGIN([
      `content type "${contentType}"`,
      'the protobuf plugin takes application/protobuf',
      "pass 'application/protobuf'",
    ]);
  }
}

/** The protobuf plugin's version as `usingPlugin` named it, to spread into the pact's plugin entry. */
export function protobufVersion(plugins: PluginConfig[]): { version?: string } {
  const version = plugins.find((p) => p.plugin === 'protobuf')?.version;
  return version ? { version } : {};
}

/** Where a plugin interaction's pact is written: the pact's consumer, provider and folder. */
export function targetOf(opts: PactV4Options): GrpcPactTarget {
  return { consumer: opts.consumer, provider: opts.provider, ...(opts.dir ? { dir: opts.dir } : {}) };
}

function asMessage(built: BuiltGrpcInteraction): SynchronousMessage {
  const bytes = (m: {
    contents?: { content?: unknown; contentType?: string };
    metadata?: Record<string, unknown>;
  }) => ({
    content: Buffer.from(String(m.contents?.content ?? ''), 'base64'),
    contentType: m.contents?.contentType,
    metadata: m.metadata ?? {},
  });
  return { Request: bytes(built.interaction.request), Response: built.interaction.response.map(bytes) };
}

/** What the sync and async plugin builders hold so far (the pact, the interaction, the plugins) and `usingPlugin`. */
export abstract class PluginBuilder<Self> {
  /** Hold the interaction so far. */
  constructor(
    protected readonly opts: PactV4Options,
    protected readonly meta: InteractionMeta,
    protected readonly plugins: PluginConfig[],
  ) {}

  /** The same kind of builder holding `meta` and `plugins`. */
  protected abstract next(meta: InteractionMeta, plugins: PluginConfig[]): Self;

  /**
   * Use another plugin as well.
   * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for any plugin but protobuf
   */
  usingPlugin(config: PluginConfig): Self {
    return this.next(this.meta, [...this.plugins, checkPlugin(config)]);
  }
}

/** A synchronous message with a plugin (pact-js `V4SynchronousMessageWithPlugin`). */
export class SynchronousMessageWithPlugin extends PluginBuilder<SynchronousMessageWithPlugin> {
  protected next(meta: InteractionMeta, plugins: PluginConfig[]): SynchronousMessageWithPlugin {
    return new SynchronousMessageWithPlugin(this.opts, meta, plugins);
  }

  /**
   * Describe the contents in the plugin's configuration (for protobuf: `pact:proto`, `pact:proto-service`, the
   * request and response fields with definitions such as `matching(number, 3)`).
   * @throws TreatyError (TREATY_GRPC_*) naming the interaction for bad contents, proto, method or field
   */
  withPluginContents(contents: string, contentType: string): SynchronousMessageWithPluginContents {
    checkProtobufContentType(contentType);
    const built = grpcInteractionFromPluginContents(this.meta.description, this.meta.providerStates, contents);
    return new SynchronousMessageWithPluginContents(targetOf(this.opts), {
      interaction: { ...built.interaction, ...annotationsOf(this.meta) },
      plugin: { ...built.plugin, ...protobufVersion(this.plugins) },
    });
  }
}

/** A synchronous message with plugin contents (pact-js `V4SynchronousMessageWithPluginContents`). */
export class SynchronousMessageWithPluginContents {
  /** Hold the built interaction. */
  constructor(
    private readonly target: GrpcPactTarget,
    private readonly built: BuiltGrpcInteraction,
  ) {}

  /**
   * Serve the interaction over a transport while the test runs. Only `grpc` is built in.
   * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for another transport
   */
  startTransport(transport: string, address: string, _config?: unknown): SynchronousMessageWithTransport {
    if (transport !== 'grpc') {
      throw grpcErrors.TREATY_GRPC_UNSUPPORTED_PLUGIN([
        `transport "${transport}"`,
        'only grpc is built in',
        "use startTransport('grpc', '127.0.0.1')",
      ]);
    }
    return new SynchronousMessageWithTransport(this.target, this.built, address || '127.0.0.1');
  }

  /** Hand the example request and responses to the test (no transport); record the interaction when it passes. */
  async executeTest<T>(integrationTest: (m: SynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const value = await integrationTest(asMessage(this.built));
    writeGrpcPact(this.target, [this.built]);
    return value;
  }
}

/** A synchronous message served by a transport (pact-js `V4SynchronousMessageWithTransport`). */
export class SynchronousMessageWithTransport {
  /** Hold the built interaction and where to serve it. */
  constructor(
    private readonly target: GrpcPactTarget,
    private readonly built: BuiltGrpcInteraction,
    private readonly address: string,
  ) {}

  /**
   * Run the test against an in-process gRPC mock server; when every call matched, write the pact.
   * @throws TreatyError TREATY_GRPC_MOCK_MISMATCH with field paths, rules, expected and actual values
   */
  async executeTest<T>(
    integrationTest: (tc: TransportConfig, m: SynchronousMessage) => Promise<T>,
  ): Promise<T | undefined> {
    return runGrpcTest(
      this.target,
      [this.built],
      (mock) => integrationTest({ port: mock.port, address: this.address }, asMessage(this.built)),
      { host: this.address },
    );
  }
}
