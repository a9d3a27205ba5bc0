#!/usr/bin/env node
require('../dist/bin.js').main(process.argv.slice(2));
