import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { compareSurface } from './helpers/api-surface';

// Plugin methods and classes belong to the gRPC/plugin work; until that branch adds them they are the
// only part of pact-js 16's public surface Treaty lacks.
const PLUGIN_SURFACE = [
  'UnconfiguredSynchronousMessage.usingPlugin',
  'V4UnconfiguredAsynchronousMessage.usingPlugin',
  'V4UnconfiguredInteraction.usingPlugin',
  'V4UnconfiguredSynchronousMessage.usingPlugin',
  'export SynchronousMessageWithPlugin',
  'export SynchronousMessageWithPluginContents',
  'export SynchronousMessageWithTransport',
];

function pactJsVersion(): string {
  const script = "process.stdout.write(require('@pact-foundation/pact/package.json').version)";
  return execFileSync(process.execPath, ['-e', script], { cwd: __dirname }).toString();
}

describe("@treaty/pact's public surface against @pact-foundation/pact's type declarations", () => {
  const theirs = require.resolve('@pact-foundation/pact/src/index.d.ts');
  const ours = path.join(path.dirname(require.resolve('@treaty/pact')), 'index.d.ts');
  const { missing, compared } = compareSurface(theirs, ours);

  it('is checked against pact-js 16', () => {
    expect(pactJsVersion()).toMatch(/^16\./);
  });

  it('walks every exported class and interface and the builder types their methods return', () => {
    expect(compared).toEqual(
      expect.arrayContaining([
        'PactV3',
        'PactV4',
        'PactV2 (static)',
        'MessageConsumerPact',
        'V4InteractionWithRequest',
        'V4InteractionWithCompleteRequest',
        'V4RequestBuilder',
        'V4ResponseBuilder',
        'V4AsynchronousMessageBuilder',
        'V4InteractionWithResponse',
        'V4UnconfiguredSynchronousMessage',
        'V4SynchronousMessageWithRequest',
        'V4UnconfiguredAsynchronousMessage',
        'Verifier',
      ]),
    );
  });

  it('has every export, method and member pact-js declares, but the plugin ones', () => {
    expect(missing).toEqual(PLUGIN_SURFACE);
  });
});
