import { parseAsyncApi } from './load-asyncapi';

const info = { title: 't', version: '1' };

describe('buildAsyncOperations (through parseAsyncApi)', () => {
  it('reads 2.x publish/subscribe with oneOf messages, message ids and the default content type', () => {
    const spec = parseAsyncApi({
      asyncapi: '2.6.0',
      info,
      defaultContentType: 'application/json',
      channels: {
        stock: {
          subscribe: {
            operationId: 'onStock',
            message: { oneOf: [{ messageId: 'changed', payload: { type: 'object' } }, { name: 'cleared' }] },
          },
        },
      },
    });
    expect(spec.operations).toEqual([
      expect.objectContaining({ id: 'onStock', action: 'subscribe', channel: 'stock' }),
    ]);
    expect(spec.operations[0].messages.map((m) => [m.name, m.contentType, m.payload?.pointer])).toEqual([
      ['changed', 'application/json', '#/channels/stock/subscribe/message/oneOf/0/payload'],
      ['cleared', 'application/json', undefined],
    ]);
  });

  it('reads 3.x operations, their channel messages when they list none, and reply messages', () => {
    const spec = parseAsyncApi({
      asyncapi: '3.0.0',
      info,
      channels: {
        a: {
          address: 'a-topic',
          messages: {
            m: { payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: { type: 'string' } } },
          },
        },
      },
      operations: {
        op: {
          action: 'send',
          channel: { $ref: '#/channels/a' },
          reply: { messages: [{ $ref: '#/channels/a/messages/m' }] },
        },
      },
    });
    const [op] = spec.operations;
    expect([op.id, op.channel, op.address, op.messages.map((m) => m.name), op.reply?.map((m) => m.name)]).toEqual([
      'op',
      'a',
      'a-topic',
      ['m'],
      ['m'],
    ]);
    expect(op.messages[0].payload?.pointer).toBe('#/channels/a/messages/m/payload/schema');
  });

  it('leaves payloads in other schema formats (Avro) unchecked', () => {
    const spec = parseAsyncApi({
      asyncapi: '2.6.0',
      info,
      channels: {
        c: {
          publish: {
            message: {
              schemaFormat: 'application/vnd.apache.avro;version=1.9.0',
              payload: { type: 'record', fields: [] },
            },
          },
        },
      },
    });
    expect(spec.operations[0]).toMatchObject({ id: 'publish:c', messages: [{ payload: undefined }] });
  });
});
