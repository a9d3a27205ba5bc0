import type { HttpRequest, HttpResponse, Message, SpecVersion } from '../model';
/** Read a request exactly as it stands in a pact file of `specVersion` into the model. */
export function normalizeRequest(json: unknown, specVersion: SpecVersion): HttpRequest { void json; void specVersion; throw new Error("not implemented yet"); }
/** Read a response exactly as it stands in a pact file of `specVersion` into the model. */
export function normalizeResponse(json: unknown, specVersion: SpecVersion): HttpResponse { void json; void specVersion; throw new Error("not implemented yet"); }
/** Read a message exactly as it stands in a pact file of `specVersion` into the model. */
export function normalizeMessage(json: unknown, specVersion: SpecVersion): Message { void json; void specVersion; throw new Error("not implemented yet"); }
