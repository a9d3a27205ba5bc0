/**
 * @treaty/consumer/msw: msw both ways. Serve a pact's interactions as msw handlers, or record a pact
 * from an existing msw setup. Needs `msw` (an optional peer dependency of @treaty/consumer).
 */
export { pactToHandlers } from './msw/pact-to-handlers';
export type { PactHandlersOptions } from './msw/pact-to-handlers';
export { recordPact, PactRecorder } from './msw/record-pact';
export type { RecordPactOptions, MswLifeCycleSource } from './msw/record-pact';
export { loadPact } from './msw/load-pact';
