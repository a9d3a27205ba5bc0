import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPactAgainstOpenApi, loadOpenApi, type OpenApiIssue } from '@treaty/openapi';

/**
 * One folder per behaviour of the static check: `spec.yaml`, `pact.json` and `expected.json`, which lists every
 * error and warning as `[interaction index, code, pact location]`.
 */
const root = join(__dirname, 'fixtures', 'behaviours');
const behaviours = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json')));

const brief = (issues: OpenApiIssue[]) => issues.map((i) => [i.interaction?.index, i.code, i.pactLocation]);

describe('checkPactAgainstOpenApi on the behaviour fixtures', () => {
  it('has a fixture for each behaviour', () => {
    expect(behaviours.length).toBeGreaterThanOrEqual(14);
  });

  it.each(behaviours)('%s', async (name) => {
    const spec = await loadOpenApi(join(root, name, 'spec.yaml'), { brokenRefs: 'report' });
    const pact = JSON.parse(readFileSync(join(root, name, 'pact.json'), 'utf8')) as unknown;
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { errors: unknown[]; warnings: unknown[] };
    const result = checkPactAgainstOpenApi(pact, spec);
    expect({ errors: brief(result.errors), warnings: brief(result.warnings) }).toEqual(expected);
    expect(result.ok).toBe(expected.errors.length === 0);
  });
});
