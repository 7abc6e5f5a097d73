// The V8 flags of every Habeas process. They go on the process's command line, never set from
// inside it: the package.json scripts and the bin/ shebangs carry them, run-bench.js passes them
// to each bench process, vitest.config.ts to the test workers, test/support/habeas-process.ts to
// the CLI processes the tests start; test/support/engine-flags.test.ts checks each of these.
// Set at run time with v8.setFlagsFromString they raced V8's own threads: a bench:real run died
// with a segmentation fault about one time in five (2026-12-07), and setting them in Vitest's own
// process made `vitest run` die at its start. A `node bin/...` started by hand without them
// runs correctly, only slower.
//
// --no-regexp-tier-up: V8 runs a regex first in its bytecode interpreter and compiles it to
// machine code on its second use, so every regex is compiled twice. Extraction builds a few
// hundred large word-list regexes for each report language (src/core/extract/lexicons), most
// used on a handful of sentences, so the compiles outweigh the matching: on 242 cached real
// reports in 30 languages, compiled once, at once, extraction ran about twice as fast from a
// cold start and about 1.7 times as fast warm (docs/extraction.md, "Speed on real reports").
export const ENGINE_FLAGS = ['--no-regexp-tier-up'];
