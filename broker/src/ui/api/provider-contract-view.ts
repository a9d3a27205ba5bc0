import { parseOpenApi } from '@treaty/openapi';
import type { Database } from '../../storage/database';
import { notFound } from '../../errors';
import { requirePacticipant } from '../../routes/lookups';
import { crossResultsOfContract, findProviderContract } from '../../storage/repositories/provider-contracts';
import { findVersion } from '../../storage/repositories/versions';

/** Provider versions that published a contract, newest first. */
export function contractVersionsOf(
  db: Database,
  providerId: number,
): Promise<Array<{ version: string; createdAt: string; success: number }>> {
  return db.all(
    `SELECT v.number AS version, pc.created_at AS "createdAt", pc.self_verification_success AS success
     FROM provider_contracts pc
     JOIN versions v ON v.id = pc.provider_version_id WHERE pc.provider_id = ? ORDER BY pc.id DESC LIMIT 50`,
    [providerId],
  );
}

function parsed(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// The document as JSON for the page (YAML too); text that is not OpenAPI is shown as it is.
function documentOf(content: string): unknown {
  try {
    return parseOpenApi(content, { source: 'provider contract' }).document;
  } catch {
    return parsed(content);
  }
}

/**
 * A provider contract: the document (parsed when JSON or YAML), its self-verification and each consumer's
 * cross-contract result.
 * Without a version, the newest contract.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the provider has no such contract.
 */
export async function providerContractView(db: Database, providerName: string, version?: string) {
  const provider = await requirePacticipant(db, providerName);
  const number = version ?? (await contractVersionsOf(db, provider.id))[0]?.version;
  const v = number === undefined ? undefined : await findVersion(db, provider.id, number);
  const contract = v && (await findProviderContract(db, v.id));
  if (!contract) throw notFound(`provider contract of ${providerName}${version ? ` ${version}` : ''}`);
  const cross = await crossResultsOfContract(db, contract.id);
  return {
    provider: provider.name,
    version: contract.provider_version_number,
    contentType: contract.content_type,
    contractType: contract.contract_type,
    document: documentOf(contract.content),
    source: contract.content,
    buildUrl: contract.build_url,
    selfVerification: {
      success: Boolean(Number(contract.self_verification_success)),
      verifier: contract.verifier,
      content: contract.self_verification_content,
    },
    crossResults: cross.map((r) => ({
      consumer: r.consumer_name,
      consumerVersion: r.consumer_version_number,
      sha: r.sha,
      success: Boolean(Number(r.success)),
      issues: parsed(r.issues),
      at: r.created_at,
    })),
    versions: await contractVersionsOf(db, provider.id),
  };
}
