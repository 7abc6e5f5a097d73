// The V8 flags of every Habeas process, without setting them: for the places that only pass
// them on (vitest.config.ts to the test workers, the tests to the CLI processes they start).
// Setting them in Vitest's own process, when its config was loaded, made `vitest run` of the
// whole suite die with a segmentation fault at its start (V8 does not support changing a
// regexp flag after regexes have run); engine-flags.js sets them, at a process's start.
export const ENGINE_FLAGS = ['--no-regexp-tier-up'];
