import type { Body } from '../model';
/** Turn raw bytes or text received by a transport into a {@link Body}, parsing JSON by content type. */
export function parseBody(raw: string | Uint8Array | undefined, contentType?: string): Body | undefined { void raw; void contentType; throw new Error("not implemented yet"); }
/** Turn a {@link Body} into the text or bytes to send on the wire. */
export function encodeBody(body: Body | undefined): string | Uint8Array | undefined { void body; throw new Error("not implemented yet"); }
