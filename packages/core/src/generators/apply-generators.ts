import { coreErrors } from '../core-errors';
import { parseJsonPath, resolvePath, setAtPath, type PathToken } from '../json-path/json-path';
import type { Body, Generator } from '../model';
import { generateValue, type GeneratorContext } from './generate-value';

/**
 * Apply body generators (keyed by JSON path) to a body, returning a new body. JSON content gets each
 * matching location replaced; other content only a generator at `$`; base64 content is left alone.
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for a malformed path or generator.
 */
export function generateBody(
  body: Body | undefined,
  generators: Record<string, Generator>,
  context: GeneratorContext,
): Body | undefined {
  if (body === undefined || body.encoded === 'base64') return body;
  let content = body.content;
  for (const [path, generator] of Object.entries(generators)) {
    const where = `body ${path}`;
    for (const location of resolvePath(content, tokensOf(path, where))) {
      content = setAtPath(content, location.segments, generateValue(generator, location.value, context, where));
    }
  }
  return content === body.content ? body : { ...body, content };
}

/**
 * Apply header/query generators (keyed by name, headers case-insensitively). A name the part lacks is added with a
 * generated value, as pact-reference does, unless the generator has nothing to draw on (no provider state value).
 */
export function generateNamedValues(
  values: Record<string, string[]> | undefined,
  generators: Record<string, Generator>,
  context: GeneratorContext,
  options: { category: string; ignoreCase: boolean },
): Record<string, string[]> | undefined {
  const out = { ...values };
  for (const [name, generator] of Object.entries(generators)) {
    const where = `${options.category} ${name}`;
    const key = Object.keys(out).find((k) =>
      options.ignoreCase ? k.toLowerCase() === name.toLowerCase() : k === name,
    );
    if (key !== undefined) {
      out[key] = out[key].map((value) => String(generateValue(generator, value, context, where)));
      continue;
    }
    const value = generateValue(generator, undefined, context, where);
    if (value !== undefined) out[name] = [String(value)];
  }
  return values === undefined && Object.keys(out).length === 0 ? undefined : out;
}

/** Apply metadata generators (keyed by name) to message metadata. */
export function generateMetadata(
  metadata: Record<string, unknown> | undefined,
  generators: Record<string, Generator>,
  context: GeneratorContext,
): Record<string, unknown> | undefined {
  if (metadata === undefined) return undefined;
  const out = { ...metadata };
  for (const [name, generator] of Object.entries(generators)) {
    if (name in out) out[name] = generateValue(generator, out[name], context, `metadata ${name}`);
  }
  return out;
}

/** The generator of a category without sub-paths (`path`, `method`, `status`), if any. */
export function plainGenerator(byPath: Record<string, Generator> | undefined): Generator | undefined {
  return byPath?.[''] ?? (byPath ? Object.values(byPath)[0] : undefined);
}

function tokensOf(path: string, where: string): PathToken[] {
  try {
    return parseJsonPath(path);
  } catch (error) {
    throw coreErrors.TREATY_CORE_INVALID_GENERATOR([where, (error as Error).message]);
  }
}
