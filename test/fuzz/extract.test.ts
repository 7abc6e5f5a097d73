// Fuzz: 3,000 random and malformed reports through extraction, sanitising and HTML-to-text.
// Nothing may throw, and what comes out must hold: every evidence quote is exactly the text
// at its offsets, every count is a finite number, every date is a real YYYY[-MM[-DD]].
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksToText, htmlToText } from '../../src/adapters/news/html-to-text.ts';
import {
  sanitiseForExtraction,
  sanitiseHtml,
  sanitiseTitle,
} from '../../src/adapters/news/sanitise.ts';
import { extractReport } from '../../src/core/extract/index.ts';
import { Rng } from '../support/random.ts';
import { fuzzLabel, fuzzSeed, randomCodePoints, randomMarkup, randomText } from './random.ts';

const CASES = 3000;

function releaseLike(rng: Rng): string {
  const n = rng.pick([
    '14',
    '1,100',
    '52',
    'more than 100',
    'eleven',
    '99999999999999999999',
    '0',
    '-5',
    '1e309',
    '٣٢',
  ]);
  const who = rng.pick([
    'Belarus',
    'Lukashenko',
    'Cuba',
    'Venezuela',
    'Russia',
    randomText(rng, 2),
  ]);
  const when = rng.pick([
    'on Saturday',
    'on 11 September 2025',
    'on 31 February 2025',
    'in 1899',
    'yesterday',
    `on ${randomCodePoints(rng, 4)}`,
    '',
  ]);
  const names = Array.from({ length: rng.int(0, 6) }, () =>
    rng.pick([
      'Ihar Losik',
      'Maria Kalesnikava',
      'Ales Bialiatski',
      'Сяргей Ціханоўскі',
      randomText(rng, 2),
    ]),
  );
  const tail = rng.chance(0.5)
    ? ` More than ${rng.int(0, 1e7)} remain, according to ${randomText(rng, 3)}.`
    : '';
  return `${who} freed ${n} political prisoners ${when}, among them ${names.join(', ')}, after talks with a US envoy.${tail} ${randomText(rng, 20)}`;
}

/** Every {start, end, quote} object inside a result. */
function evidenceIn(
  value: unknown,
  out: Array<{ start: number; end: number; quote: string }> = [],
) {
  if (Array.isArray(value)) for (const v of value) evidenceIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.quote === 'string')
      out.push(o as { start: number; end: number; quote: string });
    for (const v of Object.values(o)) evidenceIn(v, out);
  }
  return out;
}

/** Elements and attributes in sanitised HTML that could run script (text is harmless). */
function dangerIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*')) as Element[]) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'template'].includes(tag))
      found.push(tag);
    for (const a of Array.from(el.attributes) as Attr[]) {
      if (/^on/i.test(a.name) || a.name === 'style') found.push(`${tag}[${a.name}]`);
      if (
        /^(javascript|data|vbscript):/i.test(
          [...a.value].filter((ch) => ch.charCodeAt(0) > 0x20).join(''),
        )
      )
        found.push(`${tag}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

function checkResult(text: string, label: string, result: ReturnType<typeof extractReport>) {
  for (const e of evidenceIn(result))
    expect(text.slice(e.start, e.end), `${label}: evidence ${e.start}..${e.end}`).toBe(e.quote);
  for (const r of result.releases) {
    if (r.releasedCount) expect(Number.isFinite(r.releasedCount.value), label).toBe(true);
    if (r.date) expect(r.date.value, label).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
  expect(Array.isArray(result.problems), label).toBe(true);
}

describe('fuzz: extraction and HTML', () => {
  it(`${CASES} random, release-like and HTML reports: no throw, evidence exact`, () => {
    const rng = new Rng(fuzzSeed());
    let withRelease = 0;
    for (let i = 0; i < CASES; i++) {
      const label = fuzzLabel(rng, i);
      const kind = i % 3;
      try {
        if (kind === 2) {
          const html = randomMarkup(rng);
          // Readability (htmlToText) is the slow step: every 8th HTML case goes through it,
          // the rest through the sanitiser and the block flattener it is built on.
          const page =
            i % 24 === 2
              ? htmlToText(html)
              : { text: blocksToText(sanitiseForExtraction(html)), title: null };
          expect(typeof page.text, label).toBe('string');
          const clean = sanitiseHtml(html);
          expect(dangerIn(clean), label).toEqual([]);
          // A title is plain text (a literal '<' is fine: it is escaped when shown), capped.
          expect(sanitiseTitle(html).length, label).toBeLessThanOrEqual(500);
          checkResult(
            page.text,
            label,
            extractReport({ text: page.text, title: page.title ?? undefined }),
          );
          continue;
        }
        const text = kind === 0 ? randomText(rng, 120) : releaseLike(rng);
        const publishedAt = rng.pick([undefined, '2025-06-21', '2025-02-30', 'yesterday', '']);
        const result = extractReport({
          text,
          publishedAt,
          title: rng.chance(0.3) ? randomText(rng, 5) : undefined,
        });
        if (result.releases.some((r) => r.releasedCount)) withRelease++;
        checkResult(text, label, result);
      } catch (e) {
        throw new Error(`${label}: ${(e as Error).stack}`);
      }
    }
    // The release-like cases reach the deeper rules, not only the early exits.
    expect(withRelease).toBeGreaterThan(CASES / 10);
  }, 170_000);
});
