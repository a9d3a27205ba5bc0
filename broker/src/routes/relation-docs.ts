import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { relationDoc } from '../domain/relation-docs';
import { notFound } from '../errors';

type DocRequest = FastifyRequest<{ Params: { rel: string }; Querystring: { context?: string } }>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `/doc/{rel}`: the page a HAL curie points to, one short HTML page per relation the broker advertises. */
export const relationDocRoutes: FastifyPluginAsync = async (app) => {
  app.get('/doc/:rel', async (request: DocRequest, reply) => {
    const name = request.params.rel.replace(/^(pb|pf|beta):/, '');
    const text = relationDoc(name);
    if (!text) throw notFound(`documentation for relation "${request.params.rel}"`);
    const title = escapeHtml(request.params.rel);
    const html =
      `<!doctype html><html><head><meta ` +
      `charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${escapeHtml(text)}</p></body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
};
