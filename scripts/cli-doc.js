// Writes the command reference of docs/cli.md from the commander definitions of `treaty` (the built packages/cli/dist),
// below the marker line; the guide above the marker is written by hand.
// Usage: node scripts/cli-doc.js [--check]   (--check exits 1 when docs/cli.md is stale)
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Writable } = require('node:stream');
const { writeOrCheck } = require('./write-or-check');

const root = join(__dirname, '..');
const target = join(root, 'docs', 'cli.md');
const MARKER =
  '<!-- Generated from the commander definitions by `node scripts/cli-doc.js`: do not edit below this line. -->';

/** A context whose stdout keeps the text written to it. */
function captureContext() {
  const { createContext } = require(join(root, 'packages', 'cli', 'dist', 'io.js'));
  const sink = { text: '' };
  const stream = new Writable({ write: (chunk, _enc, done) => ((sink.text += String(chunk)), done()) });
  const ctx = createContext({ stdout: stream, stderr: stream, env: { NO_COLOR: '1' }, cwd: root });
  return { ctx, sink };
}

/** Every command below `command`, depth first, as [path, command]. */
function walk(command, path = []) {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => {
      const here = [...path, c.name()];
      return [[here, c], ...walk(c, here)];
    });
}

/** The full `--help` text of a command (usage, options, examples), at a fixed width and without colour. */
function helpText(command, sink) {
  command.configureOutput({ ...command.configureOutput(), getOutHelpWidth: () => 110, getOutHasColors: () => false });
  sink.text = '';
  command.outputHelp();
  return sink.text.trimEnd();
}

/** The generated reference: a table of commands, then each command's help. */
function renderReference() {
  const { createProgram } = require(join(root, 'packages', 'cli', 'dist', 'program.js'));
  const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'));
  const { ctx, sink } = captureContext();
  const program = createProgram(ctx, version);
  const commands = walk(program);
  const lines = ['## Command reference', '', '| command | what it does |', '| --- | --- |'];
  for (const [path, command] of commands) {
    lines.push(
      `| [\`treaty ${path.join(' ')}\`](#treaty-${path.join('-')}) | ${command.description().replace(/\|/g, '\\|')} |`,
    );
  }
  for (const [path, command] of commands) {
    lines.push(
      '',
      `### treaty ${path.join(' ')}`,
      '',
      command.description(),
      '',
      '```text',
      helpText(command, sink),
      '```',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** docs/cli.md with its reference section regenerated. */
function renderCliDoc(current) {
  const at = current.indexOf(MARKER);
  const guide = at === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, at);
  return `${guide}${MARKER}\n\n${renderReference()}`;
}

module.exports = { MARKER, renderCliDoc, renderReference };

if (require.main === module) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '# The `treaty` command line\n';
  writeOrCheck(target, renderCliDoc(current), 'node scripts/cli-doc.js');
}
