import type { FastifyReply } from 'fastify';

/** A HAL link. */
export interface HalLink {
  href: string;
  title?: string;
  name?: string;
  templated?: boolean;
  method?: string;
}

/** The content type every resource is answered with. */
export const HAL_JSON = 'application/hal+json; charset=utf-8';

/** Encode one path segment the way the Pact Broker's clients expect (spaces as %20, slashes escaped). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** Build a URL from a base and path segments, each encoded. */
export function url(base: string, ...segments: (string | number)[]): string {
  return `${base}/${segments.map(seg).join('/')}`;
}

/** Send a HAL+JSON body. */
export function sendHal(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply.code(status).type(HAL_JSON).send(body);
}
