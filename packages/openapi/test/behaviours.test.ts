import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiIssue } from '@treaty/openapi';
import { checkPactAgainstContract, loadContract } from '@treaty/openapi/contract';

/**
 * One folder per behaviour of the static check: `spec.yaml`, `pact.json` and `expected.json`, which lists every
 * error and warning as `[interaction index, code, pact location]`.
 */
const root = join(__dirname, 'fixtures', 'behaviours');
const behaviours = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json')));

const brief = (issues: OpenApiIssue[]) => issues.map((i) => [i.interaction?.index, i.code, i.pactLocation]);

describe('checkPactAgainstContract on the behaviour fixtures (OpenAPI 3.0, 3.1, Swagger 2.0, AsyncAPI 2 and 3)', () => {
  it('has a fixture for each behaviour', () => {
    expect(behaviours.length).toBeGreaterThanOrEqual(17);
  });

  it.each(behaviours)('%s', async (name) => {
    const contract = await loadContract(join(root, name, 'spec.yaml'), { brokenRefs: 'report' });
    const pact = JSON.parse(readFileSync(join(root, name, 'pact.json'), 'utf8')) as unknown;
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as {
      errors: unknown[];
      warnings: unknown[];
    };
    const result = checkPactAgainstContract(pact, contract);
    expect({ errors: brief(result.errors), warnings: brief(result.warnings) }).toEqual(expected);
    expect(result.ok).toBe(expected.errors.length === 0);
  });
});
