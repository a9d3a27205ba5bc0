import { readFileSync } from 'node:fs';
import { consumerErrors } from '../errors';

/**
 * The bytes of a file given as an interaction's body.
 * @example readBodyFile('fixtures/logo.png')
 * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
 */
export function readBodyFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw consumerErrors.TREATY_CONSUMER_BODY_FILE([file, why, process.cwd()], { source: file }, error);
  }
}
