/** pact-js's `src/common/jsonTypes`: the JSON value types. */
import type { AnyJson } from '../../index';

export type { AnyJson, JsonMap } from '../../index';
/** A JSON array. */
export type JsonArray = AnyJson[];
