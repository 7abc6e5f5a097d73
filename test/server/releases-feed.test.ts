// GET /feeds/releases.atom (docs/open-data.md): a valid Atom feed of the published release
// events, the same for the public and for staff, with nothing private in it.
import type { FastifyInstance } from 'fastify';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';
import { leaks, privateLedger, releaseId } from '../support/private-ledger.ts';

describe.each(backends())('the releases feed on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, privateLedger()));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('is Atom of the published releases, the same for staff, with names withheld counted', async () => {
    const r = await app.inject({
      url: '/feeds/releases.atom',
      headers: { host: 'ledger.example' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(leaks(r.body)).toEqual([]);
    const feed = await new Parser().parseString(r.body);
    expect(feed.feedUrl ?? feed.link).toMatch(/^http:\/\/ledger\.example\//);
    const entry = feed.items.find((i) => i.link === `http://ledger.example/releases/${releaseId}`);
    expect(entry).toMatchObject({ title: 'Two freed in June' });
    expect(entry?.id).toBe(entry?.link);
    expect(new Date(entry!.pubDate!).toISOString()).toBe('2025-06-12T00:00:00.000Z');
    // One of the two freed is private: named once, counted once, never named.
    expect(entry!.summary ?? entry!.contentSnippet).toMatch(
      /^2 released in BY on 2025-06-12\. Named: Alpha Publicperson; 1 names withheld\./,
    );
    const staff = await app.inject({
      url: '/feeds/releases.atom',
      headers: { host: 'ledger.example', ...(await signIn(app, ctx, 'viewer')) },
    });
    expect(staff.body).toBe(r.body);
  });

  it('filters by country and refuses a bad one', async () => {
    const none = await app.inject({ url: '/feeds/releases.atom?country=CU' });
    expect((await new Parser().parseString(none.body)).items).toEqual([]);
    const bad = await app.inject({ url: '/feeds/releases.atom?country=Belarus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^querystring\.country: /);
  });
});

describe.each(backends())('the sample ledger feed on $name', (backend) => {
  it('lists dated releases newest first, at most 50', async () => {
    const { ctx, app } = await ledgerApp(backend);
    try {
      const body = (await app.inject({ url: '/feeds/releases.atom' })).body;
      const feed = await new Parser().parseString(body);
      const dates = feed.items.map((i) => new Date(i.pubDate!).getTime());
      expect(dates.length).toBeGreaterThan(5);
      expect(dates.length).toBeLessThanOrEqual(50);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      // The feed's own <updated> (its first) is its newest entry's date: stable between requests.
      const updated = /<updated>([^<]+)<\/updated>/.exec(body)?.[1];
      expect(new Date(updated!).getTime()).toBe(dates[0]);
    } finally {
      await app.close();
      await ctx.db.close();
    }
  });
});
