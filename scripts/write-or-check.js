// The one way the doc generators (cli-doc.js, errors-doc.js) write their file, or check it with --check.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

/**
 * Write `text` to `target`; with `--check` on the command line, write nothing and exit 1 when the file differs,
 * naming the command that regenerates it.
 * @example writeOrCheck(join(root, 'docs', 'errors.md'), text, 'node scripts/errors-doc.js')
 */
function writeOrCheck(target, text, command) {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
    return;
  }
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${relative(join(__dirname, '..'), target)} is stale: run \`${command}\`.`);
    process.exit(1);
  }
}

module.exports = { writeOrCheck };
