import type { HttpRequest, HttpResponse, Message } from '../model';
import { generateBody, generateMetadata, generateNamedValues, plainGenerator } from './apply-generators';
import { generateValue, type GeneratorContext } from './generate-value';

export type { GeneratorContext };

/**
 * Apply a request's generators (provider mode: the verifier replaying a request). Returns a new request;
 * ProviderState generators draw on `context.providerState`.
 * @example generateRequest(request, { providerState: { id: 42 } }).path // '/orders/42'
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for an unknown or malformed generator.
 */
export function generateRequest(request: HttpRequest, context: GeneratorContext = {}): HttpRequest {
  const g = request.generators;
  if (g === undefined) return request;
  const out: HttpRequest = { ...request };
  const path = plainGenerator(g.path);
  if (path) out.path = String(generateValue(path, request.path, context, 'path'));
  const method = plainGenerator(g.method);
  if (method) out.method = String(generateValue(method, request.method, context, 'method'));
  if (g.query)
    out.query = generateNamedValues(request.query, g.query, context, { category: 'query', ignoreCase: false });
  if (g.header)
    out.headers = generateNamedValues(request.headers, g.header, context, { category: 'header', ignoreCase: true });
  if (g.body) out.body = generateBody(request.body, g.body, context);
  return out;
}

/**
 * Apply a response's generators (consumer mode: the mock server answering). Returns a new response;
 * MockServerURL generators draw on `context.mockServerUrl`.
 * @example generateResponse(response, { mockServerUrl: 'http://127.0.0.1:1234' })
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for an unknown or malformed generator.
 */
export function generateResponse(response: HttpResponse, context: GeneratorContext = {}): HttpResponse {
  const g = response.generators;
  if (g === undefined) return response;
  const out: HttpResponse = { ...response };
  const status = plainGenerator(g.status);
  if (status) {
    const value = Number(generateValue(status, response.status, context, 'status'));
    if (Number.isInteger(value)) out.status = value;
  }
  if (g.header)
    out.headers = generateNamedValues(response.headers, g.header, context, { category: 'header', ignoreCase: true });
  if (g.body) out.body = generateBody(response.body, g.body, context);
  return out;
}

/**
 * Apply a message's generators to its contents and metadata. Returns a new message.
 * @example generateMessage(message).contents
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for an unknown or malformed generator.
 */
export function generateMessage(message: Message, context: GeneratorContext = {}): Message {
  const g = message.generators;
  if (g === undefined) return message;
  const out: Message = { ...message };
  if (g.body) out.contents = generateBody(message.contents, g.body, context);
  if (g.metadata) out.metadata = generateMetadata(message.metadata, g.metadata, context);
  return out;
}
