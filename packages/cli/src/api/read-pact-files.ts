import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePact, type Pact } from '@treaty/core';
import { cliErrors } from '../errors';

/** A pact file read from disk. */
export interface PactFile {
  /** The path as resolved. */
  path: string;
  /** The file's text, published as it is. */
  text: string;
  /** The parsed model. */
  pact: Pact;
}

/** Expand files and directories (their `*.json` files, not recursive) into file paths, sorted. */
export function listPactFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([input], { source: input });
    }
    if (!stats.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort();
    if (found.length === 0) throw cliErrors.TREATY_CLI_NO_PACTS([input], { source: input });
    files.push(...found.map((name) => join(path, name)));
  }
  return [...new Set(files)];
}

/**
 * Read and validate one pact file.
 * @throws TreatyError TREATY_CLI_FILE_NOT_FOUND or TREATY_CLI_INVALID_PACT or TREATY_CORE_INVALID_PACT.
 */
export function readPactFile(path: string): PactFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([path], { source: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw cliErrors.TREATY_CLI_INVALID_PACT([path, `it is not JSON (${(error as Error).message})`], { source: path });
  }
  // parsePact's TreatyError already names the file and the JSON path.
  return { path, text, pact: parsePact(json, { source: path }) };
}
