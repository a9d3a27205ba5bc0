import {
  PactV4 as ConsumerPactV4,
  UnconfiguredAsynchronousMessage,
  UnconfiguredSynchronousMessage,
  type PactV4Options,
} from '@treaty/consumer';
import { AsynchronousMessageWithPlugin } from './plugin-message';
import { checkPlugin, SynchronousMessageWithPlugin, type PluginConfig } from './plugin-interaction';
import { copyMeta } from './plugin-meta';

type MessageContext = ConstructorParameters<typeof UnconfiguredAsynchronousMessage>[0];

/** The consumer builders' view of the pact a message belongs to: always V4. */
function contextOf(opts: PactV4Options): MessageContext {
  return { opts, target: { consumer: opts.consumer, provider: opts.provider, dir: opts.dir, specVersion: 'V4' } };
}

/** A synchronous message being defined, which may use a plugin (pact-js `V4UnconfiguredSynchronousMessage`). */
export class PluginCapableSynchronousMessage extends UnconfiguredSynchronousMessage {
  /** Bind to a pact. */
  constructor(
    private readonly pactOptions: PactV4Options,
    description: string,
  ) {
    super(contextOf(pactOptions), description);
  }

  /**
   * Describe the contents with a plugin. Treaty has the protobuf plugin built in (no binary).
   * @example pact.addSynchronousInteraction('area').usingPlugin({ plugin: 'protobuf', version: '0.5.5' })
   * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for other plugins
   */
  usingPlugin(config: PluginConfig): SynchronousMessageWithPlugin {
    return new SynchronousMessageWithPlugin(this.pactOptions, copyMeta(this.meta), [checkPlugin(config)]);
  }
}

/** An asynchronous message being defined, which may use a plugin (pact-js `V4UnconfiguredAsynchronousMessage`). */
export class PluginCapableAsynchronousMessage extends UnconfiguredAsynchronousMessage {
  /** Bind to a pact. */
  constructor(private readonly pactOptions: PactV4Options) {
    super(contextOf(pactOptions));
  }

  /**
   * Describe the message with a plugin: protobuf contents (`pact:message-type`), no plugin binary.
   * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN for other plugins
   */
  usingPlugin(config: PluginConfig): AsynchronousMessageWithPlugin {
    return new AsynchronousMessageWithPlugin(this.pactOptions, copyMeta(this.meta), [checkPlugin(config)]);
  }
}

/**
 * pact-js's `PactV4` with the plugin API: `addSynchronousInteraction(...).usingPlugin({ plugin: 'protobuf', version })
 * .withPluginContents(json, 'application/protobuf').startTransport('grpc', '127.0.0.1').executeTest(...)`.
 * @example
 * const pact = new PactV4({ consumer: 'web', provider: 'area-calculator' });
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing.
 */
export class PactV4 extends ConsumerPactV4 {
  /** Check the options; the pact file is written at the end of the test file. */
  constructor(private readonly pactOptions: PactV4Options) {
    super(pactOptions);
  }

  /** Start a synchronous (request/response) message interaction, possibly using a plugin. */
  override addSynchronousInteraction(description: string): PluginCapableSynchronousMessage {
    super.addSynchronousInteraction(description); // validates the description as the base class does
    return new PluginCapableSynchronousMessage(this.pactOptions, description);
  }

  /** Start an asynchronous message interaction, possibly using a plugin. */
  override addAsynchronousInteraction(): PluginCapableAsynchronousMessage {
    return new PluginCapableAsynchronousMessage(this.pactOptions);
  }
}
