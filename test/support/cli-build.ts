/**
 * The `habeas` CLI compiled once for a test run. `bin/habeas.js` compiles the TypeScript
 * sources with tsx in every process it starts (about 2 CPU seconds each); process tests start
 * hundreds, so the `process` project's global setup (./global-setup-cli.ts) bundles
 * src/cli/main.ts with esbuild into a new folder per run, and ./habeas-process.ts starts that.
 * Packages stay external (resolved from the project's node_modules, so the folder lives under
 * test-output/), and each source's `import.meta.url` is its own file's, so what the sources
 * read beside themselves (migrations, i18n, the sample ledger, the web app) is found as under
 * tsx. The shipped bin/habeas.js is unchanged and still tested (test/cli/runtime.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

declare module 'vitest' {
  interface ProvidedContext {
    /** The compiled CLI's entry file for this run ('' outside the process project). */
    habeasCli: string;
  }
}

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

// Each source keeps the location it has in src/, so paths built from it still point there.
const ownLocation: Plugin = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(`${src}/`)) return undefined;
      const url = pathToFileURL(args.path).href;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(url))
        .replaceAll('import.meta.dirname', JSON.stringify(join(args.path, '..')))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Packages stay external, resolved from node_modules at run time, except drizzle-orm, which is
 * bundled: Node reads the package.json of every ES module file it loads to learn its format and
 * parses its whole "exports" map each time (node:internal/modules/package_json_reader), and
 * drizzle-orm's is 180 kB for the hundred-odd files a command loads, about 0.3 s of CPU per
 * process. Bundled, its code is the same, read once.
 */
const externalButDrizzle: Plugin = {
  name: 'external-but-drizzle',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === 'drizzle-orm' || args.path.startsWith('drizzle-orm/')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/**
 * Compiles the CLI into a new folder under test-output/cli; returns its entry file, habeas.js.
 * Beside it, habeas-steps.js runs several commands in one process (./habeas-steps.ts).
 */
export async function buildCli(): Promise<string> {
  const parent = join(root, 'test-output/cli');
  mkdirSync(parent, { recursive: true });
  const outdir = mkdtempSync(join(parent, 'run-'));
  await build({
    entryPoints: {
      // What bin/habeas.js does once tsx is registered (the tests run on a supported Node).
      habeas: join(import.meta.dirname, 'habeas-test-cli.ts'),
      // Several commands in one process (./habeas-steps.ts), sharing the chunks above.
      'habeas-steps': join(import.meta.dirname, 'habeas-steps.ts'),
    },
    bundle: true,
    // Commands stay in chunks of their own, loaded on demand as under tsx (src/cli/registry.ts).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',

    outdir,
    entryNames: '[name]',
    sourcemap: 'linked',
    keepNames: true,
    logLevel: 'error',
    plugins: [ownLocation, externalButDrizzle],
  });
  return join(outdir, 'habeas.js');
}

/** Removes a build made by buildCli (its folder). */
export function removeCli(entry: string): void {
  rmSync(join(entry, '..'), { recursive: true, force: true });
}
