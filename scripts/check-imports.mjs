#!/usr/bin/env node
// Enforces the dependency rule of docs/ARCHITECTURE.md that Biome cannot express: which layer
// may import which, which packages the pure layers may use, and no import cycles anywhere in
// src/ or web/src/. `node scripts/check-imports.mjs [ROOT]` checks ROOT (default: this repo).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A layer may import itself and the layers listed for it. `web` is web/src, the browser app.
const allowed = {
  core: ['core'],
  app: ['core', 'app'],
  adapters: ['core', 'adapters'],
  server: ['core', 'app', 'adapters', 'server', 'config.ts', 'wiring.ts'],
  cli: ['core', 'app', 'adapters', 'server', 'cli', 'config.ts', 'wiring.ts'],
  'config.ts': [],
  'wiring.ts': ['core', 'app', 'adapters', 'config.ts'],
  // The web app shares the core's pure model; it talks to the rest only over HTTP.
  web: ['web', 'core'],
};

// Node built-ins and packages that do I/O or belong to a framework: never in core or web.
const impure =
  /^(node:|fs$|path$|http|https|net$|child_process|pg$|@electric-sql|drizzle|fastify|@fastify|linkedom|@mozilla|rss-parser|sanitize-html|htmlparser2|pg-boss)/;

// app is written against ports: the only packages it may import are pure libraries, each
// listed with the reason it belongs in app rather than in an adapter.
const appPackages = {
  // Schema checks of ledger files and values (app/transfer/ledger-schema.ts): pure, no I/O.
  // Kept out of core, whose own dump check (core/model/check-dump.ts) needs no library.
  zod: 'pure validation',
};

// Single imports that break a rule on purpose, by file and specifier, each with its reason.
const exceptions = {};

function walk(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

// Groups: 1 `type` of `import type`/`export type`, 2 the specifier of a from-clause,
// 3 of a side-effect import, 4 of a dynamic import.
const importRe =
  /(?:^|\n)\s*(?:import|export)(\s+type\b)?[^'"`;]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every dependency rule violation under root, as lines naming the file and the import. */
export function checkImports(root) {
  const src = join(root, 'src');
  const web = join(root, 'web', 'src');
  const files = [...walk(src), ...walk(web)];
  const known = new Set(files);
  // Accept './x.ts', './x.js' and './x' spellings of one module so no cycle hides behind them.
  const normalise = (p) => {
    const base = p.replace(/\.(js|ts|tsx)$/, '');
    for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), p])
      if (known.has(c)) return c;
    return p;
  };
  const layerOf = (file) => {
    if (!relative(web, file).startsWith('..')) return 'web';
    const inSrc = relative(src, file);
    return inSrc.startsWith('..') ? relative(root, file).split('/')[0] : inSrc.split('/')[0];
  };
  const graph = new Map();
  const problems = [];
  for (const file of files) {
    const name = relative(root, file);
    const layer = layerOf(file);
    const deps = [];
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = m[2] ?? m[3] ?? m[4];
      if (spec.startsWith('.')) {
        const target = normalise(resolve(dirname(file), spec));
        deps.push(target);
        const problem = layerProblem(layer, layerOf(target));
        if (problem) problems.push(`${name}: imports '${spec}': ${problem}`);
      } else {
        const problem = packageProblem(layer, name, spec);
        if (problem) problems.push(`${name}: imports '${spec}': ${problem}`);
      }
    }
    graph.set(file, deps);
  }
  for (const cycle of cycles(graph)) {
    problems.push(`import cycle: ${cycle.map((x) => relative(root, x)).join(' -> ')}`);
  }
  return { files: files.length, problems };
}

function layerProblem(layer, target) {
  if (!allowed[layer] || allowed[layer].includes(target)) return null;
  const where = layer === 'web' ? 'web/src' : `layer '${layer}'`;
  return `${where} may import only from ${allowed[layer].join(', ')}, not from ${target}`;
}

function packageProblem(layer, name, spec) {
  if (exceptions[name]?.includes(spec)) return null;
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  if (layer === 'core' && impure.test(spec))
    return 'src/core must stay pure (no I/O, no frameworks)';
  if (layer === 'web' && impure.test(spec))
    return 'web/src runs in the browser (no Node built-ins, no server packages)';
  if (layer === 'app' && !Object.hasOwn(appPackages, pkg))
    return 'src/app reaches I/O through ports; of packages it may use only the pure ones listed in scripts/check-imports.mjs';
  return null;
}

/** Depth-first search; each cycle once, as the files around it (first one repeated). */
function cycles(graph) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (f) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (!graph.has(d)) continue;
      if (state.get(d) === 'open') found.push(stack.slice(stack.indexOf(d)).concat(d));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
  const { files, problems } = checkImports(root);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.length} dependency rule violation(s)`);
    process.exit(1);
  }
  console.log(`imports ok: ${files} files, no cycles, layers respected`);
}
