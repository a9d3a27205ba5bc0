import { short, when } from '../format';
import { to } from '../links';
import { Outcome } from './status';
import { TableHead } from './table-head';

/** A matrix row as `/matrix` answers it. */
export interface MatrixRowData {
  consumer: { name: string; version: { number: string; branch?: string } };
  provider: { name: string; version: { number: string; branch?: string } | null };
  pact: { createdAt: string; _links: { self: { href: string } } };
  verificationResult: {
    success: boolean;
    verifiedAt: string;
    verifiedBy?: string;
    _links: { self: { href: string } };
  } | null;
  ignored?: boolean;
}

const VERIFICATION =
  /\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/pact-version\/([^/]+)\/verification-results\/(\d+)$/;

function verificationLink(row: MatrixRowData): string | undefined {
  const href = row.verificationResult?._links.self.href ?? '';
  const m = VERIFICATION.exec(new URL(href, location.origin).pathname);
  if (m)
    return to.verification(decodeURIComponent(m[1]), decodeURIComponent(m[2]), decodeURIComponent(m[3]), Number(m[4]));
  return row.provider.version ? to.providerContract(row.provider.name, row.provider.version.number) : undefined;
}

function Version({ v }: { v: { number: string; branch?: string } | null }) {
  if (!v) return <span class="muted">—</span>;
  return (
    <>
      {v.number}
      {v.branch && <span class="chip">{v.branch}</span>}
    </>
  );
}

function Row({ row }: { row: MatrixRowData }) {
  const link = verificationLink(row);
  const result = row.verificationResult;
  const sha = /pact-version\/([^/]+)/.exec(row.pact._links.self.href)?.[1] ?? '';
  return (
    <tr>
      <td>
        <a href={to.pacticipant(row.consumer.name)}>{row.consumer.name}</a>
      </td>
      <td>
        <a href={to.pact(row.provider.name, row.consumer.name, row.consumer.version.number)}>
          <Version v={row.consumer.version} />
        </a>
      </td>
      <td>
        <a href={to.pacticipant(row.provider.name)}>{row.provider.name}</a>
      </td>
      <td>
        <Version v={row.provider.version} />
      </td>
      <td>
        {result ? (
          link ? (
            <a href={link}>
              <Outcome success={result.success} />
            </a>
          ) : (
            <Outcome success={result.success} />
          )
        ) : (
          <Outcome success={null} />
        )}
        {row.ignored ? <span class="chip">ignored</span> : null}
      </td>
      <td>{result ? when(result.verifiedAt) : ''}</td>
      <td>
        <code title={sha}>{short(sha)}</code>
      </td>
    </tr>
  );
}

const COLUMNS = ['Consumer', 'Consumer version', 'Provider', 'Provider version', 'Verification', 'Verified', 'Pact'];

/** The matrix rows as a table: consumer and provider versions with their verification result. */
export function MatrixTable({ rows }: { rows: MatrixRowData[] }) {
  if (rows.length === 0) return <p class="muted">No rows: nothing matches these selectors.</p>;
  return (
    <table class="grid">
      <TableHead columns={COLUMNS} />
      <tbody>
        {rows.map((row) => (
          <Row row={row} />
        ))}
      </tbody>
    </table>
  );
}
