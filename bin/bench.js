#!/usr/bin/env -S node --no-regexp-tier-up
// The V8 flags of every Habeas process come on its command line (engine-flag-list.js says why).
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
