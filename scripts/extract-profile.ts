// A short extraction run to profile: every cached real text (bench/real/README.md) and every
// report fixture, ROUNDS times (default 3) after one warm-up round, then reports/s/core of each.
// With PROFILE=file.cpuprofile, a CPU profile of the measured rounds only (the warm-up compiles
// every language's rules, which a long-running process does once). Usage:
//   PROFILE=/tmp/x.cpuprofile node --no-regexp-tier-up --import tsx scripts/extract-profile.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { join } from 'node:path';
import { articleText, realCacheDir } from '../bench/real/annotations.ts';
import type { ExtractInput } from '../src/core/extract/contract.ts';
import { extractReport } from '../src/core/extract/index.ts';
import { loadFixtures } from '../test/core/extract/fixture-support.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const cache = realCacheDir();
const real: ExtractInput[] = existsSync(cache)
  ? readdirSync(cache)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ text: articleText(readFileSync(join(cache, f), 'utf8')) }))
  : [];
const fixtures = loadFixtures().map((f) => f.input);

type Profile = {
  nodes: {
    callFrame: { url: string; lineNumber: number; columnNumber: number };
    positionTicks?: { line: number; ticks: number }[];
  }[];
};

/**
 * The profile's lines as in the TypeScript sources, where the loader left source maps
 * (--enable-source-maps); tsx's own output is one line a file: run it with a loader that keeps
 * lines for line figures.
 */
function toSource<T>(profile: T): T {
  for (const n of (profile as Profile).nodes) {
    const map = n.callFrame.url ? findSourceMap(n.callFrame.url) : undefined;
    if (!map) continue;
    const at = map.findEntry(n.callFrame.lineNumber, n.callFrame.columnNumber);
    if ('originalLine' in at) n.callFrame.lineNumber = at.originalLine;
    for (const t of n.positionTicks ?? []) {
      const e = map.findEntry(t.line - 1, 0);
      if ('originalLine' in e) t.line = e.originalLine + 1;
    }
  }
  return profile;
}

function rate(label: string, inputs: ExtractInput[]): void {
  const start = process.cpuUsage();
  for (let k = 0; k < ROUNDS; k++) for (const input of inputs) extractReport(input);
  const used = process.cpuUsage(start);
  const s = (used.user + used.system) / 1e6;
  console.log(`${label}: ${inputs.length} reports, ${Math.round((inputs.length * ROUNDS) / s)}/s`);
}

for (const input of [...fixtures, ...real]) extractReport(input);
const session = new Session();
if (process.env.PROFILE) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
rate('fixtures', fixtures);
rate('real', real);
if (process.env.PROFILE) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(toSource(profile)));
}
