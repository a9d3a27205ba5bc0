import type { AsynchronousMessage } from '@treaty/consumer';
import type { AsynchronousMessageInteraction } from '@treaty/core';
import {
  grpcErrors,
  protobufMessageFromPluginContents,
  writeGrpcPact,
  type GrpcPactTarget,
  type ProtobufPluginEntry,
} from '@treaty/grpc';
import {
  checkProtobufContentType,
  PluginBuilder,
  protobufVersion,
  targetOf,
  type PluginConfig,
} from './plugin-interaction';
import { annotationsOf, type InteractionMeta } from './plugin-meta';

/** An asynchronous message with a plugin (pact-js `V4AsynchronousMessageWithPlugin`). */
export class AsynchronousMessageWithPlugin extends PluginBuilder<AsynchronousMessageWithPlugin> {
  protected next(meta: InteractionMeta, plugins: PluginConfig[]): AsynchronousMessageWithPlugin {
    return new AsynchronousMessageWithPlugin(this.opts, meta, plugins);
  }

  /** Name the message. */
  expectsToReceive(description: string): AsynchronousMessageWithPlugin {
    return this.next({ ...this.meta, description }, this.plugins);
  }

  /**
   * Describe the message in the protobuf plugin's configuration (`pact:proto`, `pact:message-type`, the fields).
   * @throws TreatyError (TREATY_GRPC_*) naming the message for bad contents, proto, type or field
   */
  withPluginContents(contents: string, contentType: string): AsynchronousMessageWithPluginContents {
    const { description } = this.meta;
    if (!description)
      throw grpcErrors.TREATY_GRPC_INVALID_PLUGIN_CONTENTS([
        '(no description)',
        'the message has no description',
        'Call expectsToReceive first',
      ]);
    checkProtobufContentType(contentType);
    const built = protobufMessageFromPluginContents(description, contents);
    const interaction: AsynchronousMessageInteraction = {
      type: 'Asynchronous/Messages',
      description,
      providerStates: this.meta.providerStates,
      ...built.message,
      pluginConfiguration: { protobuf: { descriptorKey: built.descriptorKey, message: built.messageType } },
      interactionMarkup: built.markup,
      ...annotationsOf(this.meta),
    };
    return new AsynchronousMessageWithPluginContents(targetOf(this.opts), interaction, {
      ...built.plugin,
      ...protobufVersion(this.plugins),
    });
  }
}

/** An asynchronous message with plugin contents (pact-js `V4AsynchronousMessageWithPluginContents`). */
export class AsynchronousMessageWithPluginContents {
  /** Hold the built message. */
  constructor(
    private readonly target: GrpcPactTarget,
    readonly interaction: AsynchronousMessageInteraction,
    private readonly plugin: ProtobufPluginEntry,
  ) {}

  /**
   * pact-js sends plugin messages over a plugin's transport; Treaty has none for messages.
   * @throws TreatyError TREATY_GRPC_UNSUPPORTED_PLUGIN always, saying to use executeTest
   */
  startTransport(transport: string, _address?: string, _config?: unknown): never {
    throw grpcErrors.TREATY_GRPC_UNSUPPORTED_PLUGIN([
      `transport "${transport}" for messages`,
      'Treaty has no message transports',
      'call executeTest, which hands the message to your handler',
    ]);
  }

  /** Hand the example message (protobuf bytes) to the consumer's handler; record it when the handler succeeds. */
  async executeTest<T>(integrationTest: (m: AsynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const content = Buffer.from(String(this.interaction.contents?.content ?? ''), 'base64');
    const value = await integrationTest({ contents: { content }, metadata: { ...(this.interaction.metadata ?? {}) } });
    writeGrpcPact(this.target, [{ interaction: this.interaction, plugin: this.plugin }]);
    return value;
  }
}
