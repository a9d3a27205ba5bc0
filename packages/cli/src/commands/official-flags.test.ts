import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { createContext } from '../io';
import { createProgram } from '../program';

const bin = (name: string) => join(__dirname, '..', '..', '..', '..', 'node_modules', '.bin', name);
const brokerCommands = [
  'publish',
  'can-i-deploy',
  'create-environment',
  'record-deployment',
  'record-undeployment',
  'record-release',
  'record-support-ended',
  'list-latest-pact-versions',
  'get-pacts',
  'update-environment',
  'delete-environment',
  'describe-environment',
  'list-environments',
  'can-i-merge',
  'create-or-update-pacticipant',
  'describe-pacticipant',
  'list-pacticipants',
  'create-webhook',
  'create-or-update-webhook',
  'delete-webhook',
  'test-webhook',
  'delete-branch',
  'create-version-tag',
  'delete-version-tag',
  'describe-version',
  'create-or-update-version',
  'provider-states list',
];
/** [official binary, command words]: every pact-broker command with flags, and PactFlow's publish-provider-contract. */
const commands: [string, string][] = [
  ...brokerCommands.map((c): [string, string] => ['pact-broker', c]),
  ['pactflow', 'publish-provider-contract'],
];

/** `[short, long, environment variable]` for every flag the official CLI's help lists for a command. */
function officialFlags(binary: string, command: string): [string | undefined, string, string | undefined][] {
  const help = execFileSync(bin(binary), [...command.split(' ').filter(Boolean), '--help'], { encoding: 'utf8' });
  const flags: [string | undefined, string, string | undefined][] = [];
  const blocks = help.split(/^(?=\s+(?:-\w, )?--[\w-]+)/m).slice(1);
  for (const block of blocks) {
    const match = /^\s+(?:(-\w), )?(--[\w-]+)/.exec(block);
    if (!match) continue;
    const env = /\[env: (\w+)=/.exec(block)?.[1];
    // Logging, OpenTelemetry and TLS settings are accepted and ignored, so their variables are not read either.
    flags.push([match[1], match[2], env && !/^(OTEL|SSL)_/.test(env) ? env : undefined]);
  }
  return flags;
}

const program = createProgram(
  createContext({ stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: '.' }),
  '0.0.0',
);

/** The treaty command for `words` (`provider-states list` is a subcommand). */
function treatyCommand(words: string): Command {
  return words.split(' ').reduce((parent, name) => parent.commands.find((c) => c.name() === name)!, program);
}

describe.each(commands)('treaty takes the flags of %s %s', (binary, name) => {
  const command = treatyCommand(name);
  const official = officialFlags(binary, name);

  it('lists flags to compare', () => {
    expect(command).toBeDefined();
    expect(official.length).toBeGreaterThan(8);
  });

  it.each(official.filter(([, long]) => long !== '--help'))('%s %s (environment variable %s)', (short, long, env) => {
    const option = command.options.find((o) => o.long === long);
    expect(option).toBeDefined();
    if (short) expect(option?.short).toBe(short);
    if (env) expect(option?.envVar).toBe(env);
  });
});

describe('treaty verify takes the flags of pact_verifier_cli', () => {
  const verify = treatyCommand('verify');
  // -u/-p stay the broker username/password as in pact-broker (--url/--port here); -h is help; -v the verifier's
  // version;
  // -b is --broker-base-url, the same setting as the verifier's --broker-url.
  const shortConflicts = new Set(['-u', '-p', '-h', '-v', '-b']);
  const official = officialFlags('pact-verifier', '').filter(([, long]) => long !== '--help' && long !== '--version');

  it('lists flags to compare', () => {
    expect(official.length).toBeGreaterThan(40);
  });

  it.each(official)('%s %s', (short, long) => {
    const option = verify.options.find((o) => o.long === long);
    expect(option).toBeDefined();
    if (short && !shortConflicts.has(short)) expect(option?.short).toBe(short);
  });
});
