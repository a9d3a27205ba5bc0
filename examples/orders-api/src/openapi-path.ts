import { join } from 'node:path';

/** The absolute path of the API's OpenAPI document. */
export const OPENAPI_PATH = join(__dirname, '..', 'openapi.yaml');
