/** pact-js's `src/common/request`: its HTTP method names (`HTTPMethods.GET`, `HTTPMethod`). */

/** The HTTP methods pact-js names. */
export enum HTTPMethods {
  GET = 'GET',
  POST = 'POST',
  PUT = 'PUT',
  PATCH = 'PATCH',
  DELETE = 'DELETE',
  HEAD = 'HEAD',
  OPTIONS = 'OPTIONS',
  COPY = 'COPY',
  LOCK = 'LOCK',
  MKCOL = 'MKCOL',
  MOVE = 'MOVE',
  PROPFIND = 'PROPFIND',
  PROPPATCH = 'PROPPATCH',
  UNLOCK = 'UNLOCK',
  REPORT = 'REPORT',
}
/** One of {@link HTTPMethods}, as a string. */
export type HTTPMethod = `${HTTPMethods}`;
