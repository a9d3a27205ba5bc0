import type { DocumentSet } from './collect-documents';
import { resolveRefUri } from './collect-documents';
import { getAtPointer } from './json-pointer';

/** A value found in a document set, with where it lives. */
export interface Located<T = Record<string, unknown>> {
  value: T;
  uri: string;
  pointer: string;
}

/** Follow `$ref`s (chains too) from a value at `uri` + `pointer` to the value they name. */
export function follow(docs: DocumentSet, uri: string, ptr: string, value: unknown): Located | undefined {
  let current: Located<unknown> = { value, uri, pointer: ptr };
  for (let hops = 0; hops < 50; hops++) {
    const node = current.value;
    if (node === null || typeof node !== 'object') return undefined;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return current as Located;
    const { target, fragment } = resolveRefUri(ref, current.uri);
    current = { value: getAtPointer(docs.get(target), fragment), uri: target, pointer: '#' + fragment };
  }
  return undefined;
}
