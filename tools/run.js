#!/usr/bin/env node
// Runs a TypeScript entry point with SWC (decorator metadata on, tsconfig path aliases resolved),
// so services, tools and tests run the same sources without a separate compile step.
const path = require('node:path');
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
require('reflect-metadata');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run.js <entry.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
