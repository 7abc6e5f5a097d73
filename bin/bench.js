#!/usr/bin/env node
// Runs one benchmark file (TypeScript) under tsx; benchmarks print one JSON line per figure.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/bench.js bench/<name>.bench.ts');
  process.exit(2);
}
await import(pathToFileURL(resolve(file)).href);
