import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJs from '@pact-foundation/pact';
import {
  ConfigurationError,
  GraphQLQueryError,
  MatchersV3,
  OperationType,
  PactV4,
  v4AsynchronousBodyHandler,
  v4SynchronousBodyHandler,
} from '@treaty/pact';

describe('pact-js helper exports', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-extras-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const message = () =>
    new PactV4({ consumer: 'extras-events', provider: 'extras-api', dir })
      .addAsynchronousInteraction()
      .expectsToReceive('an order event', (b) => b.withJSONContent({ id: MatchersV3.integer(7) }));

  it('v4SynchronousBodyHandler and v4AsynchronousBodyHandler pass the message body', async () => {
    const seen: unknown[] = [];
    await message().executeTest(v4SynchronousBodyHandler((body) => seen.push(body)));
    await message().executeTest(v4AsynchronousBodyHandler(async (body) => seen.push(body)));
    expect(seen).toEqual([{ id: 7 }, { id: 7 }]);
  });

  it('a throwing body handler fails the message test', async () => {
    const failing = v4SynchronousBodyHandler(() => {
      throw new Error('cannot handle');
    });
    await expect(message().executeTest(failing)).rejects.toThrow('cannot handle');
  });

  it('OperationType and the error classes have pact-js values and shapes', () => {
    expect(OperationType).toEqual(pactJs.OperationType);
    expect(new ConfigurationError('x')).toBeInstanceOf(Error);
    expect(new GraphQLQueryError('y').message).toBe('y');
  });
});
