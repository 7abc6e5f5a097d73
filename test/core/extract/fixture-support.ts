// Loads the hand-written report fixtures and scores extraction against their expected JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../../../src/adapters/news/html-to-text.ts';
import type { ExtractInput, ExtractResult } from '../../../src/core/extract/contract.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/reports');

export interface ExpectedRelease {
  role: 'main' | 'background';
  country: string | null;
  date: { value: string; precision: string } | null;
  releasedCount: { value: number; qualifier: string } | null;
  released: { name: string; descriptor?: string }[];
  concessions: { kind: string; target: string | null }[];
  mediators: { name: string }[];
  destinations: { country: string }[];
}
export interface Expected {
  releases: ExpectedRelease[];
  remainingCounts: {
    country: string | null;
    value: number;
    qualifier: string;
    attributedTo: string | null;
  }[];
}
export interface Fixture {
  name: string;
  input: ExtractInput;
  expected: Expected;
  style: string;
  /** Written after the rules were tuned, to estimate accuracy on unseen reports. */
  heldOut: boolean;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const meta = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.meta.json`), 'utf8'));
      const htmlPath = join(FIXTURE_DIR, `${name}.html`);
      const isHtml = existsSync(htmlPath);
      const raw = readFileSync(isHtml ? htmlPath : join(FIXTURE_DIR, `${name}.txt`), 'utf8');
      const page = isHtml ? htmlToText(raw) : null;
      const input: ExtractInput = {
        text: page ? page.text : raw,
        title: meta.title ?? page?.title ?? undefined,
        url: meta.url,
        publishedAt: meta.publishedAt,
      };
      return {
        name,
        input,
        expected: JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')),
        style: meta.style ?? 'other',
        heldOut: meta.heldOut === true,
      };
    });
}

/** Names compared without case, accents or Russian case endings ('Джоном Коулом' = 'Джон Коул'). */
export function normName(name: string): string {
  return (
    name
      .toLowerCase()
      // Accents off Latin letters only: NFD would also strip the breve of Cyrillic 'й'.
      .replace(/[^\u0400-\u04ff\s]+/gu, (w) => w.normalize('NFD').replace(/\p{M}/gu, ''))
      .replace(/ё/g, 'е')
      .split(/\s+/u)
      .map((t) =>
        /[\u0400-\u04ff]/u.test(t)
          ? t
              .replace(/(?:ого|ому|ыми|ими|ом|ем|ым|им|ой|ей|ую|ам|ах|ях)$/u, '')
              .replace(/[аеёиоуыэюяйьіў]+$/u, '')
          : t,
      )
      .join(' ')
  );
}

export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  add(expected: string[], actual: string[]): void {
    const left = [...actual];
    for (const e of expected) {
      const i = left.indexOf(e);
      if (i >= 0) {
        this.tp++;
        left.splice(i, 1);
      } else this.fn++;
    }
    this.fp += left.length;
  }
  get precision() {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall() {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
  get f1() {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

export class Accuracy {
  right = 0;
  total = 0;
  add(ok: boolean) {
    this.total++;
    if (ok) this.right++;
  }
  get value() {
    return this.total === 0 ? 1 : this.right / this.total;
  }
}

type Release = ExtractResult['releases'][number];

const concessionKey = (c: { kind: string; target: string | null }) =>
  c.kind === 'sanctions_relief' || c.kind === 'diplomatic_step'
    ? `${c.kind}|${(c.target ?? '').toLowerCase()}`
    : c.kind;

/** Pairs expected and actual releases: main with main, background by date then by order. */
function pair(
  expected: ExpectedRelease[],
  actual: Release[],
): [ExpectedRelease | null, Release | null][] {
  const left = [...actual];
  const out: [ExpectedRelease | null, Release | null][] = [];
  for (const e of expected) {
    let i = left.findIndex(
      (a) => a.role === e.role && (e.role === 'main' || a.date?.value === e.date?.value),
    );
    if (i < 0) i = left.findIndex((a) => a.role === e.role);
    out.push([e, i >= 0 ? left.splice(i, 1)[0]! : null]);
  }
  for (const a of left) out.push([null, a]);
  return out;
}

export interface Scores {
  releases: Tally;
  count: Accuracy;
  qualifier: Accuracy;
  date: Accuracy;
  released: Tally;
  concessions: Tally;
  mediators: Tally;
  destinations: Tally;
  remaining: Tally;
  attribution: Accuracy;
  misses: string[];
}

export function newScores(): Scores {
  return {
    releases: new Tally(),
    count: new Accuracy(),
    qualifier: new Accuracy(),
    date: new Accuracy(),
    released: new Tally(),
    concessions: new Tally(),
    mediators: new Tally(),
    destinations: new Tally(),
    remaining: new Tally(),
    attribution: new Accuracy(),
    misses: [],
  };
}

function field(s: Scores, name: string, t: Tally, e: string[], a: string[]) {
  const before = t.fp + t.fn;
  t.add(e, a);
  if (t.fp + t.fn > before)
    s.misses.push(`${name}: expected [${e.join('; ')}] got [${a.join('; ')}]`);
}

export function score(s: Scores, fx: Fixture, result: ExtractResult): void {
  const tag = (what: string) => `${fx.name} ${what}`;
  for (const [e, a] of pair(fx.expected.releases, result.releases)) {
    s.releases.add(e ? ['r'] : [], a ? ['r'] : []);
    if (e) {
      const ec = e.releasedCount;
      const ac = a?.releasedCount ?? null;
      const countOk = ec === null ? ac === null : ac !== null && ac.value === ec.value;
      s.count.add(countOk);
      if (!countOk)
        s.misses.push(tag(`count: expected ${ec?.value ?? null} got ${ac?.value ?? null}`));
      if (ec && ac && ac.value === ec.value) s.qualifier.add(ac.qualifier === ec.qualifier);
      const dateOk = (e.date?.value ?? null) === (a?.date?.value ?? null);
      s.date.add(dateOk);
      if (!dateOk)
        s.misses.push(tag(`date: expected ${e.date?.value ?? null} got ${a?.date?.value ?? null}`));
    }
    const er = e ?? { released: [], concessions: [], mediators: [], destinations: [] };
    const ar = a ?? { released: [], concessions: [], mediators: [], destinations: [] };
    field(
      s,
      tag('released'),
      s.released,
      er.released.map((p) => normName(p.name)),
      ar.released.map((p) => normName(p.name)),
    );
    field(
      s,
      tag('concessions'),
      s.concessions,
      er.concessions.map(concessionKey),
      ar.concessions.map(concessionKey),
    );
    field(
      s,
      tag('mediators'),
      s.mediators,
      er.mediators.map((m) => normName(m.name)),
      ar.mediators.map((m) => normName(m.name)),
    );
    field(
      s,
      tag('destinations'),
      s.destinations,
      er.destinations.map((d) => d.country),
      ar.destinations.map((d) => d.country),
    );
  }
  const key = (r: { country: string | null; value: number; qualifier: string }) =>
    `${r.country}|${r.value}|${r.qualifier}`;
  field(
    s,
    tag('remaining'),
    s.remaining,
    fx.expected.remainingCounts.map(key),
    result.remainingCounts.map(key),
  );
  for (const e of fx.expected.remainingCounts) {
    const a = result.remainingCounts.find((r) => key(r) === key(e));
    if (!a) continue;
    const ok =
      normName(a.attributedTo ?? '').includes(normName(e.attributedTo ?? '')) &&
      (e.attributedTo === null) === (a.attributedTo === null);
    s.attribution.add(ok);
    if (!ok) s.misses.push(tag(`attributedTo: expected ${e.attributedTo} got ${a.attributedTo}`));
  }
}

export function report(s: Scores): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = [
    ['releases', s.releases],
    ['released', s.released],
    ['concessions', s.concessions],
    ['mediators', s.mediators],
    ['destinations', s.destinations],
    ['remaining', s.remaining],
  ] as const;
  const lines = rows.map(
    ([n, t]) =>
      `${n.padEnd(14)} P=${pct(t.precision)} R=${pct(t.recall)} F1=${pct(t.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
  lines.push(`releasedCount  accuracy=${pct(s.count.value)} (${s.count.right}/${s.count.total})`);
  lines.push(
    `qualifier      accuracy=${pct(s.qualifier.value)} (${s.qualifier.right}/${s.qualifier.total})`,
  );
  lines.push(`date           accuracy=${pct(s.date.value)} (${s.date.right}/${s.date.total})`);
  lines.push(
    `attributedTo   accuracy=${pct(s.attribution.value)} (${s.attribution.right}/${s.attribution.total})`,
  );
  return lines.join('\n');
}

/** One JSON object a line of `file` in `dir`; a bad line throws with its file and line. */
export function readJsonlFixtures<T>(dir: URL, file: string): T[] {
  return readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${e})`);
      }
    });
}
