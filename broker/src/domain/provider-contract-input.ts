import { invalid } from '../errors';
import { bracketDepth, MAX_JSON_DEPTH } from './json-depth';

/** A provider contract publication, normalised from PactFlow's two request shapes. */
export interface ProviderContractInput {
  version: string;
  content: string;
  contentType: string;
  contractType: string;
  selfVerification: { success: boolean; content?: string; contentType?: string; verifier?: string };
  branch?: string;
  tags: string[];
  buildUrl?: string;
}

/** Base64 text decodes to the document; anything else is the document itself. */
export function decodeContent(value: unknown): string | undefined {
  if (value && typeof value === 'object') return JSON.stringify(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const compact = value.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+=*$/.test(compact) && compact.length % 4 === 0) {
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    if (/^\s*(\{|openapi\s*:|swagger\s*:|asyncapi\s*:|["']?openapi|["']?asyncapi|#|---)/.test(decoded)) return decoded;
  }
  return value;
}

const NOT_VERIFIED: Readonly<Record<string, unknown>> = { success: false };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Read `PUT /provider-contracts/provider/{p}/version/{v}` (flat: content, contractType, verificationResults) or
 * `POST /provider-contracts/provider/{p}/publish` (pacticipantVersionNumber, contract: { content, specification,
 * selfVerificationResults }).
 * @throws TreatyError TREATY_BROKER_VALIDATION with field errors.
 */
export function readProviderContractInput(body: Record<string, unknown>, pathVersion?: string): ProviderContractInput {
  const nested =
    body.contract && typeof body.contract === 'object' ? (body.contract as Record<string, unknown>) : undefined;
  const source = nested ?? body;
  // PactFlow's Rust CLI leaves selfVerificationResults out of the nested form when no results file or verifier is
  // given:
  // such a contract is stored as not verified.
  const results = (source.selfVerificationResults ??
    source.verificationResults ??
    body.verificationResults ??
    (nested ? NOT_VERIFIED : undefined)) as Record<string, unknown> | undefined;
  const errors: Record<string, string[]> = {};
  const version = pathVersion ?? text(body.pacticipantVersionNumber) ?? text(body.providerVersionNumber);
  if (!version) errors.pacticipantVersionNumber = ['is missing'];
  const content = decodeContent(source.content);
  if (!content) errors.content = ['is missing'];
  else if (bracketDepth(content) > MAX_JSON_DEPTH)
    errors.content = [`nests deeper than ${MAX_JSON_DEPTH} levels; flatten the document`];
  const contractType = (text(source.contractType) ?? text(source.specification) ?? 'oas').toLowerCase();
  if (contractType !== 'oas' && contractType !== 'asyncapi') errors.contractType = ['must be oas or asyncapi'];
  if (!results || typeof results.success !== 'boolean')
    errors['verificationResults.success'] = ['is missing or not a boolean'];
  const tags = body.tags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string' || t === ''))
    errors.tags = ['must be an array of non-empty strings'];
  if (Object.keys(errors).length) throw invalid('publish provider contract', errors);
  return {
    version: version!,
    content: content!,
    contentType: text(source.contentType) ?? 'application/yaml',
    contractType,
    selfVerification: {
      success: results!.success as boolean,
      content: text(results!.content),
      contentType: text(results!.contentType),
      verifier: text(results!.verifier),
    },
    branch: text(body.branch),
    tags: tags as string[],
    buildUrl: text(body.buildUrl),
  };
}
