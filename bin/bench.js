#!/usr/bin/env node
// First: V8's flags must be set before the first regex runs (engine-flags.js).
import './engine-flags.js';
import './supported-node.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// Runs one benchmark file (TypeScript) under tsx; benchmarks print one JSON line per figure.
import { register } from 'tsx/esm/api';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/bench.js bench/<name>.bench.ts');
  process.exit(2);
}
await import(pathToFileURL(resolve(file)).href);
