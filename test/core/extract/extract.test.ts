// extractReport end to end on short reports written for these tests: the hard cases.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const names = (r: ReturnType<typeof extractReport>, i = 0) =>
  r.releases[i]?.released.map((p) => p.name);

describe('extractReport', () => {
  it('prefers the exact figure over "dozens" and skips sub-counts', () => {
    const r = extractReport({
      text: 'Dozens of prisoners walked free in Belarus. Fifty-two people were released, including 14 foreign nationals, and 114 went to Ukraine.',
      publishedAt: '2025-09-12',
    });
    expect(r.releases[0]?.releasedCount).toMatchObject({ value: 52, qualifier: 'exact' });
    expect(r.releases[0]?.releasedCount?.evidence.quote).toBe('Fifty-two people');
  });

  it('separates the release a report is about from one it recalls', () => {
    const r = extractReport({
      text: 'Belarus freed 123 prisoners on Saturday, among them Maria Kalesnikava. In June, Belarus released 14 people, including Siarhei Tsikhanouski.',
      publishedAt: '2025-12-14',
    });
    expect(r.releases.map((x) => [x.role, x.date?.value, x.releasedCount?.value])).toEqual([
      ['main', '2025-12-13', 123],
      ['background', '2025-06', 14],
    ]);
    expect(names(r, 0)).toEqual(['Maria Kalesnikava']);
    expect(names(r, 1)).toEqual(['Siarhei Tsikhanouski']);
  });

  it('makes the dated release main in a follow-up about one person', () => {
    const r = extractReport({
      text: 'Ihar Losik says he still cannot sleep. Losik was freed on September 11 along with 51 other prisoners.',
      publishedAt: '2025-11-02',
    });
    expect(r.releases).toHaveLength(1);
    expect(r.releases[0]).toMatchObject({
      role: 'main',
      date: { value: '2025-09-11' },
      releasedCount: { value: 52 },
    });
    expect(names(r)).toEqual(['Ihar Losik']);
  });

  it('does not free people the report says are still held', () => {
    const r = extractReport({
      text: 'Belarus pardoned 31 people on Wednesday. About 1,300 political prisoners remain in jail, among them Ales Bialiatski and Maria Kalesnikava.',
      publishedAt: '2024-11-28',
    });
    expect(names(r)).toEqual([]);
    expect(r.remainingCounts).toMatchObject([{ country: 'BY', value: 1300, qualifier: 'about' }]);
  });

  it('dates the release, not the statement about it', () => {
    const r = extractReport({
      text: 'Her office said on Monday that the release was a first step. The 14 prisoners were freed on Saturday.',
      publishedAt: '2025-06-23',
    });
    expect(r.releases[0]?.date).toEqual({ value: '2025-06-21', precision: 'day' });
  });

  it('extracts a Russian report', () => {
    const r = extractReport({
      text: 'В четверг в Беларуси освободили 52 политзаключенных, среди них журналист Игорь Лосик. Их вывезли в Литву.',
      publishedAt: '2025-09-11',
    });
    expect(r.report.language).toBe('ru');
    expect(r.releases[0]).toMatchObject({
      country: 'BY',
      date: { value: '2025-09-11' },
      releasedCount: { value: 52 },
    });
    expect(names(r)).toEqual(['Игорь Лосик']);
    expect(r.releases[0]?.destinations.map((d) => d.country)).toEqual(['LT']);
  });

  it('reads a Belarusian-language report', () => {
    const r = extractReport({
      text: 'У пятніцу ўлады вызвалілі 14 палітвязняў, сярод іх Сяргей Ціханоўскі. Іх вывезлі ў Літву.',
      publishedAt: '2025-06-21',
    });
    expect(r.report.language).toBe('be');
    expect(r.releases[0]).toMatchObject({
      date: { value: '2025-06-20' },
      releasedCount: { value: 14 },
    });
    expect(names(r)).toEqual(['Сяргей Ціханоўскі']);
    expect(r.releases[0]?.destinations.map((d) => d.country)).toEqual(['LT']);
  });

  it('returns problems, not releases, when nothing was released', () => {
    const r = extractReport({ text: 'The weather in Minsk was cold.', publishedAt: '2025-01-01' });
    expect(r.releases).toEqual([]);
    expect(r.problems).toContain('no release described in the text');
  });

  it('reports a bad published date and still extracts', () => {
    const r = extractReport({ text: 'Belarus freed 18 prisoners.', publishedAt: '03/07/2024' });
    expect(r.report.publishedAt).toBeNull();
    expect(r.problems[0]).toContain('publishedAt');
    expect(r.releases[0]?.releasedCount?.value).toBe(18);
  });

  it('fills the report block and leaves personId to later resolution', () => {
    const r = extractReport({
      text: 'Belarus freed Ihar Losik and 13 others.',
      url: 'https://a.example',
      title: 'T',
    });
    expect(r.report).toMatchObject({
      url: 'https://a.example',
      title: 'T',
      publishedAt: null,
      language: 'en',
    });
    // The content hash is the CLI's (adapters/digest.ts): the core has no SHA-256.
    expect(r.report).not.toHaveProperty('contentHash');
    expect(r.releases[0]?.released[0]?.personId).toBeNull();
    expect(r.releases[0]?.releasedCount?.value).toBe(14);
  });
});
