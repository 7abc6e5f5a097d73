/**
 * Seeded randomness for the fuzz suites: the same seed gives the same cases, so a failure can
 * be replayed. The seed is fixed by default; HABEAS_FUZZ_SEED=N picks another. Every failure
 * message carries the seed and the case number (see `fuzzLabel`).
 */
import { loadPayloads } from '../support/hostile.ts';
import type { Rng } from '../support/random.ts';

export const defaultSeed = 20261203;

export function fuzzSeed(): number {
  const raw = process.env.HABEAS_FUZZ_SEED?.trim();
  if (!raw) return defaultSeed;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`HABEAS_FUZZ_SEED must be an integer, got '${raw}'`);
  return n;
}

/** 'seed 20261203, case 17' for failure messages: rerun with HABEAS_FUZZ_SEED to replay. */
export function fuzzLabel(rng: Rng, i: number): string {
  return `HABEAS_FUZZ_SEED=${rng.seed}, case ${i}`;
}

/**
 * The cases `[from, to)` of one seeded stream of `total` that the backend at `index` of `count`
 * sends: the backends split the stream instead of each sending all of it. Both engines are
 * PostgreSQL behind the same validation, so a case meets the code under test on one of them;
 * the stream as a whole still meets it, for half the CPU (docs/testing.md, "CI time"). With
 * PGlite alone (no HABEAS_TEST_DATABASE_URL) it sends every case. A case keeps its number in
 * the stream, so `HABEAS_FUZZ_SEED=..., case N` replays on the backend that sent it.
 */
export function shareOf(
  total: number,
  index: number,
  count: number,
): { from: number; to: number; cases: number } {
  const from = Math.floor((total * index) / count);
  const to = Math.floor((total * (index + 1)) / count);
  return { from, to, cases: to - from };
}

const payloads = loadPayloads();

const words = [
  'Belarus',
  'freed',
  'released',
  'pardoned',
  'political',
  'prisoners',
  'on',
  'Saturday',
  'among',
  'them',
  'journalist',
  'Ihar',
  'Losik',
  'Maria',
  'Kalesnikava',
  'after',
  'talks',
  'with',
  'US',
  'envoy',
  'Lithuania',
  'Vilnius',
  'Minsk',
  'Viasna',
  'said',
  'more',
  'than',
  'about',
  'nearly',
  'at',
  'least',
  '123',
  '14',
  '1,100',
  'eleven',
  'September',
  '2025',
  '11',
  'June',
  'освобождены',
  'помилованы',
  'политзаключённых',
  'Лукашенко',
  'Колесникова',
  'вызвалены',
  'Сяргей',
  'Тихановский',
  'Cuba',
  'Venezuela',
  'excarcelados',
  'presos',
];

const oddStrings = [
  '',
  ' ',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\u202E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Ǆ',
  'ß',
  'İ',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '\u2029',
  '\\',
  '"',
  "'",
  '`',
  '${',
  '{{',
  '}}',
  '</',
  '<!--',
  ']]>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '99999999999999999999999999',
  '-9007199254740993',
  '0x1F',
  '1_000',
  '١٢٣',
  '१२३',
  '一百二十三',
  '½',
  '²',
  '1,2,3',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-12-31',
  '+275760-09-13',
];

/** Random text: news-like words mixed with odd Unicode, numbers, markup and payloads. */
export function randomText(rng: Rng, maxWords = 60): string {
  const n = rng.int(0, maxWords);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.55) parts.push(rng.pick(words));
    else if (r < 0.7) parts.push(rng.pick(oddStrings));
    else if (r < 0.78) parts.push(String(rng.int(-1e6, 1e9) * (rng.chance(0.1) ? 1e12 : 1)));
    else if (r < 0.86) parts.push(rng.pick(payloads));
    else if (r < 0.93) parts.push(randomCodePoints(rng, rng.int(1, 12)));
    else parts.push(rng.pick(['.', ',', ';', '\n', '\n\n', ' - ', '(', ')', '"', '«', '»']));
  }
  return parts.join(rng.chance(0.8) ? ' ' : '');
}

/** Code points from anywhere in Unicode, lone surrogates included. */
export function randomCodePoints(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    const cp =
      r < 0.4
        ? rng.int(0x20, 0x7e)
        : r < 0.6
          ? rng.int(0x400, 0x4ff)
          : r < 0.7
            ? rng.int(0, 0x1f)
            : r < 0.8
              ? rng.int(0xd800, 0xdfff)
              : rng.int(0x80, 0x10ffff);
    s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
}

/** Nested, broken markup around random text. */
export function randomMarkup(rng: Rng, depth = 0): string {
  const tags = [
    'p',
    'div',
    'span',
    'b',
    'article',
    'script',
    'style',
    'svg',
    'math',
    'table',
    'td',
    'a',
    'img',
    'iframe',
    'template',
    'noscript',
    'h1',
    'li',
    'ul',
    'title',
    'body',
  ];
  const parts: string[] = [];
  const n = rng.int(1, 5);
  for (let i = 0; i < n; i++) {
    const tag = rng.pick(tags);
    const attrs = rng.chance(0.4)
      ? ` ${rng.pick(['onclick', 'href', 'src', 'style', 'class'])}="${randomText(rng, 3)}"`
      : '';
    const inner = depth < 6 && rng.chance(0.5) ? randomMarkup(rng, depth + 1) : randomText(rng, 12);
    const close = rng.chance(0.85) ? `</${tag}>` : '';
    parts.push(`<${tag}${attrs}>${inner}${close}`);
  }
  if (rng.chance(0.1)) parts.push('<'.repeat(rng.int(1, 50)), '<div>'.repeat(rng.int(1, 300)));
  return parts.join(rng.chance(0.5) ? '\n' : '');
}

/** A JSON value of any shape, sometimes deep or odd. */
export function randomJson(rng: Rng, depth = 0): unknown {
  const r = rng.next();
  if (depth > 4 || r < 0.3) return randomText(rng, 4);
  if (r < 0.45) return rng.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
  if (r < 0.55) return rng.pick([null, true, false]);
  if (r < 0.75) return Array.from({ length: rng.int(0, 4) }, () => randomJson(rng, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = rng.int(0, 4); i > 0; i--)
    o[rng.pick([...oddStrings, 'text', 'id', 'value'])] = randomJson(rng, depth + 1);
  return o;
}

/** A JSON text damaged by truncation, a flipped or inserted character, or doubled braces. */
export function damage(rng: Rng, json: string): string {
  const r = rng.next();
  const at = rng.int(0, json.length);
  if (r < 0.3) return json.slice(0, at);
  if (r < 0.55)
    return (
      json.slice(0, at) + rng.pick(['"', '{', '}', ',', ']', '\\', '\u0000', '\n']) + json.slice(at)
    );
  if (r < 0.75) return json.slice(0, at) + json.slice(at + 1);
  if (r < 0.9) return `${json}${json}`;
  return `[${json}]`;
}

/** Replaces one field of an object with a random value, or removes it, or adds a stray one. */
export function mutateObject(rng: Rng, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj };
  const keys = Object.keys(out);
  const r = rng.next();
  if (r < 0.5 && keys.length) out[rng.pick(keys)] = randomJson(rng);
  else if (r < 0.7 && keys.length) delete out[rng.pick(keys)];
  else out[rng.pick(oddStrings) || 'extra'] = randomJson(rng);
  return out;
}
