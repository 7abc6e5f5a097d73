#!/usr/bin/env node
// First: V8's flags must be set before the first regex runs (engine-flags.js).
import './engine-flags.js';
import './supported-node.js';
// Entry point: runs the TypeScript sources through tsx so the CLI is always the code in src/.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
