// check:own-words: the repository must not hold sentences from the real-news texts (facts carry
// over, sentences do not; bench/real/README.md). Lists every run of OWN_WORDS_RUN (default 8)
// words that a file of the repository shares with a cached text. Of the annotation files only
// the notes and summaries are ours to word: the other fields are urls, our queries, or facts
// written exactly as the text gives them (names, courts, 'words' of a count).
// Needs the cache (~/.cache/habeas-real/texts, or HABEAS_REAL_CACHE); without it says so and
// exits 0. Exits 1 when it finds a run, so a session can run it before it stops.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { realCacheDir } from '../bench/real/annotations.ts';

const ROOT = join(import.meta.dirname, '..');
const CACHE = realCacheDir();
const RUN = Number(process.env.OWN_WORDS_RUN ?? 8);
const SCANNED = ['src', 'test', 'docs', 'bench', 'web/src', 'README.md'];
const TEXT_FILE = /\.(?:ts|tsx|mts|js|mjs|json|jsonl|md|txt|tsv|csv|html)$/;

// Marks too: Bengali and other Indic scripts write vowels as signs inside a word ('মুক্তি').
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isFile()) {
    if (TEXT_FILE.test(path)) out.push(path);
    return out;
  }
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    files(join(path, name), out);
  }
  return out;
}

/** The text of a file as it is checked: of an annotation line, its notes and summary. */
function checkedText(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.jsonl') || !path.includes(join('bench', 'real'))) return text;
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { notes, summary } = JSON.parse(line) as { notes?: string; summary?: string };
      return `${notes ?? ''}\n${summary ?? ''}`;
    })
    .join('\n');
}

// Names long enough to be a run, which the repository holds as facts (an organisation's full
// name in a lexicon), not as a sentence taken from an article. Removed from the cached texts
// before their runs are made.
const NAMES = ['Mecanismo para el Reconocimiento de Personas Presas Políticas'];
const namesOut = (text: string) =>
  NAMES.reduce((t, name) => t.replaceAll(new RegExp(name, 'giu'), ' | '), text);

function runsOf(cached: Map<string, string>): Map<string, string> {
  const runs = new Map<string, string>();
  for (const [id, text] of cached) {
    const w = words(namesOut(text));
    for (let i = 0; i + RUN <= w.length; i++) runs.set(w.slice(i, i + RUN).join(' '), id);
  }
  return runs;
}

if (!existsSync(CACHE)) {
  console.log(
    `check:own-words: no cache at ${CACHE}; nothing to compare (bench/real/README.md says how to rebuild it)`,
  );
  process.exit(0);
}
const cached = new Map(
  readdirSync(CACHE)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, -4), readFileSync(join(CACHE, f), 'utf8')] as const),
);
const runs = runsOf(cached);
let found = 0;
for (const path of SCANNED.flatMap((p) => files(join(ROOT, p)))) {
  const w = words(checkedText(path));
  for (let i = 0; i + RUN <= w.length; i++) {
    const id = runs.get(w.slice(i, i + RUN).join(' '));
    if (!id) continue;
    found++;
    console.log(`${relative(ROOT, path)}: "${w.slice(i, i + RUN).join(' ')}" (cached ${id})`);
    i += RUN - 1;
  }
}
console.log(
  `check:own-words: ${found} run(s) of ${RUN} words shared with ${cached.size} cached texts`,
);
process.exit(found > 0 ? 1 : 0);
