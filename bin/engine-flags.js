// V8 settings of every Habeas process: each bin/ entry point imports this module first, and the
// test workers and the CLI processes tests start get the same flags on their command line
// (vitest.config.ts, test/support/habeas-process.ts, through engine-flag-list.js).
//
// --no-regexp-tier-up: V8 runs a regex first in its bytecode interpreter and compiles it to
// machine code on its second use, so every regex is compiled twice. Extraction builds a few
// hundred large word-list regexes for each report language (src/core/extract/lexicons), most
// used on a handful of sentences, so the compiles outweigh the matching: on 242 cached real
// reports in 30 languages, compiled once, at once, extraction ran about twice as fast from a
// cold start and about 1.7 times as fast warm (docs/extraction.md, "Speed on real reports").
import { setFlagsFromString } from 'node:v8';
import { ENGINE_FLAGS } from './engine-flag-list.js';

// Read by V8 whenever it compiles a regex. Set before the process's first regex runs: changed
// later, in a process whose regexes are part-way through tiering up, V8 can crash (Vitest's own
// process died so when its config set it).
for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
