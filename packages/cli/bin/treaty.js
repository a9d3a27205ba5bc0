#!/usr/bin/env node
require('../dist/main.js'); // eslint-disable-line @typescript-eslint/no-require-imports
