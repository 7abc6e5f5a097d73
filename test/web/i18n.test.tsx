// @vitest-environment jsdom
/**
 * The four languages: every catalog (web and CLI) has every key and no other, every message
 * parses as ICU MessageFormat with the placeholders of the English one, nothing is left in
 * English in another language, plurals take each language's forms; dates, numbers, countries
 * and names follow the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/core/accounts.ts';
import { auditActions } from '../../src/core/model/audit.ts';
import { entityTypes } from '../../src/core/model/claim.ts';
import {
  actorKinds,
  concessionKinds,
  releaseKinds,
  schema,
  statuses,
  visibilities,
} from '../../src/core/model/properties.ts';
import { confidentialLabel } from '../../src/core/model/publish.ts';
import { nameKinds, qualifiers } from '../../src/core/model/values.ts';
import { readerLanguageFromHeader } from '../../src/core/names/headline.ts';
import { problemKinds } from '../../src/server/problem.ts';
import { ApiError } from '../../web/src/api/client.ts';
import { accessMessage } from '../../web/src/auth.tsx';
import {
  calendarNames,
  collator,
  formatClaimValue,
  formatCountry,
  formatDate,
  formatLanguage,
  formatMoment,
  formatNumber,
  formatRelative,
  sourceTitle,
  subjectLabel,
} from '../../web/src/format.ts';
import {
  getLocale,
  hasMessage,
  type IntlFallback,
  initialLocale,
  loadLocale,
  locales,
  pickLocale,
  t,
} from '../../web/src/i18n/index.ts';
import { headlineName, otherNames } from '../../web/src/names.ts';
import { actionChoices } from '../../web/src/pages/Audit.tsx';

type Catalog = Record<string, string>;
const read = (part: string, lang: string): Catalog =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../i18n', part, `${lang}.json`), 'utf8'));

// Values that are the same in every language: the app's name, each language's name in itself.
const sameEverywhere = new Set(['app.name', 'lang.be', 'lang.ru', 'lang.uk', 'lang.en']);

/** The words of a message: what is left once placeholders, plural syntax and codes are out. */
function words(message: string): string {
  return message
    .replace(/\{\w+(, \w+)?\}/g, '')
    .replace(/\{\w+, plural,|\b(one|few|many|other)\s*\{|[{}#]/g, ' ')
    .replace(/\b(CSV|JSON|HTML|UTC|URL|habeas|ingest|YYYY|MM|DD)\b/g, '')
    .replace(/\.(txt|html|jsonl)\b/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** Argument names of an ICU message, from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (els: Array<Record<string, unknown>>) => {
    for (const el of els) {
      if (typeof el.value === 'string' && el.type !== 0) names.add(el.value);
      const options = el.options as Record<string, { value: Array<Record<string, unknown>> }>;
      if (options) for (const o of Object.values(options)) walk(o.value);
    }
  };
  walk(
    new IntlMessageFormat(message, locale).getAst() as unknown as Array<Record<string, unknown>>,
  );
  return [...names].sort();
}

/** Plural categories each `plural` argument of a message gives. */
function pluralForms(message: string, locale: string): string[][] {
  const out: string[][] = [];
  const walk = (els: Array<Record<string, unknown>>) => {
    for (const el of els) {
      const options = el.options as Record<string, { value: Array<Record<string, unknown>> }>;
      if (!options) continue;
      if (el.type === 6) out.push(Object.keys(options).sort());
      for (const o of Object.values(options)) walk(o.value);
    }
  };
  walk(
    new IntlMessageFormat(message, locale).getAst() as unknown as Array<Record<string, unknown>>,
  );
  return out;
}

for (const part of ['web', 'cli']) {
  describe(`${part} catalogs`, () => {
    const en = read(part, 'en');
    for (const lang of locales) {
      const catalog = read(part, lang);
      it(`${lang}: has every key of English and no other`, () => {
        expect(Object.keys(en).filter((k) => !(k in catalog))).toEqual([]);
        expect(Object.keys(catalog).filter((k) => !(k in en))).toEqual([]);
      });

      it(`${lang}: every message parses, with the placeholders of the English one`, () => {
        const wrong = Object.entries(catalog).filter(
          ([k, v]) => argumentsOf(v, lang).join() !== argumentsOf(en[k] ?? '', 'en').join(),
        );
        expect(wrong.map(([k]) => k)).toEqual([]);
      });

      it(`${lang}: plurals give every form the language has`, () => {
        const forms = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
        for (const [k, v] of Object.entries(catalog))
          for (const given of pluralForms(v, lang)) expect(given, k).toEqual(forms);
      });

      if (lang !== 'en')
        it(`${lang}: nothing is left in English`, () => {
          const untranslated = Object.entries(catalog).filter(
            ([k, v]) => !sameEverywhere.has(k) && v === en[k] && words(v) !== '',
          );
          expect(untranslated.map(([k]) => k)).toEqual([]);
        });
    }
  });
}

describe('the model’s words', () => {
  afterAll(() => loadLocale('en'));
  // Every code the pages may show from the model or the API, by its catalog prefix.
  const vocabularies: Record<string, readonly string[]> = {
    prop: [...new Set(Object.values(schema).flatMap((p) => Object.keys(p)))],
    status: statuses,
    kind: releaseKinds,
    concession: concessionKinds,
    actor: actorKinds,
    visibility: visibilities,
    qualifier: qualifiers,
    nameKind: nameKinds,
    entity: entityTypes,
    role: roles,
    state: ['proposed', 'accepted', 'rejected'],
    problem: Object.keys(problemKinds),
    // The audit log's actions, and the groups its filter offers ('claim.*').
    action: [...new Set([...auditActions, ...actionChoices])],
  };

  it('every property, vocabulary value, entity type, role and API error code has a message', async () => {
    await loadLocale('en');
    const missing = Object.entries(vocabularies).flatMap(([prefix, codes]) =>
      codes.map((c) => `${prefix}.${c}`).filter((k) => !hasMessage(k)),
    );
    expect(missing).toEqual([]);
  });

  it('a closed vocabulary’s value is shown in words of the language, whatever the entity', async () => {
    const closed = Object.entries(schema).flatMap(([type, props]) =>
      Object.entries(props).flatMap(([property, spec]) =>
        (spec.allowed ?? []).map((v) => [type, property, v] as const),
      ),
    );
    for (const lang of ['be', 'ru', 'uk'] as const) {
      await loadLocale(lang);
      const raw = closed.filter(([type, property, v]) =>
        /[a-z]/.test(formatClaimValue(property, type, { type: 'text', text: v })),
      );
      expect(raw.map(([type, property, v]) => `${lang} ${type}.${property}=${v}`)).toEqual([]);
    }
  });
});

describe('reports', () => {
  afterAll(() => loadLocale('en'));

  it('a confidential report is named in the reader’s language, whatever the API calls it', async () => {
    await loadLocale('be');
    expect(sourceTitle({ id: 'src_1', title: confidentialLabel })).toBe('канфідэнцыйная крыніца');
    expect(sourceTitle({ id: 'src_1', title: null, confidential: true })).toBe(
      'канфідэнцыйная крыніца',
    );
    expect(sourceTitle({ id: 'src_2', title: null })).toBe('src_2');
    expect(sourceTitle({ id: 'src_3', title: 'Viasna: 52 freed' })).toBe('Viasna: 52 freed');
  });
});

describe('what a claim is about', () => {
  afterAll(() => loadLocale('en'));

  it('an unnamed group and a reported figure in the reader’s words, from the API’s parts', async () => {
    const group = {
      id: 'agg_1',
      type: 'aggregate',
      label: '114 unnamed: Handed over to Ukraine.',
      parts: { kind: 'unnamed', count: 114, description: 'Handed over to Ukraine.' },
    } as const;
    const figure = {
      id: 'cnt_1',
      type: 'count_claim',
      label: 'reported figure for BY, Viasna',
      parts: { kind: 'figure', country: 'BY', attributedTo: 'Viasna' },
    } as const;
    await loadLocale('ru');
    expect(subjectLabel(group)).toBe('114 человек без имён: Handed over to Ukraine.');
    expect(subjectLabel(figure)).toBe('названная цифра: Беларусь, по данным Viasna');
    expect(subjectLabel({ ...group, parts: { ...group.parts, count: null } })).toBe(
      'группа без имён: Handed over to Ukraine.',
    );
    await loadLocale('uk');
    expect(subjectLabel({ ...group, parts: { ...group.parts, count: 3 } })).toMatch(
      /^3 людини без імен:/,
    );
    expect(subjectLabel({ id: 'per_a', type: 'person', label: 'Maria Kalesnikava' })).toBe(
      'Maria Kalesnikava',
    );
    // A person (or a status change about one) with their spellings: the reader's own.
    const names = [
      { value: 'Maria Kalesnikava', script: 'latin', language: 'en', kind: 'official' },
      { value: 'Марыя Калеснікава', script: 'cyrillic', language: 'be', kind: 'official' },
    ];
    await loadLocale('be');
    expect(
      subjectLabel({ id: 'stc_1', type: 'status_change', label: 'Maria Kalesnikava', names }),
    ).toBe('Марыя Калеснікава');
  });
});

describe('the untranslated check', () => {
  it('sees words and ignores placeholders and codes', () => {
    expect(words('{n}')).toBe('');
    expect(words('{title} ({detail})')).toBe('');
    expect(words('Export CSV')).toBe('Export');
    expect(words('{count, plural, one {# claim} other {# claims}}')).toBe('claim claims');
  });
});

describe('choosing a language', () => {
  it('takes the first of the reader’s languages the app speaks', () => {
    expect(pickLocale(['be-BY', 'ru'])).toBe('be');
    expect(pickLocale(['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(pickLocale(['ru_RU'])).toBe('ru');
    expect(pickLocale(['de', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('reads an Accept-Language header by weight, then order', () => {
    expect(readerLanguageFromHeader('be-BY,be;q=0.9,ru;q=0.8,en;q=0.5')).toBe('be');
    expect(readerLanguageFromHeader('de-DE, uk;q=0.4, ru;q=0.7')).toBe('ru');
    expect(readerLanguageFromHeader('en;q=0.1, uk')).toBe('uk');
    expect(readerLanguageFromHeader('uk;q=0, de')).toBe('en');
    expect(readerLanguageFromHeader('*')).toBe('en');
    expect(readerLanguageFromHeader(undefined)).toBe('en');
  });

  it('starts in the language remembered here, else the server’s from Accept-Language', () => {
    const root = document.documentElement;
    try {
      // jsdom's navigator says en-US: the page the server sent says Ukrainian.
      root.lang = 'uk';
      root.dataset.langFrom = 'accept-language';
      expect(initialLocale()).toBe('uk');
      localStorage.setItem('habeas.lang', 'be');
      expect(initialLocale()).toBe('be');
      localStorage.removeItem('habeas.lang');
      // A page Habeas did not serve (Vite's dev server): the browser's own languages.
      delete root.dataset.langFrom;
      expect(initialLocale()).toBe('en');
    } finally {
      delete root.dataset.langFrom;
      localStorage.removeItem('habeas.lang');
    }
  });

  it('sets lang on <html> and speaks the chosen language', async () => {
    await loadLocale('uk');
    expect(document.documentElement.lang).toBe('uk');
    expect(getLocale()).toBe('uk');
    expect(t('nav.people')).toBe('Люди');
  });
});

describe('plurals', () => {
  const held = (n: number) => t('people.resultsHeld', { total: n, country: 'BY' });
  it('Belarusian: one, few, many', async () => {
    await loadLocale('be');
    expect([1, 3, 5, 21, 22, 11].map(held).map((s) => s.split(' пад')[0])).toEqual([
      '1 палітвязень',
      '3 палітвязні',
      '5 палітвязняў',
      '21 палітвязень',
      '22 палітвязні',
      '11 палітвязняў',
    ]);
  });

  it('Russian and Ukrainian and English', async () => {
    await loadLocale('ru');
    expect(t('review.count', { total: 2 })).toBe('2 утверждения');
    expect(t('review.count', { total: 25 })).toBe('25 утверждений');
    await loadLocale('uk');
    expect(held(4).startsWith('4 політв’язні ')).toBe(true);
    expect(held(1_234)).toMatch(/^1\s234 політв’язні /);
    await loadLocale('en');
    expect(held(1)).toBe('1 political prisoner held in BY today');
    expect(held(1_234)).toBe('1,234 political prisoners held in BY today');
  });
});

describe('Intl in the reader’s language', () => {
  afterAll(() => loadLocale('en'));

  it('dates keep their precision', async () => {
    await loadLocale('en');
    expect(formatDate('2025-09')).toBe('September 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate('2025-09-11')).toBe('Sep 11, 2025');
    expect(formatMoment('2025-09-11T04:03:09.000Z', true)).toBe('Sep 11, 2025, 04:03:09');
    await loadLocale('be');
    expect(formatDate('2025-09')).toMatch(/^верасень 2025/);
    await loadLocale('ru');
    expect(formatDate('2025-09')).toMatch(/^сентябрь 2025/);
    expect(formatDate('2025-09-11')).toMatch(/^11 сент\. 2025/);
    expect(formatDate('2025')).toMatch(/^2025/);
    await loadLocale('uk');
    expect(formatDate('2025-09')).toMatch(/^вересень 2025/);
  });

  it('numbers, countries, languages and relative times', async () => {
    const now = Date.parse('2025-09-15T12:00:00Z');
    await loadLocale('be');
    expect(formatCountry('BY')).toBe('Беларусь');
    expect(formatCountry('xx1')).toBe('xx1');
    expect(formatRelative('2025-09-14', now)).toBe('учора');
    await loadLocale('ru');
    expect(formatNumber(1234567)).toMatch(/^1\s234\s567$/);
    expect(formatCountry('LT')).toBe('Литва');
    expect(formatLanguage('be')).toBe('белорусский');
    expect(formatRelative('2025-06', now)).toBe('3 месяца назад');
    await loadLocale('en');
    expect(formatCountry('BY')).toBe('Belarus');
    expect(formatRelative('2023', now)).toBe('2 years ago');
  });
});

describe('names for the reader', () => {
  const names = [
    { value: 'Maria Kalesnikava', script: 'latin', language: 'en', kind: 'official' },
    { value: 'Maria Kolesnikova', script: 'latin', language: 'en', kind: 'press' },
    { value: 'Марыя Калеснікава', script: 'cyrillic', language: 'be', kind: 'official' },
    { value: 'Мария Колесникова', script: 'cyrillic', language: 'ru', kind: 'official' },
    { value: 'Marya Kalesnikava', script: 'latin', language: 'en', kind: 'misspelling' },
  ];

  it('heads with the reader’s language and script, then the script, then the API’s name', () => {
    expect(headlineName(names, 'x', 'be')).toBe('Марыя Калеснікава');
    expect(headlineName(names, 'x', 'ru')).toBe('Мария Колесникова');
    expect(headlineName(names, 'x', 'en')).toBe('Maria Kalesnikava');
    // No Ukrainian spelling: an official Cyrillic one.
    expect(['Марыя Калеснікава', 'Мария Колесникова']).toContain(headlineName(names, 'x', 'uk'));
    expect(headlineName(names.slice(0, 2), 'Maria Kalesnikava', 'ru')).toBe('Maria Kalesnikava');
    expect(otherNames(names, 'Марыя Калеснікава')).toHaveLength(4);
  });

  it('sorts by the reader’s collation', async () => {
    const list = ['Ўладзімір', 'Уладзімір', 'Яўген', 'Іван', 'Аляксей'];
    await loadLocale('be');
    expect([...list].sort(collator().compare)).toEqual([
      'Аляксей',
      'Іван',
      'Уладзімір',
      'Ўладзімір',
      'Яўген',
    ]);
    await loadLocale('uk');
    expect(['Їжак', 'Іван', 'Ґанок', 'Гнат'].sort(collator().compare)).toEqual([
      'Гнат',
      'Ґанок',
      'Іван',
      'Їжак',
    ]);
  });
});

describe('API errors as the UI shows them', () => {
  afterAll(() => loadLocale('en'));

  it('names the problem in the reader’s language, the server’s detail beside it', async () => {
    const refused = new ApiError(401, 'wrong username or password', 'sign_in_refused');
    const down = new ApiError(503, 'the database is unavailable', 'database_unavailable');
    await loadLocale('en');
    expect(accessMessage(refused)).toBe('Wrong username or password');
    await loadLocale('be');
    expect(accessMessage(refused)).toBe(
      'Няправільнае імя карыстальніка або пароль (wrong username or password)',
    );
    expect(accessMessage(new ApiError(401, 'no session', 'unauthenticated'))).toBe(
      'Каб зрабіць гэта, спачатку ўвайдзіце. (no session)',
    );
    await loadLocale('ru');
    expect(accessMessage(down)).toBe(
      'База данных недоступна; попробуйте чуть позже (the database is unavailable)',
    );
    expect(accessMessage(new TypeError('Failed to fetch'))).toBe('Не удаётся связаться с сервером');
    // No code the app knows (a proxy's page), or an error of the page itself: still in Russian.
    expect(accessMessage(new ApiError(502, '502 Bad Gateway'))).toBe(
      'Сервер ответил ошибкой 502 (502 Bad Gateway)',
    );
    expect(accessMessage(new Error('x is undefined'))).toBe(
      'Что-то пошло не так на странице (x is undefined)',
    );
  });
});

describe('Belarusian where the browser’s Intl has none (Chromium)', () => {
  afterAll(() => loadLocale('en'));
  const stand = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../i18n/web/intl/be.json'), 'utf8'),
  ) as IntlFallback;

  it('agrees with CLDR’s Belarusian, as Node’s full ICU has it (May stays травень)', () => {
    const utc = (o: Intl.DateTimeFormatOptions) => (d: Date) =>
      new Intl.DateTimeFormat('be', { ...o, timeZone: 'UTC' }).format(d);
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2025, m, 1)));
    const week = Array.from({ length: 7 }, (_, w) => new Date(Date.UTC(2025, 0, 5 + w)));
    const notMay = (list: string[]) => list.filter((_, i) => i !== 4);
    expect(notMay(stand.monthsLong)).toEqual(notMay(months.map(utc({ month: 'long' }))));
    expect(notMay(stand.monthsShort)).toEqual(notMay(months.map(utc({ month: 'short' }))));
    expect(stand.weekdaysLong).toEqual(week.map(utc({ weekday: 'long' })));
    expect(stand.weekdaysShort).toEqual(week.map(utc({ weekday: 'short' })));
    const region = new Intl.DisplayNames('be', { type: 'region' });
    for (const [code, name] of Object.entries(stand.regions))
      expect(name, code).toBe(region.of(code));
    const language = new Intl.DisplayNames('be', { type: 'language' });
    for (const [tag, name] of Object.entries(stand.languages))
      expect(name, tag).toBe(language.of(tag));
  });

  it('formats dates, numbers, countries and relative times from it', async () => {
    await loadLocale('be', false);
    const now = Date.parse('2025-09-15T12:00:00Z');
    expect(formatDate('2025-09-11')).toBe('11 вер 2025');
    expect(formatDate('2025-05')).toBe('травень 2025');
    expect(formatMoment('2025-09-11T14:03:09.000Z')).toBe('11 вер 2025, 14:03');
    expect(formatDate('2025')).toBe('2025');
    expect(formatNumber(1135)).toMatch(/^1\s135$/);
    expect(formatCountry('LT')).toBe('Літва');
    expect(formatCountry('ZW')).toBe('ZW');
    expect(formatLanguage('ru')).toBe('руская');
    expect(formatRelative('2025-09-14', now)).toBe('учора');
    expect(formatRelative('2025-06', now)).toBe('3 месяцы таму');
    expect(formatRelative('2020', now)).toBe('5 гадоў таму');
    expect(calendarNames().MMMM[8]).toBe('верасень');
    expect(['Ўладзімір', 'Іван', 'Аляксей'].sort(collator().compare)).toEqual([
      'Аляксей',
      'Іван',
      'Ўладзімір',
    ]);
  });
});
