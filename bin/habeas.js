#!/usr/bin/env -S node --no-regexp-tier-up
// The V8 flags of every Habeas process come on its command line (engine-flag-list.js says why).
import './supported-node.js';
// Entry point: runs the TypeScript sources through tsx so the CLI is always the code in src/.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
