import type { AsynchronousMessage } from './v4-async-message';

/**
 * Wrap a function of the message body as a V4 asynchronous message test function (pact-js's
 * `v4SynchronousBodyHandler`); a throw becomes a rejected promise.
 * @example .executeTest(v4SynchronousBodyHandler((body) => handleOrder(body)))
 */
export function v4SynchronousBodyHandler<R>(handler: (body: unknown) => R): (m: AsynchronousMessage) => Promise<R> {
  return async (m) => handler(m.contents.content);
}

/**
 * Wrap an async function of the message body as a V4 asynchronous message test function (pact-js's
 * `v4AsynchronousBodyHandler`).
 * @example .executeTest(v4AsynchronousBodyHandler(async (body) => handleOrder(body)))
 */
export function v4AsynchronousBodyHandler<R>(
  handler: (body: unknown) => Promise<R>,
): (m: AsynchronousMessage) => Promise<R> {
  return (m) => handler(m.contents.content);
}
