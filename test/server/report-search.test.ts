// GET /api/sources/search (docs/search.md) on both databases: words in each report's language,
// names by trigram, highlighted passages, filters, and what the public may search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

// Our own words; facts (releases in Belarus in 2024-2025, the people named) are of public record.
const reports = [
  {
    title: 'Pardons in Minsk',
    url: 'https://wire.example.org/2025/06/pardons',
    publishedAt: '2025-06-21',
    text: 'Belarus freed 14 prisoners on 21 June 2025. Siarhei Tsikhanouski was among those pardoned after the visit of a U.S. envoy to Minsk.',
  },
  {
    title: 'Помилование в Беларуси',
    url: 'https://novosti.example.ru/2025/09/11',
    publishedAt: '2025-09-11',
    text: 'Александр Лукашенко помиловал 52 человека 11 сентября 2025 года. Освобождённые политзаключённые были вывезены в Литву.',
  },
  {
    title: 'Uwolnieni więźniowie',
    url: 'https://wiadomosci.example.pl/2024/08/16',
    publishedAt: '2024-08-16',
    text: 'Na Białorusi uwolniono 30 więźniów politycznych 16 sierpnia 2024 roku. Wśród uwolnionych byli dziennikarze i emeryci.',
  },
  {
    title: 'Freilassung in Belarus',
    url: 'https://nachrichten.example.de/2024/07/03',
    publishedAt: '2024-07-03',
    text: 'Belarus hat am 3. Juli 2024 achtzehn politische Gefangene freigelassen. Unter den Freigelassenen waren schwer kranke Häftlinge.',
  },
];

describe.each(backends())('searching the reports on $name', (backend) => {
  let s: SignedInServer;
  const ids: string[] = [];
  const find = async (query: string, headers: Record<string, string> = s.headers) => {
    const r = await s.app.inject({ url: `/api/sources/search?${query}`, headers });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as {
      items: Array<{
        source: { id: string; language: string; title: string };
        rank: number | null;
        snippet: Array<{ text: string; match: boolean }>;
      }>;
      total: number;
      persons: Array<{ name: string }>;
    };
  };
  const titles = (r: Awaited<ReturnType<typeof find>>) => r.items.map((i) => i.source.title);

  beforeAll(async () => {
    s = await signedInServer(backend);
    for (const report of reports) {
      const r = await s.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: s.headers,
        payload: report,
      });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().source.id);
    }
  });
  afterAll(() => s?.close());

  it('reads each report in its own language: stems where PostgreSQL has them, words as written otherwise', async () => {
    const languages = (await find('limit=10')).items.map((i) => i.source.language).sort();
    expect(languages).toEqual(['de', 'en', 'pl', 'ru']);
    // English stemming: 'pardon' finds 'pardoned'; Russian: 'помилованы' finds 'помиловал'.
    expect(titles(await find('q=pardon'))).toEqual(['Pardons in Minsk']);
    expect(titles(await find(`q=${encodeURIComponent('помилованы')}`))).toEqual([
      'Помилование в Беларуси',
    ]);
    expect(titles(await find('q=freigelassen'))).toEqual(['Freilassung in Belarus']);
    // Polish has no configuration: 'simple' matches the word as written, not its other forms.
    expect(titles(await find('q=uwolniono'))).toEqual(['Uwolnieni więźniowie']);
    expect((await find('q=uwolnili')).items).toEqual([]);
    // Web search syntax: a phrase, and a word left out.
    expect(
      titles(await find(`q=${encodeURIComponent('"political prisoners" OR Belarus -Minsk')}`)),
    ).toEqual(['Freilassung in Belarus']);
  });

  it('marks the words that matched in a passage of plain text', async () => {
    const [hit] = (await find('q=envoy')).items;
    expect(hit!.rank).toBeGreaterThan(0);
    const marked = hit!.snippet.filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(['envoy']);
    expect(hit!.snippet.map((p) => p.text).join('')).toContain('U.S. envoy to Minsk');
  });

  it('finds a misspelt name by trigram, through the person the report was linked to', async () => {
    const r = await find('q=Tsikhanousky');
    expect(r.persons.map((p) => p.name)).toContain('Siarhei Tsikhanouski');
    expect(titles(r)).toEqual(['Pardons in Minsk']);
  });

  it('filters by language, dates, publisher or host, and country', async () => {
    expect(titles(await find('language=ru'))).toEqual(['Помилование в Беларуси']);
    expect(titles(await find('from=2024-07-04&to=2025-06-30'))).toEqual([
      'Pardons in Minsk',
      'Uwolnieni więźniowie',
    ]);
    expect(titles(await find('source=wiadomosci.example.pl'))).toEqual(['Uwolnieni więźniowie']);
    expect((await find('country=BY')).total).toBeGreaterThan(0);
    expect((await find('country=CU')).items).toEqual([]);
    const bad = await s.app.inject({ url: '/api/sources/search?language=English' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^querystring\.language: /);
  });

  it('lets staff filter by review state, and keeps confidential reports from the public', async () => {
    expect((await find('state=pending')).total).toBe(4);
    expect((await find('state=reviewed')).total).toBe(0);
    expect((await s.app.inject({ url: '/api/sources/search?state=pending' })).statusCode).toBe(401);
    const r = await s.app.inject({
      method: 'POST',
      url: `/api/sources/${ids[0]}/confidential`,
      headers: s.headers,
      payload: { confidential: true },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(titles(await find('q=envoy'))).toEqual(['Pardons in Minsk']);
    expect((await find('q=envoy', {})).items).toEqual([]);
    expect((await find('q=Tsikhanouski', {})).items).toEqual([]);
  });

  it('pages: limit, offset, and the total past the last page', async () => {
    const first = await find('limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(4);
    const past = await find('limit=1&offset=10');
    expect(past).toMatchObject({ items: [], total: 4 });
  });
});
