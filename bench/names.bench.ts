// Name engine benchmark: builds a candidate index over synthetic aliases, times lookups of
// re-spelled queries, and scores the engine and a naive baseline on the team's labelled pairs
// and the engine on the world pairs (dev, test, and the Belarusian/Russian/Ukrainian subset).
// Prints one JSON line per figure. NAMES_BENCH_ALIASES overrides the alias count,
// NAMES_BENCH_QUERIES the number of timed queries, NAMES_BENCH_WARM_UP the number of distinct
// queries run before them; NAMES_BENCH_PAIRS_ONLY=1 skips the index. NAMES_BENCH_DIGEST=1 also
// prints a digest of every search's hits (to check a change gives the same answers; it slows
// the lookups, so its timings are not figures).
import { createHash } from 'node:crypto';
import { openSync, readFileSync, readSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BENCH_GIVEN_GROUPS } from '../src/core/names/given-names-data.ts';
import {
  CandidateIndex,
  compareNames,
  jaroWinkler,
  type RomanisationSystem,
  transliterate,
} from '../src/core/names/index.ts';
import { Rng } from '../test/support/random.ts';
import { loadWorldPairs, scoreWorldPairs, summarise, worldSubsets } from './names-pairs.ts';

// A full collection before measuring heap and before timing lookups, so a pause left over from
// building is not charged to the lookups (bin/bench.js runs node without --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TARGET_ALIASES = Number(process.env.NAMES_BENCH_ALIASES ?? 1_000_000);
const QUERIES = Number(process.env.NAMES_BENCH_QUERIES ?? 20_000);
// A service answers its first lookups while V8 is still compiling the rarer paths (other
// scripts, the one-edit pass): 250 compilations and 30-45 deoptimisations spread over the
// first 20,000 lookups (docs/names.md, "Cold lookups: where the p99 goes"). The target is for
// a running service, so the timed lookups come after 30,000 distinct warm-up queries; the
// warm-up's own lookups are timed too and reported apart, as a fresh process's figure.
const WARM_UP = Number(process.env.NAMES_BENCH_WARM_UP ?? 30_000);
const DIGEST = process.env.NAMES_BENCH_DIGEST === '1' ? createHash('sha256') : null;

function emit(figure: string, value: number, target?: number, extra: Record<string, unknown> = {}) {
  const line: Record<string, unknown> = {
    bench: 'names',
    figure,
    value: Math.round(value * 1000) / 1000,
  };
  if (target !== undefined) line.target = target;
  console.log(JSON.stringify({ ...line, ...extra }));
}

/** Seeded, so every run builds the same population. */
const rng = new Rng(20250911);

const SYLLABLES = [
  'ка',
  'ле',
  'сні',
  'ба',
  'ры',
  'ло',
  'сі',
  'ма',
  'цке',
  'ві',
  'ша',
  'ту',
  'ра',
  'да',
  'шке',
  'го',
  'ро',
  'мі',
  'ха',
  'не',
  'пя',
  'ля',
  'дзе',
  'бо',
  'жы',
  'чу',
  'ко',
  'ны',
  'ва',
  'зу',
  'гу',
  'лі',
  'ста',
  'кра',
  'бра',
  'хве',
  'пу',
  'су',
  'цы',
  'яр',
  'ом',
  'ус',
];
const SUFFIXES: Array<[string, string]> = [
  ['віч', 'віч'],
  ['ка', 'ка'],
  ['скі', 'ская'],
  ['аў', 'ава'],
  ['ік', 'ік'],
  ['енка', 'енка'],
  ['ук', 'ук'],
  ['ын', 'ына'],
  ['ёнак', 'ёнак'],
  ['ец', 'ец'],
  ['цкі', 'цкая'],
  ['еў', 'ева'],
];
/** A rough Russian form of a Belarusian surname, as Russian-language reports would write it. */
function russianForm(be: string): string {
  return be
    .replace(/скі$/, 'ский')
    .replace(/цкі$/, 'цкий')
    .replace(/аў$/, 'ов')
    .replace(/еў$/, 'ев')
    .replace(/ава$/, 'ова')
    .replace(/енка$/, 'енко')
    .replace(/ёнак$/, 'ёнок')
    .replace(/ына$/, 'ина')
    .replace(/ын$/, 'ин')
    .replace(/дзе/g, 'де')
    .replace(/це/g, 'те')
    .replace(/і/g, 'и')
    .replace(/ў/g, 'в');
}

const BE_SYSTEMS: RomanisationSystem[] = [
  'be-2007',
  'be-2023',
  'be-bgn',
  'be-icao',
  'be-lacinka',
  'be-press',
];
const RU_SYSTEMS: RomanisationSystem[] = ['ru-bgn', 'ru-icao', 'ru-iso9', 'ru-press'];
/**
 * Names written in Greek, Georgian, Armenian and Arabic letters, made from the press spelling
 * with a letter map of the bench's own (the engine reads them back with its own readers), so
 * the index also holds aliases in the scripts issue 14 added.
 */
type OtherScript = 'el' | 'ka' | 'hy' | 'ar';
const DIGRAPH_KEYS = ['kh', 'ts', 'ch', 'sh', 'zh'];
const SCRIPT_LETTERS: Record<OtherScript, Record<string, string>> = {
  el: Object.fromEntries(
    'a α b μπ v β g γ d ντ e ε z ζ i ι k κ l λ m μ n ν o ο p π r ρ s σ t τ u ου f φ h γ y ι kh χ ts τσ ch τσ sh σ zh ζ'
      .split(' ')
      .flatMap((x, i, xs) => (i % 2 ? [] : [[x, xs[i + 1]!]])),
  ),
  ka: Object.fromEntries(
    'a ა b ბ v ვ g გ d დ e ე z ზ i ი k კ l ლ m მ n ნ o ო p პ r რ s ს t ტ u უ f ფ h ჰ y ი kh ხ ts ც ch ჩ sh შ zh ჟ'
      .split(' ')
      .flatMap((x, i, xs) => (i % 2 ? [] : [[x, xs[i + 1]!]])),
  ),
  hy: Object.fromEntries(
    'a ա b բ v վ g գ d դ e ե z զ i ի k կ l լ m մ n ն o ո p պ r ր s ս t տ u ու f ֆ h հ y յ kh խ ts ց ch չ sh շ zh ժ'
      .split(' ')
      .flatMap((x, i, xs) => (i % 2 ? [] : [[x, xs[i + 1]!]])),
  ),
  ar: Object.fromEntries(
    'a ا b ب v ف g غ d د e ي z ز i ي k ك l ل m م n ن o و p ب r ر s س t ت u و f ف h ه y ي kh خ ts تس ch تش sh ش zh ج'
      .split(' ')
      .flatMap((x, i, xs) => (i % 2 ? [] : [[x, xs[i + 1]!]])),
  ),
};

function inScript(latin: string, script: OtherScript): string {
  const map = SCRIPT_LETTERS[script];
  const w = latin.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const two = w.slice(i, i + 2);
    if (DIGRAPH_KEYS.includes(two)) {
      out += map[two]!;
      i++;
    } else out += map[w[i]!] ?? w[i]!;
  }
  return script === 'el' ? out.replace(/σ(?=\s|$)/g, 'ς') : out;
}

type Form = { system: RomanisationSystem | 'be-cyrl' | 'ru-cyrl' | OtherScript };
const FORMS: Form[] = [
  ...BE_SYSTEMS,
  ...RU_SYSTEMS,
  'be-cyrl',
  'ru-cyrl',
  ...((process.env.NAMES_BENCH_SCRIPTS ?? 'el,ka,hy,ar')
    .split(',')
    .filter(Boolean) as OtherScript[]),
].map((system) => ({ system }) as Form);

const cyr = (s: string) => /[\u0400-\u04ff]/.test(s);
const GIVEN = BENCH_GIVEN_GROUPS.filter(
  (g) => !g.diminutiveOf && g.names.filter(cyr).length > 0,
).map((g) => {
  const c = g.names.filter(cyr);
  const ru = c.find((n) => /[иеё]/.test(n) && !/[іў]/.test(n)) ?? c[0]!;
  // Names with no Belarusian spelling in the table (Ричард) get і for и, as Belarusian writes.
  const be = c.find((n) => !/[иъщ]/.test(n)) ?? ru.replace(/и/g, 'і');
  return { id: g.id, gender: g.gender, be, ru };
});

interface Person {
  given: (typeof GIVEN)[number];
  surnameBe: string;
}

function makePerson(): Person {
  const given = rng.pick(GIVEN);
  const stem = Array.from({ length: rng.next() < 0.5 ? 2 : 3 }, () => rng.pick(SYLLABLES)).join('');
  const [m, f] = rng.pick(SUFFIXES);
  const surname = stem + (given.gender === 'f' ? f : m);
  return { given, surnameBe: surname[0]!.toUpperCase() + surname.slice(1) };
}

function spell(p: Person, form: Form): string {
  const sys0 = form.system;
  if (sys0 === 'el' || sys0 === 'ka' || sys0 === 'hy' || sys0 === 'ar') {
    const latin = `${transliterate(p.given.be, 'be-press')} ${transliterate(p.surnameBe, 'be-press')}`;
    return inScript(latin, sys0);
  }
  const ru = form.system.startsWith('ru');
  const given = ru ? p.given.ru : p.given.be;
  const surname = ru ? russianForm(p.surnameBe) : p.surnameBe;
  const sys = form.system;
  const g = sys.endsWith('cyrl') ? given : transliterate(given, sys as RomanisationSystem);
  const s = sys.endsWith('cyrl') ? surname : transliterate(surname, sys as RomanisationSystem);
  const r = rng.next();
  if (r < 0.1) return `${s.toUpperCase()} ${g}`;
  if (r < 0.2) return `${s}, ${g}`;
  return `${g} ${s}`;
}

/** A press misspelling: a vowel swapped, a letter doubled or dropped, in the surname. */
function misspell(name: string): string {
  const words = name.split(' ');
  const i = words.length - 1;
  const w = words[i]!;
  const k = 1 + Math.floor(rng.next() * (w.length - 2));
  const r = rng.next();
  const vowels = 'aeiouy';
  let out = w;
  if (r < 0.4 && vowels.includes(w[k]!.toLowerCase()))
    out = w.slice(0, k) + rng.pick([...vowels]) + w.slice(k + 1);
  else if (r < 0.7) out = w.slice(0, k) + w[k] + w.slice(k);
  else out = w.slice(0, k) + w.slice(k + 1);
  words[i] = out;
  return words.join(' ');
}

function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Nanoseconds the main thread has spent runnable but waiting for a CPU (Linux schedstat), or
 * null where that is not available. On a shared machine other processes' work shows up in
 * wall-clock timings; subtracting this wait leaves the lookup's own time, GC included.
 */
function runQueueWait(): (() => number) | null {
  try {
    const fd = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
    const buf = Buffer.alloc(128);
    return () => {
      const n = readSync(fd, buf, 0, buf.length, 0);
      return Number(buf.toString('latin1', 0, n).split(' ')[1]);
    };
  } catch {
    return null;
  }
}

async function benchIndex(): Promise<void> {
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  const buffersStart = process.memoryUsage().arrayBuffers;
  const people: Person[] = [];
  const used: Form[][] = [];
  const aliases: Array<[string, string]> = [];
  while (aliases.length < TARGET_ALIASES) {
    const p = makePerson();
    const id = `P${people.length}`;
    const forms = [...FORMS].sort(() => rng.next() - 0.5).slice(0, 4);
    people.push(p);
    used.push(forms);
    for (const f of forms) aliases.push([id, spell(p, f)]);
  }
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const index = new CandidateIndex();
  for (const [id, alias] of aliases) index.add(id, alias);
  // Packing the postings for lookups is part of building.
  index.compact();
  const buildS = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const total = aliases.length;
  aliases.length = 0;
  gc();
  // Includes the bench's own list of people (for queries): an overestimate of the index.
  const heapMb = (process.memoryUsage().heapUsed - heapStart) / 1048576;
  emit('aliases', index.size);
  emit('build_s', buildS, 15);
  emit('build_cpu_s', (cpu.user + cpu.system) / 1e6, 15, {
    note: 'CPU time of the process, GC threads included',
  });
  emit('heap_mb', heapMb, 500, {
    note: 'live heap after build and a full GC, index plus the list of people',
    aliases: total,
  });
  // Typed arrays (postings, alias sketches) live outside the JS heap: count them too.
  const mem = process.memoryUsage();
  emit('heap_plus_buffers_mb', heapMb + (mem.arrayBuffers - buffersStart) / 1048576, 500, {
    note: 'heap_mb plus typed-array buffers',
  });

  const makeQuery = () => {
    const n = Math.floor(rng.next() * people.length);
    const unused = FORMS.filter((f) => !used[n]!.includes(f));
    let query = spell(people[n]!, rng.pick(unused));
    if (rng.next() < 0.3 && !cyr(query)) query = misspell(query);
    return { n, query };
  };
  // Every query is distinct (warm-up ones included), so a query's first run finds nothing of
  // it memoised; all are generated before timing so the bench's own garbage is not collected
  // during the lookups.
  const distinct = new Set<string>();
  const makeQueries = (count: number) => {
    const out: Array<{ n: number; query: string }> = [];
    while (out.length < count) {
      const q = makeQuery();
      if (distinct.has(q.query)) continue;
      distinct.add(q.query);
      out.push(q);
    }
    return out;
  };
  const warmUp = makeQueries(WARM_UP);
  const queries = makeQueries(QUERIES);
  distinct.clear();
  // Warm-up so JIT compilation is not charged to the timed lookups; each is a cold lookup of a
  // fresh process, kept to report apart.
  const first = new Float64Array(warmUp.length);
  for (let q = 0; q < warmUp.length; q++) {
    const t = process.hrtime.bigint();
    const hits = index.search(warmUp[q]!.query, { limit: 5 });
    first[q] = Number(process.hrtime.bigint() - t) / 1000;
    DIGEST?.update(JSON.stringify(hits));
  }
  gc();
  // Garbage-collection pauses during the timed lookups: they are charged to the lookups they
  // interrupt (the timings are wall clock), so they show up in the percentiles.
  const pauses: number[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration * 1000);
  });
  obs.observe({ entryTypes: ['gc'] });
  const loadBefore = loadavg()[0] ?? 0;
  const cold = new Float64Array(QUERIES);
  const waited = runQueueWait();
  const onCpu: number[] = [];
  let unattributed = 0;
  const warm = new Float64Array(QUERIES);
  const scored = new Float64Array(QUERIES);
  const collected = new Float64Array(QUERIES);
  let lastResort = 0;
  let correct = 0;
  for (let q = 0; q < QUERIES; q++) {
    const { n, query } = queries[q]!;
    // Cold: the query's first run. Warm: the best of two immediate repeats.
    const w0 = waited?.() ?? 0;
    let t = process.hrtime.bigint();
    const hits = index.search(query, { limit: 5 });
    cold[q] = Number(process.hrtime.bigint() - t) / 1000;
    DIGEST?.update(JSON.stringify(hits));
    const wait = ((waited?.() ?? 0) - w0) / 1000;
    // A wait longer than the lookup fell (partly) outside it, in reading the counter: unknown.
    if (wait < cold[q]!) onCpu.push(cold[q]! - wait);
    else unattributed++;
    scored[q] = index.lastSearch.scored;
    collected[q] = index.lastSearch.candidates;
    if (index.lastSearch.fallback) lastResort++;
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) {
      t = process.hrtime.bigint();
      index.search(query, { limit: 5 });
      best = Math.min(best, Number(process.hrtime.bigint() - t) / 1000);
    }
    warm[q] = best;
    if (hits[0]?.entityId === `P${n}`) correct++;
  }
  await new Promise((r) => setTimeout(r, 10));
  obs.disconnect();
  cold.sort();
  warm.sort();
  const over = cold.filter((t) => t > 100).length;
  emit('lookups_over_100us', over, undefined, { of: QUERIES, note: 'cold runs' });
  emit('gc_pauses_during_lookups', pauses.length, undefined, {
    lookups: QUERIES * 3,
    total_us: Math.round(pauses.reduce((a, b) => a + b, 0)),
    max_us: Math.round(Math.max(0, ...pauses)),
  });
  scored.sort();
  collected.sort();
  // 'Cold' = the first run of each distinct query: nothing about that query is memoised.
  const coldNote = { queries: QUERIES, note: 'first run of each distinct query, GC included' };
  emit('lookup_p50_us', percentile(cold, 50), undefined, coldNote);
  emit('lookup_p99_us', percentile(cold, 99), 100, coldNote);
  emit('lookup_p999_us', percentile(cold, 99.9), undefined, coldNote);
  first.sort();
  const firstNote = {
    queries: first.length,
    note: "a fresh process's first lookups (the warm-up), JIT compilation and GC included",
  };
  emit('lookup_p50_us_fresh_process', percentile(first, 50), undefined, firstNote);
  emit('lookup_p99_us_fresh_process', percentile(first, 99), undefined, firstNote);
  emit('lookup_max_us', cold[cold.length - 1] ?? 0, undefined, coldNote);
  if (waited) {
    onCpu.sort((a, b) => a - b);
    const note = {
      queries: onCpu.length,
      unattributed,
      note: 'cold, wall clock minus time waiting for a CPU held by another process; GC included',
    };
    emit('lookup_p50_us_own', percentile(onCpu, 50), undefined, note);
    emit('lookup_p99_us_own', percentile(onCpu, 99), 100, note);
    emit('lookup_p999_us_own', percentile(onCpu, 99.9), undefined, note);
  }
  const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  emit('candidates_scored_mean', mean(scored), undefined, { note: 'full comparisons per query' });
  emit('candidates_scored_p99', percentile(scored, 99));
  emit('candidates_collected_mean', mean(collected), undefined, { note: 'pre-ranked per query' });
  emit('candidates_collected_p99', percentile(collected, 99));
  emit('fallback_share', lastResort / QUERIES, undefined, {
    note: 'lookups that matched nothing before the fallback keys (candidate-index.ts)',
  });
  // Warm: the same query repeated right away (its parse is memoised); the best of two repeats
  // also filters out pauses caused by other processes on the shared machine.
  const warmNote = { queries: QUERIES, note: 'best of 2 immediate repeats of each query' };
  emit('lookup_p50_us_warm', percentile(warm, 50), undefined, warmNote);
  emit('lookup_p99_us_warm', percentile(warm, 99), 100, warmNote);
  const load = loadavg()[0] ?? 0;
  emit('load_average_1m', load, undefined, {
    before_lookups: loadBefore,
    cpus: cpus().length,
    note: 'wall-clock figures depend on it',
  });
  emit('top1_accuracy', correct / QUERIES, undefined, { queries: QUERIES });
  if (DIGEST)
    console.log(
      JSON.stringify({ bench: 'names', figure: 'hits_digest', value: DIGEST.digest('hex') }),
    );
}

/** Naive baseline: strip diacritics, transliterate Cyrillic letter by letter, Jaro-Winkler. */
const NAIVE: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g ґ:g д:d е:e ё:e є:e ж:zh з:z и:i і:i ї:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ў:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
function asciiFold(s: string): string {
  const t = [...s.toLowerCase()].map((c) => NAIVE[c] ?? c).join('');
  return t
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const baselineSame = (a: string, b: string) => jaroWinkler(asciiFold(a), asciiFold(b)) >= 0.9;

function prf(rows: Array<{ truth: boolean; said: boolean }>) {
  const tp = rows.filter((r) => r.truth && r.said).length;
  const fp = rows.filter((r) => !r.truth && r.said).length;
  const fn = rows.filter((r) => r.truth && !r.said).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

function benchPairs(): void {
  const lines = readFileSync(new URL('../test/fixtures/names/pairs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const pairs = lines.map((l) => l.split('\t')).filter((c) => c.length >= 3);
  const engine = pairs.map(([a, b, label]) => ({
    truth: label === 'same',
    said: compareNames(a!, b!).decision === 'match',
  }));
  const base = pairs.map(([a, b, label]) => ({
    truth: label === 'same',
    said: baselineSame(a!, b!),
  }));
  const e = prf(engine);
  const n = prf(base);
  emit('pairs', pairs.length);
  emit('engine_precision', e.precision, 0.98);
  emit('engine_recall', e.recall);
  emit('engine_f1', e.f1, 0.97);
  emit('baseline_precision', n.precision);
  emit('baseline_recall', n.recall);
  emit('baseline_f1', n.f1);
}

/**
 * The engine on the world pairs: `match` is the only answer counted as same, so a `review` is a
 * miss for recall and never a false match; the share of reviews is reported on its own.
 * unreadable_match counts `match` answers on pairs where the engine said it cannot read a name.
 */
function benchWorldPairs(): void {
  const scored = scoreWorldPairs(loadWorldPairs());
  for (const { name, rows } of worldSubsets(scored)) {
    const s = summarise(rows);
    const counts = { pairs: s.pairs, same: s.same, different: s.different };
    emit(`${name}_pairs`, s.pairs, undefined, counts);
    emit(`${name}_precision`, s.precision, undefined, {
      ...counts,
      tp: s.tp,
      fp: s.fp,
      note: 'match = same; review and no_match = not same',
    });
    emit(`${name}_recall`, s.recall, undefined, { ...counts, fn: s.fn });
    emit(`${name}_f1`, s.f1, undefined, counts);
    emit(`${name}_review_rate`, s.review_rate, undefined, {
      review_same: s.review_same,
      review_different: s.review_different,
      note: 'share of pairs answered review',
    });
    emit(`${name}_unreadable_match`, s.unreadable_match, undefined, {
      unreadable_pairs: s.unreadable_pairs,
      note: 'match answers on pairs with a name the engine marked unreadable',
    });
  }
}

benchPairs();
benchWorldPairs();
if (process.env.NAMES_BENCH_PAIRS_ONLY !== '1') await benchIndex();
