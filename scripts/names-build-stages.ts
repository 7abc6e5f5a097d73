// Times the stages of building the candidate index (CandidateIndex.add) one by one over a list
// of aliases, to find where a build's time goes: `npx tsx scripts/names-build-stages.ts FILE [N]`,
// FILE holding one `entity<TAB>alias` a line (for instance bench:names' population). Each stage
// runs over all N aliases in turn, twice; the second round's CPU times are printed. Stages that
// need a parse reuse the parses of the first stage.
import { readFileSync } from 'node:fs';
import { AliasForms } from '../src/core/names/alias-forms.ts';
import { AliasSketches } from '../src/core/names/alias-sketch.ts';
import { CandidateIndex } from '../src/core/names/candidate-index.ts';
import { aliasKeysInto, KeyBuffer } from '../src/core/names/index-keys.ts';
import { type ParsedName, parseUncached } from '../src/core/names/parse.ts';
import { readingKeysInto } from '../src/core/names/reading-keys.ts';

const [file, count] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/names-build-stages.ts FILE [N]');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, Number(count ?? 200_000))
  .map((l) => l.split('\t') as [string, string]);

function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const parsed: ParsedName[] = new Array(rows.length);
const keys = new KeyBuffer();
const stages: Array<[string, () => void]> = [
  [
    'parseUncached',
    () => {
      for (let i = 0; i < rows.length; i++) parsed[i] = parseUncached(rows[i]![1]);
    },
  ],
  [
    'aliasKeysInto',
    () => {
      for (const p of parsed) aliasKeysInto(p.parses, keys);
    },
  ],
  [
    'readingKeysInto',
    () => {
      for (const p of parsed) {
        keys.clear();
        readingKeysInto(p, keys, true);
      }
    },
  ],
  [
    'AliasForms.push',
    () => {
      const forms = new AliasForms();
      for (let i = 0; i < parsed.length; i++)
        forms.push(parsed[i]!, rows[i]![1], parsed[i]!.family ?? null);
    },
  ],
  [
    'AliasSketches.set',
    () => {
      const sketches = new AliasSketches();
      for (let i = 0; i < parsed.length; i++) sketches.set(i, parsed[i]!.parses);
    },
  ],
  [
    'CandidateIndex (all)',
    () => {
      const index = new CandidateIndex();
      for (const [id, alias] of rows) index.add(id, alias);
      index.compact();
    },
  ],
];
for (let round = 0; round < 2; round++) {
  const line: string[] = [];
  for (const [name, f] of stages) line.push(`${name} ${cpuMs(f).toFixed(0)} ms`);
  if (round === 1) console.log(`${rows.length} aliases: ${line.join(', ')}`);
}
