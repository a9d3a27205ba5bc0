import type { HttpRequest, HttpResponse, Message, MatchResult, SpecVersion } from '../model';
/** Options of the file-shaped matchers. */
export interface MatchOptions { /** The specification version `expected` and `actual` are written in. Defaults to V4. */ specVersion?: SpecVersion }
/** Match an actual request against an expected one, both as they stand in a pact file of `specVersion`. */
export function matchRequest(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult { void expected; void actual; void options; throw new Error("not implemented yet"); }
/** Match an actual response against an expected one, both as they stand in a pact file of `specVersion`. */
export function matchResponse(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult { void expected; void actual; void options; throw new Error("not implemented yet"); }
/** Match an actual message against an expected one, both as they stand in a pact file of `specVersion`. */
export function matchMessage(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult { void expected; void actual; void options; throw new Error("not implemented yet"); }
/** Match normalised requests (what transports use). */
export function matchHttpRequest(expected: HttpRequest, actual: HttpRequest): MatchResult { void expected; void actual; throw new Error("not implemented yet"); }
/** Match normalised responses. */
export function matchHttpResponse(expected: HttpResponse, actual: HttpResponse): MatchResult { void expected; void actual; throw new Error("not implemented yet"); }
/** Match normalised messages (contents and metadata). */
export function matchMessageContents(expected: Message, actual: Message): MatchResult { void expected; void actual; throw new Error("not implemented yet"); }
