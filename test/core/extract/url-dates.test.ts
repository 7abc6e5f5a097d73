// The day a report's address gives it (url-dates.ts), and what detentions make of it when the
// report comes with its url and no published date (index.ts, detention-settle.ts).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { urlDate } from '../../../src/core/extract/url-dates.ts';

describe('urlDate', () => {
  it('reads the day of the common path shapes', () => {
    expect(urlDate('https://news.example.org/world/2024/01/30/activist-jailed/')).toEqual({
      value: '2024-01-30',
      precision: 'day',
    });
    expect(urlDate('https://example.com/story/2018/6/20/some-title/3841244')?.value).toBe(
      '2018-06-20',
    );
    expect(urlDate('https://example.es/internacional/2022-02-15/condenados-a-prision')?.value).toBe(
      '2022-02-15',
    );
    expect(urlDate('http://www.example.com/ukraine/gazeta/20170929/281543701121910')?.value).toBe(
      '2017-09-29',
    );
    expect(urlDate('https://m.example.hu/vilag/20120126_ujsagiro_borton')?.value).toBe(
      '2012-01-26',
    );
  });

  it('gives a month when the path names no day', () => {
    expect(urlDate('https://blog.example.com/2019/05/blog-post_30.html')).toEqual({
      value: '2019-05',
      precision: 'month',
    });
    expect(urlDate('https://www.example.co.uk/news/2011/10/111014_verdict_rn')).toEqual({
      value: '2011-10',
      precision: 'month',
    });
  });

  it('reads no date from a host, an id or an impossible day', () => {
    expect(urlDate('http://94.130.84.54/story/slug/3841244')).toBeNull();
    expect(urlDate('https://example.com/a/us-sanctions-critic/32298238.html')).toBeNull();
    expect(urlDate('https://example.com/2023/02/30/title')?.value ?? null).toBeNull();
    expect(urlDate('https://example.com/2023/13/title')).toBeNull();
    expect(urlDate(undefined)).toBeNull();
  });
});

describe('detentions dated by the address', () => {
  const text =
    'Police in the capital detained the blogger Tomas Varga on Tuesday over a post about the ' +
    'governor. His lawyer said he was held overnight without charge.';

  it('anchors a weekday when the report has no published date', () => {
    const r = extractReport({ text, url: 'https://news.example.net/2024/03/14/blogger-held' });
    const d = r.detentions.find((x) => x.kind === 'arrest' && x.person?.name === 'Tomas Varga');
    expect(d?.date?.value).toBe('2024-03-12');
    expect(d?.role).toBe('main');
  });

  it('gives way to a published date', () => {
    const r = extractReport({
      text,
      url: 'https://news.example.net/2024/03/14/blogger-held',
      publishedAt: '2024-04-04',
    });
    const d = r.detentions.find((x) => x.kind === 'arrest' && x.person?.name === 'Tomas Varga');
    expect(d?.date?.value).toBe('2024-04-02');
  });

  it('keeps an arrest of last month main while the month may be recent', () => {
    const r = extractReport({
      text:
        'Novinar Marko Petrović uhapšen je još u septembru pod optužbom za izdaju, saopštilo je ' +
        'udruženje novinara.',
      url: 'https://vesti.example.rs/2024-10-17/novinar-uhapsen',
    });
    const d = r.detentions.find((x) => x.kind === 'arrest' && x.person?.name === 'Marko Petrović');
    expect(d?.date).toEqual({ value: '2024-09', precision: 'month' });
    expect(d?.role).toBe('main');
  });

  it('makes an arrest of a month long past history', () => {
    const r = extractReport({
      text:
        'Novinar Marko Petrović uhapšen je u julu pod optužbom za izdaju, saopštilo je ' +
        'udruženje novinara.',
      url: 'https://vesti.example.rs/2024-10-17/novinar-uhapsen',
    });
    const d = r.detentions.find((x) => x.kind === 'arrest' && x.person?.name === 'Marko Petrović');
    expect(d?.role).toBe('background');
  });
});
