import type { Message } from '@treaty/core';
import { issue } from '../issues';
import type { SpecInternals } from '../load-openapi';
import { bareMediaType, pickMediaType } from '../media-type';
import type { OpenApiIssue } from '../types';
import { validateBody } from '../validate-body';
import type { AsyncApiMessage } from './types';

/**
 * How a message part of a pact is checked: `received` by the consumer (a subset, no unknown fields) or `sent` by it.
 */
export interface MessagePart {
  message: Message;
  /** The relative location of the part: `''` (a whole message), `request.` or `response[0].`. */
  prefix: string;
  received: boolean;
}

/** Metadata keys Pact itself writes, which are not message headers. */
const PACT_KEYS = new Set(['contenttype', 'content-type', 'content_type']);

function checkContentType(candidate: AsyncApiMessage, part: MessagePart, op: string): OpenApiIssue[] {
  const actual = part.message.contents?.contentType;
  if (!actual || !candidate.contentType || pickMediaType([candidate.contentType], actual) !== undefined) return [];
  return [
    issue(
      'message.content-type.incompatible',
      `${part.prefix}contents has content type ${bareMediaType(actual)}, but message ${candidate.name} ` +
        `of ${op} is ${candidate.contentType}`,
      {
        pactLocation: `${part.prefix}contents.contentType`,
        specLocation: candidate.location,
        operation: op,
      },
    ),
  ];
}

function checkPayload(
  internal: SpecInternals,
  candidate: AsyncApiMessage,
  part: MessagePart,
  op: string,
): OpenApiIssue[] {
  const contents = part.message.contents;
  if (contents === undefined || contents.content === undefined) return [];
  const prefix = `${part.prefix}contents`;
  if (!candidate.payload) {
    return [
      issue(
        'message.payload.unknown',
        `message ${candidate.name} of ${op} has no JSON Schema payload (none, or Avro, RAML...), ` +
          `so ${prefix} was not checked`,
        { severity: 'warning', pactLocation: prefix, specLocation: candidate.location, operation: op },
      ),
    ];
  }
  return validateBody({
    internal,
    schema: candidate.payload,
    location: `${candidate.location}/payload`,
    mediaType: candidate.contentType ?? contents.contentType ?? 'application/json',
    contentType: contents.contentType,
    value: contents.content,
    prefix,
    code: 'message.payload.incompatible',
    operation: op,
    mode: part.received ? 'subset' : 'strict',
    rejectUnknownFields: part.received,
    unknownFieldCode: 'message.payload.unknown-field',
    unvalidatableCode: 'message.payload.unvalidatable',
  });
}

function checkHeaders(
  internal: SpecInternals,
  candidate: AsyncApiMessage,
  part: MessagePart,
  op: string,
): OpenApiIssue[] {
  if (!candidate.headers || !part.message.metadata) return [];
  const headers = Object.fromEntries(
    Object.entries(part.message.metadata).filter(([key]) => !PACT_KEYS.has(key.toLowerCase())),
  );
  if (Object.keys(headers).length === 0) return [];
  return validateBody({
    internal,
    schema: candidate.headers,
    location: `${candidate.location}/headers`,
    mediaType: 'application/json',
    value: headers,
    prefix: `${part.prefix}metadata`,
    code: 'message.headers.incompatible',
    operation: op,
    mode: part.received ? 'subset' : 'strict',
    rejectUnknownFields: part.received,
    unknownFieldCode: 'message.headers.incompatible',
  });
}

/** Check one part of a pact (a message, a request, a response) against one message of the document. */
export function checkMessageAgainst(
  internal: SpecInternals,
  candidate: AsyncApiMessage,
  part: MessagePart,
  op: string,
): OpenApiIssue[] {
  return [
    ...checkContentType(candidate, part, op),
    ...checkPayload(internal, candidate, part, op),
    ...checkHeaders(internal, candidate, part, op),
  ];
}

/**
 * Check a part against the messages an operation allows: it fits when one message accepts it. With one candidate its
 * problems are reported as they are; with several, one `message.no.match` names what each candidate objected to.
 */
export function matchMessage(
  internal: SpecInternals,
  candidates: AsyncApiMessage[],
  part: MessagePart,
  op: string,
  specLocation: string,
): OpenApiIssue[] {
  const tried = candidates.map((candidate) => ({
    candidate,
    issues: checkMessageAgainst(internal, candidate, part, op),
  }));
  const fit = tried.find((t) => t.issues.every((i) => i.severity !== 'error'));
  if (fit) return fit.issues;
  if (tried.length === 1) return tried[0].issues;
  const reasons = tried.map(
    (t) => `${t.candidate.name}: ${t.issues.find((i) => i.severity === 'error')?.message ?? 'no payload'}`,
  );
  const where = part.prefix ? part.prefix.replace(/\.$/, '') : 'the message';
  return [
    issue('message.no.match', `${where} fits none of the ${tried.length} messages of ${op} (${reasons.join('; ')})`, {
      pactLocation: part.prefix ? `${part.prefix}contents` : 'contents',
      specLocation,
      operation: op,
      details: tried.map((t) => t.issues),
    }),
  ];
}
