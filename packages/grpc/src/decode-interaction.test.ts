import { parsePact, type Pact } from '@treaty/core';
import { buildGrpcInteraction, mergePluginEntries } from './grpc-interaction';
import { parseProto } from './descriptors';
import { decodeInteraction } from './decode-interaction';

const descriptors = parseProto(
  'syntax = "proto3"; package shop; service Prices { rpc Get (Item) returns (Price); } message Item { ' +
    'string sku = 1; } message Price { double amount = 1; }',
  'shop.proto',
);

function pactOf(interaction: Pact['interactions'][number], plugin: unknown): Pact {
  return parsePact({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [interaction],
    metadata: { pactSpecification: { version: '4.0' }, plugins: mergePluginEntries([], [plugin as never]) },
  });
}

describe('decodeInteraction', () => {
  it('decodes a gRPC interaction for people', () => {
    const { interaction, plugin } = buildGrpcInteraction({
      description: 'a price',
      descriptors,
      service: 'Prices/Get',
      request: { sku: 'A1' },
      response: { amount: 'matching(number, 9.5)' },
    });
    const pact = pactOf(interaction, plugin);
    expect(decodeInteraction(pact, pact.interactions[0])).toEqual({
      subject: 'shop.Prices/Get',
      request: { type: 'shop.Item', value: { sku: 'A1' } },
      responses: [{ type: 'shop.Price', value: { amount: 9.5 } }],
    });
  });

  it('leaves other interactions alone', () => {
    const pact = parsePact({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [{ description: 'x', request: { method: 'GET', path: '/' }, response: { status: 200 } }],
    });
    expect(decodeInteraction(pact, pact.interactions[0])).toBeUndefined();
  });
});
