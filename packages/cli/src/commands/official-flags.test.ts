import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createContext } from '../io';
import { createProgram } from '../program';

const officialBin = join(__dirname, '..', '..', '..', '..', 'node_modules', '.bin', 'pact-broker');
const commands = ['publish', 'can-i-deploy', 'create-environment', 'record-deployment', 'record-undeployment', 'record-release', 'record-support-ended'];

/** `[short, long]` for every flag the official CLI's help lists for a command. */
function officialFlags(command: string): [string | undefined, string][] {
  const help = execFileSync(officialBin, [command, '--help'], { encoding: 'utf8' });
  const flags: [string | undefined, string][] = [];
  for (const match of help.matchAll(/^\s+(?:(-\w), )?(--[\w-]+)/gm)) flags.push([match[1], match[2]]);
  return flags;
}

const program = createProgram(createContext({ stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: '.' }), '0.0.0');

describe.each(commands)('treaty %s takes the official pact-broker flags', (name) => {
  const command = program.commands.find((c) => c.name() === name)!;
  const official = officialFlags(name);

  it('lists flags to compare', () => {
    expect(official.length).toBeGreaterThan(8);
  });

  it.each(official.filter(([, long]) => long !== '--help'))('%s %s', (short, long) => {
    const option = command.options.find((o) => o.long === long);
    expect(option).toBeDefined();
    if (short) expect(option?.short).toBe(short);
  });
});
