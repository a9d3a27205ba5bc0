import type { HttpRequest, HttpResponse, Message } from '../model';
/** What generators may draw on. */
export interface GeneratorContext {
  /** Values returned by provider state handlers, for ProviderState generators (provider mode). */
  providerState?: Record<string, unknown>;
  /** The mock server's base URL, for MockServerURL generators (consumer mode). */
  mockServerUrl?: string;
}
/** Apply a request's generators (provider mode: the verifier replaying a request). Returns a new request. */
export function generateRequest(request: HttpRequest, context: GeneratorContext = {}): HttpRequest { void request; void context; throw new Error("not implemented yet"); }
/** Apply a response's generators (consumer mode: the mock server answering). Returns a new response. */
export function generateResponse(response: HttpResponse, context: GeneratorContext = {}): HttpResponse { void response; void context; throw new Error("not implemented yet"); }
/** Apply a message's generators. Returns a new message. */
export function generateMessage(message: Message, context: GeneratorContext = {}): Message { void message; void context; throw new Error("not implemented yet"); }
