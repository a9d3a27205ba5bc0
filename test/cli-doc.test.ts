import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Generator = { MARKER: string; renderCliDoc(current: string): string; renderReference(): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = async (): Promise<Generator> => require('../scripts/cli-doc.js');
const docPath = join(__dirname, '..', 'docs', 'cli.md');

describe('docs/cli.md', () => {
  it(
    'has the command reference the commander definitions ' + 'give (run `node scripts/cli-doc.js` when this fails)',
    async () => {
      const { renderCliDoc } = await load();
      const current = readFileSync(docPath, 'utf8');
      expect(current).toBe(renderCliDoc(current));
    },
  );

  it('documents every command with an example', async () => {
    const { MARKER } = await load();
    const reference = readFileSync(docPath, 'utf8').split(MARKER)[1];
    const sections = reference.split(/^### /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(35);
    for (const section of sections) {
      const name = section.split('\n')[0];
      const isGroup = /^Commands:$/m.test(section);
      expect({ name, example: isGroup || section.includes(`$ ${name}`) }).toEqual({ name, example: true });
    }
  });
});
