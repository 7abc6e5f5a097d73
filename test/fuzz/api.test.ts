// Fuzz: 2,500 random and malformed bodies sent by a signed-in editor to the write endpoints
// (POST /api/reports, /api/reports/batch, /api/claims, /api/claims/:id/review), through
// app.inject. One seeded stream of 2,500 bodies, shared out between the backends (shareOf in
// ./random.ts): PGlite sends the first half and PostgreSQL the second, or PGlite all of them
// when PostgreSQL is not configured. No answer may be a 500; every 4xx carries a message
// naming what is wrong; a refused request changes nothing and nothing stored is ever lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/adapters/news/html-to-text.ts';
import { type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { Rng } from '../support/random.ts';
import {
  damage,
  fuzzLabel,
  fuzzSeed,
  mutateObject,
  randomCodePoints,
  randomJson,
  randomText,
  shareOf,
} from './random.ts';

const BODIES = 2500;

/** Ids stored before fuzzing, which the random bodies refer to. */
interface Known {
  claimIds: string[];
  personIds: string[];
  sourceIds: string[];
}

/** Two real reports through the API: sources, persons and claims for bodies to point at. */
async function seedReports({ app, ctx, headers }: SignedInServer): Promise<Known> {
  const known: Known = { claimIds: [], personIds: [], sourceIds: [] };
  for (const text of [
    'Belarus freed 14 prisoners on 21 June 2025, among them Siarhei Tsikhanouski, after U.S. envoy Keith Kellogg visited Minsk.',
    'Belarus pardoned 52 political prisoners on 11 September 2025, among them Mikalai Statkevich and the journalist Ihar Losik.',
  ]) {
    const r = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers,
      payload: { text },
    });
    expect(r.statusCode, r.body).toBe(201);
    known.sourceIds.push(r.json().source.id);
  }
  const claims = await ctx.db.claims.listClaims({ limit: 1000, offset: 0 });
  for (const c of claims) {
    known.claimIds.push(c.id);
    if (c.subjectType === 'person' && !known.personIds.includes(c.subjectId))
      known.personIds.push(c.subjectId);
  }
  return known;
}

interface Request {
  url: string;
  payload: unknown;
  raw?: string;
}

function reportBody(rng: Rng): Record<string, unknown> {
  const body: Record<string, unknown> = {
    text: `Belarus freed ${rng.int(1, 500)} political prisoners on ${rng.int(1, 28)} May 2025. ${randomText(rng, 25)}`,
  };
  if (rng.chance(0.5)) body.title = randomText(rng, 5);
  if (rng.chance(0.5)) body.publishedAt = rng.pick(['2025-05-30', '2025-02-30', '30.05.2025', '']);
  if (rng.chance(0.1)) {
    delete body.text;
    body.html = `<article><p>${randomText(rng, 25)}</p></article>`;
  }
  return body;
}

function claimBody(rng: Rng, { claimIds, personIds, sourceIds }: Known): Record<string, unknown> {
  return {
    subjectId: rng.chance(0.8) ? rng.pick(personIds) : randomText(rng, 1),
    property: rng.pick([
      'occupation',
      'description',
      'birthYear',
      'gender',
      'name',
      'nonsense',
      '__proto__',
    ]),
    value: rng.pick<unknown>([
      { type: 'text', text: randomText(rng, 4) },
      { type: 'number', number: rng.pick([1990, -1, 1e308, 0.5]), qualifier: 'exact' },
      {
        type: 'name',
        name: { value: randomText(rng, 2), script: 'latin', language: null, kind: 'press' },
      },
      { type: 'ref', id: rng.pick(personIds) },
      {
        type: 'date',
        date: { value: rng.pick(['2025-01-01', '2025-02-30', '99999']), precision: 'day' },
      },
      randomJson(rng),
    ]),
    ...(rng.chance(0.3) ? { sourceId: rng.pick([...sourceIds, 'src_nope']) } : {}),
    ...(rng.chance(0.2)
      ? { evidence: { start: rng.int(-5, 500), end: rng.int(0, 3e9), quote: randomText(rng, 2) } }
      : {}),
    ...(rng.chance(0.3) ? { confidence: rng.pick([0, 0.5, 1, 2, -1]) } : {}),
    ...(rng.chance(0.1) ? { supersedes: rng.pick([...claimIds, 'clm_nope']) } : {}),
  };
}

function randomRequest(rng: Rng, known: Known): Request {
  const r = rng.next();
  let url: string;
  let body: Record<string, unknown>;
  if (r < 0.35) {
    url = '/api/reports';
    body = reportBody(rng);
  } else if (r < 0.45) {
    url = '/api/reports/batch';
    body = {
      items: Array.from({ length: rng.int(0, 4) }, () =>
        rng.chance(0.7) ? mutateObject(rng, reportBody(rng)) : randomJson(rng),
      ),
    };
  } else if (r < 0.75) {
    url = '/api/claims';
    body = claimBody(rng, known);
  } else {
    const id = rng.chance(0.85)
      ? rng.pick(known.claimIds)
      : encodeURIComponent(randomCodePoints(rng, rng.int(1, 10)).replace(/[\uD800-\uDFFF]/g, '?'));
    url = `/api/claims/${id}/review`;
    body = {
      state: rng.pick(['accepted', 'rejected', 'proposed', 'maybe']),
      ...(rng.chance(0.5) ? { note: randomText(rng, 6) } : {}),
    };
  }
  const shape = rng.next();
  if (shape < 0.4) return { url, payload: body };
  if (shape < 0.75) return { url, payload: mutateObject(rng, body) };
  if (shape < 0.9) return { url, payload: null, raw: damage(rng, JSON.stringify(body)) };
  return { url, payload: randomJson(rng) };
}

const all = backends();

describe.each(all)('fuzz: API write endpoints (signed-in editor) on $name', (backend) => {
  const share = shareOf(
    BODIES,
    all.findIndex((b) => b.name === backend.name),
    all.length,
  );
  let s: SignedInServer;
  let known: Known;
  beforeAll(async () => {
    s = await signedInServer(backend, { context: { htmlToText } });
    known = await seedReports(s);
  }, 120_000);
  afterAll(() => s?.close());

  it(`bodies ${share.from}-${share.to - 1} of ${BODIES}: no 500, every refusal says what, nothing stored is lost`, async () => {
    const rng = new Rng(fuzzSeed() + 2);
    const statuses = new Map<number, number>();
    // Nothing but these requests writes: each one's count before is the last one's after.
    let before = await s.ctx.db.claims.countClaims({});
    for (let i = 0; i < share.to; i++) {
      const label = fuzzLabel(rng, i);
      // The cases before this backend's share are drawn (the stream stays the same), not sent.
      const req = randomRequest(rng, known);
      if (i < share.from) continue;
      const res = await s.app.inject({
        method: 'POST',
        url: req.url,
        headers: { ...s.headers, 'content-type': 'application/json' },
        payload: req.raw ?? JSON.stringify(req.payload),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const what = `${label}: POST ${req.url} ${(req.raw ?? JSON.stringify(req.payload))?.slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
      expect(res.statusCode, what).toBeLessThan(500);
      const after = await s.ctx.db.claims.countClaims({});
      if (res.statusCode >= 400) {
        const body = res.json() as { error?: string; message?: string };
        expect(typeof body.error, what).toBe('string');
        expect(body.message?.length ?? 0, what).toBeGreaterThan(5);
        expect(after, `${what}: a refused request stored claims`).toBe(before);
      } else expect(after, what).toBeGreaterThanOrEqual(before);
      before = after;
    }
    // Both sides were exercised: many refusals, and some writes that went through.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(share.cases / 4);
    expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0)).toBeGreaterThan(share.cases / 20);
    console.log(
      `fuzz api statuses on ${backend.name} (seed ${fuzzSeed()}):`,
      Object.fromEntries(statuses),
    );
  }, 170_000);

  it('NUL in a body, a path or a query is a 400 naming where, not a database error', async () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['/api/reports', { text: 'Nine freed.', title: 'a\u0000b' }, /^body\.title: contains a NUL/],
      [
        '/api/reports/batch',
        { items: [{ text: 'ok' }, { text: 'x\u0000' }] },
        /^body\.items\[1\]\.text: contains a NUL/,
      ],
      [
        '/api/claims',
        {
          subjectId: known.personIds[0],
          property: 'occupation',
          value: { type: 'text', text: '\u0000' },
        },
        /^body\.value\.text: /,
      ],
      [
        `/api/claims/${encodeURIComponent('clm\u0000')}/review`,
        { state: 'accepted' },
        /^params\.id: /,
      ],
    ];
    for (const [url, payload, message] of cases) {
      const r = await s.app.inject({
        method: 'POST',
        url,
        headers: s.headers,
        payload: payload as object,
      });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().message).toMatch(message);
    }
    const q = await s.app.inject({ url: '/api/persons?q=%00' });
    expect(q.statusCode).toBe(400);
    const p = await s.app.inject({ url: '/api/persons/per%00x' });
    expect(p.statusCode).toBe(400);
  });
});
