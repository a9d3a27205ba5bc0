import type { OpenApiVersion } from './types';

type Json = Record<string, unknown>;

/** Rewrite OpenAPI 3.0 / Swagger 2.0 schema dialect into what ajv's draft-07 understands (on a copy). */
function rewriteLegacy(node: Json): Json {
  const out: Json = { ...node };
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined && !Array.isArray(out.enum)) return { anyOf: [out, { type: 'null' }] };
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = out[`exclusive${bound}`];
    const limit = out[bound.toLowerCase()];
    if (flag === true && typeof limit === 'number') {
      out[`exclusive${bound}`] = limit;
      delete out[bound.toLowerCase()];
    } else if (typeof flag === 'boolean') {
      delete out[`exclusive${bound}`];
    }
  }
  return out;
}

/** Drop `required` lists, so that a schema accepts any subset of its properties (what a consumer may expect). */
function dropRequired(node: Json): Json {
  if (!Array.isArray(node.required)) return node;
  const { required: _required, ...rest } = node;
  return rest;
}

/** Deep-copy a document, applying `rewrite` to every object. */
function mapObjects(node: unknown, rewrite: (value: Json) => Json): unknown {
  if (Array.isArray(node)) return node.map((item) => mapObjects(item, rewrite));
  if (node === null || typeof node !== 'object') return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) copy[key] = mapObjects(value, rewrite);
  return rewrite(copy);
}

/** The document as ajv should see it: legacy dialect rewritten, and `required` dropped for subset checks. */
export function schemaDocument(doc: unknown, version: OpenApiVersion, options: { subset: boolean }): unknown {
  const legacy = version !== '3.1';
  if (!legacy && !options.subset) return doc;
  return mapObjects(doc, (node) => {
    const rewritten = legacy ? rewriteLegacy(node) : node;
    return options.subset ? dropRequired(rewritten) : rewritten;
  });
}
