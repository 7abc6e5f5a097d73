import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { cliLocale, speaker } from '../../src/cli/i18n.ts';

describe('the CLI’s language', () => {
  it('takes --lang, then LC_ALL, LC_MESSAGES and LANG in that order, else English', () => {
    expect(cliLocale({ LANG: 'ru_RU.UTF-8' }, 'be')).toBe('be');
    expect(cliLocale({ LC_ALL: 'uk_UA.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('uk');
    expect(cliLocale({ LC_MESSAGES: 'be_BY.UTF-8@latin', LANG: 'en_US.UTF-8' })).toBe('be');
    expect(cliLocale({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    // The first variable set decides, even for a language the CLI does not speak.
    expect(cliLocale({ LC_ALL: 'de_DE.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(cliLocale({})).toBe('en');
    expect(() => cliLocale({}, 'pl')).toThrow(UsageError);
  });

  it('speaks each language with its plurals, dates, numbers and country names', () => {
    const held = (lang: 'be' | 'ru' | 'uk' | 'en', count: number) =>
      speaker(lang).t('count.held', { country: 'X', code: 'X', date: 'D', count, named: 0 });
    expect([1, 3, 5].map((n) => held('be', n).split(': ')[1]?.split(' пад')[0])).toEqual([
      '1 палітвязень',
      '3 палітвязні',
      '5 палітвязняў',
    ]);
    expect(held('ru', 22)).toContain('22 политзаключённых под стражей');
    expect(held('uk', 1)).toContain('1 політв’язень під вартою');
    expect(held('en', 1)).toContain('1 political prisoner held');
    const ru = speaker('ru');
    expect(ru.date('2025-09')).toMatch(/^сентябрь 2025/);
    expect(ru.date('2025')).toBe('2025');
    expect(ru.count({ value: 1135, qualifier: 'more_than' })).toMatch(/^более 1\s135$/);
    expect(ru.country('BY')).toBe('Беларусь');
    expect(ru.label('status', 'released')).toBe('освобождение');
    expect(speaker('en').label('status', 'something_new')).toBe('something new');
  });
});
