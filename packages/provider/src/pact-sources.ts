import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parsePact, type Pact } from '@treaty/core';
import { providerErrors } from './errors';

/** A pact to verify, with where it came from and what the broker said about it. */
export interface PactSource {
  pact: Pact;
  source: string;
  pending: boolean;
  wip: boolean;
  notices: string[];
  /** The broker's `pb:publish-verification-results` href, when the pact came from a broker. */
  publishUrl?: string;
}

async function readText(location: string, headers: Record<string, string>): Promise<string> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location, {
      headers: { Accept: 'application/hal+json, application/json', ...headers },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  // Decoding the whole buffer at once is several times faster than readFile's streaming utf8 decoder on big pacts.
  return (await readFile(location)).toString('utf8');
}

/**
 * Read and parse one pact (file or URL). @throws TreatyError TREATY_PROVIDER_PACT_READ_FAILED or
 * TREATY_CORE_INVALID_PACT
 */
export async function readPact(
  location: string,
  headers: Record<string, string> = {},
): Promise<{ pact: Pact; json: Record<string, unknown> }> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(await readText(location, headers)) as Record<string, unknown>;
  } catch (error) {
    throw providerErrors.TREATY_PROVIDER_PACT_READ_FAILED(
      [location, (error as Error).message],
      { source: location },
      error,
    );
  }
  return { pact: parsePact(json, { source: location }), json };
}

async function expand(location: string): Promise<string[]> {
  if (/^https?:\/\//.test(location)) return [location];
  const path = resolve(location);
  const info = await stat(path).catch((error: Error) => {
    throw providerErrors.TREATY_PROVIDER_PACT_READ_FAILED([location, error.message], { source: location }, error);
  });
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => join(path, name));
}

/** Read every pact of `pactUrls` (files, directories of `.json` files, http(s) URLs). @throws TreatyError */
export async function readPactUrls(pactUrls: string[], headers: Record<string, string>): Promise<PactSource[]> {
  const out: PactSource[] = [];
  for (const location of pactUrls) {
    for (const file of await expand(location)) {
      const { pact, json } = await readPact(file, /^https?:/.test(file) ? headers : {});
      const links = json._links as Record<string, { href?: string }> | undefined;
      out.push({
        pact,
        source: file,
        pending: false,
        wip: false,
        notices: [],
        publishUrl: links?.['pb:publish-verification-results']?.href,
      });
    }
  }
  return out;
}
