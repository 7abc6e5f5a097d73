// V8 settings of every Habeas process: each bin/ entry point imports this module right after
// supported-node.js, and the test workers get the same flags (vitest.config.ts, execArgv).
//
// --no-regexp-tier-up: V8 runs a regex first in its bytecode interpreter and compiles it to
// machine code on its second use, so every regex is compiled twice. Extraction builds a few
// hundred large word-list regexes for each report language (src/core/extract/lexicons), most
// used on a handful of sentences, so the compiles outweigh the matching: on 242 cached real
// reports in 30 languages, compiled once, at once, extraction ran about twice as fast from a
// cold start and about 1.7 times as fast warm (docs/extraction.md, "Speed on real reports").
import { setFlagsFromString } from 'node:v8';

export const ENGINE_FLAGS = ['--no-regexp-tier-up'];

// Read by V8 whenever it compiles a regex, so setting it at start-up, before any extraction
// runs, has the effect of the command-line flag.
for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
