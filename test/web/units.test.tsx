// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { segments } from '../../web/src/components/Highlighted.tsx';
import { formatClaimValue, formatCount, formatDate, label } from '../../web/src/format.ts';
import { loadLocale, t } from '../../web/src/i18n/index.ts';
import { parseJsonl, parseReportFile, pastedInput } from '../../web/src/reports-input.ts';
import { matchPath } from '../../web/src/router.tsx';

beforeAll(() => loadLocale('en'));

describe('router', () => {
  it('matches patterns and decodes parameters', () => {
    expect(matchPath('/people/:id', '/people/per_a%20b')).toEqual({ id: 'per_a b' });
    expect(matchPath('/people/:id', '/people')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/releases', '/deals')).toBeNull();
  });
});

describe('formatting', () => {
  it('keeps the qualifier of a reported figure', () => {
    expect(formatCount({ value: 1100, qualifier: 'more_than' })).toBe('more than 1,100');
    expect(formatCount({ value: 52, qualifier: 'exact' })).toBe('52');
    expect(formatCount(null)).toBe('–');
  });

  it('never invents precision for a date', () => {
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate({ value: '2025-09-11' })).toMatch(/11.*2025/);
    expect(formatDate(null)).toBe('unknown');
  });

  it('labels vocabularies and leaves years ungrouped', () => {
    expect(label('status', 'refused_exile')).toBe('refused exile');
    expect(label('kind', 'something_new')).toBe('something new');
    expect(
      formatClaimValue('birthYear', 'person', { type: 'number', number: 1957, qualifier: 'exact' }),
    ).toBe('1957');
    expect(formatClaimValue('kind', 'concession', { type: 'text', text: 'sanctions_relief' })).toBe(
      'sanctions relief',
    );
  });
});

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('add.progress', { done: 3, total: 10 })).toBe('Added 3 of 10');
    expect(t('add.progress', { done: 3 })).toBe('Added 3 of {total}');
  });
});

describe('evidence segments', () => {
  it('cuts overlapping spans so each piece knows every claim covering it', () => {
    const text = 'Belarus freed 52 prisoners today';
    const segs = segments(text, [
      { id: 'a', start: 8, end: 16 },
      { id: 'b', start: 14, end: 26 },
      { id: 'bad', start: 30, end: 99 },
    ]);
    expect(segs.map((s) => [s.text, s.ids])).toEqual([
      ['Belarus ', []],
      ['freed ', ['a']],
      ['52', ['a', 'b']],
      [' prisoners', ['b']],
      [' today', []],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('report input', () => {
  it('reads JSON Lines, reporting bad lines by number without dropping good ones', () => {
    const { items, problems } = parseJsonl(
      [
        '{"url":"https://a.example/1","title":"One","text":"First report."}',
        '',
        'not json',
        '{"title":"no body"}',
        '[1,2]',
        '{"html":"<p>Second</p>","publishedAt":"2025-09-11","extra":1}',
      ].join('\n'),
    );
    expect(items).toEqual([
      { url: 'https://a.example/1', title: 'One', text: 'First report.' },
      { html: '<p>Second</p>', publishedAt: '2025-09-11' },
    ]);
    expect(problems).toEqual([
      { line: 3, reason: 'notJson' },
      { line: 4, reason: 'noContent' },
      { line: 5, reason: 'notObject' },
    ]);
  });

  it('tells HTML from text by the file name or the content', () => {
    expect(parseReportFile('a.html', '<p>x</p>').items).toEqual([
      { html: '<p>x</p>', title: 'a.html' },
    ]);
    expect(parseReportFile('a.txt', 'plain').items).toEqual([{ text: 'plain' }]);
    expect(pastedInput('<p>Freed</p>', { title: 'T', url: '' })).toEqual({
      title: 'T',
      html: '<p>Freed</p>',
    });
    expect(pastedInput('Freed <3 of them', {})).toEqual({ text: 'Freed <3 of them' });
  });
});
