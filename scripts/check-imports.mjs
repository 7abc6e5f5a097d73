#!/usr/bin/env node
// Enforces the dependency rule of docs/ARCHITECTURE.md that Biome cannot express:
// which layer may import which, and no import cycles anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

// A layer may import itself and the layers listed for it.
const allowed = {
  core: ['core'],
  app: ['core', 'app'],
  adapters: ['core', 'adapters'],
  server: ['core', 'app', 'adapters', 'server', 'config.ts', 'wiring.ts'],
  cli: ['core', 'app', 'adapters', 'server', 'cli', 'config.ts', 'wiring.ts'],
  'config.ts': [],
  'wiring.ts': ['core', 'app', 'adapters', 'config.ts'],
};
// Node built-ins and packages that would make src/core impure.
const impure =
  /^(node:|fs$|path$|http|https|net$|child_process|pg$|@electric-sql|drizzle|fastify|@fastify|linkedom|@mozilla|rss-parser|sanitize-html|pg-boss)/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const importRe =
  /(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const files = walk(src);
const known = new Set(files);
// Accept './x.ts', './x.js' and './x' spellings of one module so no cycle hides behind them.
function normalise(p) {
  const base = p.replace(/\.(js|ts|tsx)$/, '');
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), p])
    if (known.has(c)) return c;
  return p;
}
const graph = new Map();
const problems = [];
const layerOf = (file) => relative(src, file).split('/')[0];

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    const layer = layerOf(file);
    if (spec.startsWith('.')) {
      const target = normalise(resolve(dirname(file), spec));
      deps.push(target);
      const tl = layerOf(target);
      if (allowed[layer] && !allowed[layer].includes(tl)) {
        problems.push(
          `${relative(root, file)}: layer '${layer}' may not import '${spec}' (layer '${tl}')`,
        );
      }
    } else if (layer === 'core' && impure.test(spec)) {
      problems.push(`${relative(root, file)}: src/core must stay pure but imports '${spec}'`);
    }
  }
  graph.set(file, deps);
}

// Depth-first search for cycles; report each cycle once.
const state = new Map();
const stack = [];
function visit(f) {
  state.set(f, 'open');
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (!graph.has(d)) continue;
    if (state.get(d) === 'open') {
      const cycle = stack
        .slice(stack.indexOf(d))
        .concat(d)
        .map((x) => relative(root, x));
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(d)) visit(d);
  }
  stack.pop();
  state.set(f, 'done');
}
for (const f of graph.keys()) if (!state.has(f)) visit(f);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} dependency rule violation(s)`);
  process.exit(1);
}
console.log(`imports ok: ${files.length} files, no cycles, layers respected`);
