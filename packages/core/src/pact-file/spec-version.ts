import type { SpecVersion } from '../model';
import { invalid, isObject, type JsonObject, type ReadContext } from './read-context';

/**
 * The specification version a pact file declares in its metadata (`pactSpecification.version`,
 * the Ruby-era `pact-specification.version`, or `pactSpecificationVersion`). When it declares none,
 * it is inferred from its shapes: V4 when an interaction has a `type`, V3 with `messages` or
 * `providerStates`, otherwise V2.
 * @throws TreatyError TREATY_CORE_INVALID_PACT for a version other than 1.x to 4.x.
 */
export function detectSpecVersion(ctx: ReadContext, file: JsonObject): SpecVersion {
  const found = declaredVersion(file.metadata);
  if (found === undefined) return inferVersion(file);
  const match = /^v?(\d+)(?:\.(\d+))?/i.exec(String(found.value).trim());
  const major = match ? Number(match[1]) : NaN;
  if (major === 1) return match && match[2] !== undefined && Number(match[2]) >= 1 ? 'V1.1' : 'V1';
  if (major >= 2 && major <= 4) return `V${major}` as SpecVersion;
  return invalid(ctx, found.path, 'a Pact Specification version from 1.0.0 to 4.0', found.value);
}

function declaredVersion(metadata: unknown): { value: unknown; path: string } | undefined {
  if (!isObject(metadata)) return undefined;
  for (const key of ['pactSpecification', 'pact-specification']) {
    const holder = metadata[key];
    if (isObject(holder) && holder.version !== undefined)
      return { value: holder.version, path: `$.metadata['${key}'].version` };
  }
  if (metadata.pactSpecificationVersion !== undefined) {
    return { value: metadata.pactSpecificationVersion, path: '$.metadata.pactSpecificationVersion' };
  }
  return undefined;
}

function inferVersion(file: JsonObject): SpecVersion {
  const interactions = Array.isArray(file.interactions) ? file.interactions : [];
  if (interactions.some((i) => isObject(i) && typeof i.type === 'string')) return 'V4';
  if (file.messages !== undefined || interactions.some((i) => isObject(i) && i.providerStates !== undefined))
    return 'V3';
  return 'V2';
}
