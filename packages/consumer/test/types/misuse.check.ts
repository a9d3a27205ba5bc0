// Compiled by ../type-safety.test.ts: each @ts-expect-error line must be a type error, the rest must compile.
import { MatchersV3, PactV4, MessageConsumerPact, asynchronousBodyHandler } from '@treaty/consumer';
const { integer, regex, datetime, eachLike, atLeastLike } = MatchersV3;
// @ts-expect-error integer takes a number
integer('1');
// @ts-expect-error regex needs an example
regex(/a/);
// @ts-expect-error datetime needs an example
datetime('yyyy');
// @ts-expect-error atLeastLike needs a minimum
atLeastLike({ a: 1 });
const p = new PactV4({ consumer: 'a', provider: 'b' });
// @ts-expect-error willRespondWith before withRequest
p.addInteraction().uponReceiving('x').willRespondWith(200);
const responded = p.addInteraction().uponReceiving('x').withRequest('GET', '/').willRespondWith(200);
// @ts-expect-error executeTest needs an async function
responded.executeTest((s: { url: string }) => s.url);
const ok: Promise<number | undefined> = p
  .addInteraction()
  .uponReceiving('x')
  .withRequest('GET', '/', (b) => b.query({ a: integer(1) }).jsonBody(eachLike({ a: 1 })))
  .willRespondWith(200)
  .executeTest(async (s) => s.port);
void ok;
// @ts-expect-error consumer is required
new PactV4({ provider: 'b' });
void new MessageConsumerPact({ consumer: 'a', provider: 'b' })
  .expectsToReceive('m')
  .withContent({ a: 1 })
  .verify(asynchronousBodyHandler(async (body: { a: number }) => body.a));
