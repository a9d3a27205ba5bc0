import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = { pkg: string; code: string; template: string };
type Generator = { collectCodes(): Row[]; renderErrorsDoc(rows: Row[]): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = async (): Promise<Generator> => require('../scripts/errors-doc.js');

describe('error catalogue', () => {
  it('lists every code in docs/errors.md', async () => {
    const { collectCodes, renderErrorsDoc } = await load();
    const doc = readFileSync(join(__dirname, '..', 'docs', 'errors.md'), 'utf8');
    expect(doc).toBe(renderErrorsDoc(collectCodes()));
  });

  it('never uses one code twice and names each code after its package', async () => {
    const rows = (await load()).collectCodes();
    expect(rows.length).toBeGreaterThan(3);
    const codes = rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const row of rows) expect(row.code).toMatch(/^TREATY_[A-Z]+_[A-Z0-9_]+$/);
  });

  it('words every message as "Failed to ...: why. What to do."', async () => {
    for (const row of (await load()).collectCodes()) {
      expect(`${row.code}: ${row.template}`).toMatch(/^TREATY_\w+: Failed to [^:]+: .+\. .+[.)]$/s);
    }
  });
});
