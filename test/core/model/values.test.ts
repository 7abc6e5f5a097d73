import { describe, expect, it } from 'vitest';
import { day } from '../../../src/core/model/dates.ts';
import {
  bool,
  date,
  formatValue,
  guessScript,
  name,
  num,
  ref,
  text,
  valueKey,
} from '../../../src/core/model/values.ts';
import { makeName } from '../../support/factories.ts';

describe('value constructors', () => {
  it('build tagged values that survive a JSON round trip', () => {
    const values = [
      text('Belavia'),
      num(52),
      num(1000, 'more_than'),
      date(day('2025-09-11')),
      ref('per_1'),
      bool(true),
      name(makeName('Ihar Losik')),
    ];
    expect(JSON.parse(JSON.stringify(values))).toEqual(values);
    expect(num(52)).toEqual({ type: 'number', number: 52, qualifier: 'exact' });
  });
});

describe('guessScript', () => {
  it('tells Cyrillic from Latin', () => {
    expect(guessScript('Ігар Лосік')).toBe('cyrillic');
    expect(guessScript('Ihar Losik')).toBe('latin');
    expect(guessScript('Łukašenka')).toBe('latin');
    expect(guessScript('12345')).toBe('other');
  });
});

describe('valueKey', () => {
  it('ignores case and runs of spaces in text', () => {
    expect(valueKey(text(' Belavia  Airline'))).toBe(valueKey(text('belavia airline')));
    expect(valueKey(text('Belavia'))).not.toBe(valueKey(text('Belaruskali')));
  });

  it('keeps the qualifier of a number', () => {
    expect(valueKey(num(52))).not.toBe(valueKey(num(52, 'about')));
    expect(valueKey(num(52))).toBe(valueKey(num(52, 'exact')));
  });

  it('compares names by spelling only, whatever their kind', () => {
    const official = name(makeName('Ales Bialiatski'));
    const press = name(makeName('ales bialiatski', { kind: 'press' }));
    expect(valueKey(official)).toBe(valueKey(press));
  });

  it('keeps different types apart', () => {
    expect(valueKey(text('per_1'))).not.toBe(valueKey(ref('per_1')));
    expect(valueKey(date(day('2025-09-11')))).toBe('date:2025-09-11');
  });
});

describe('formatValue', () => {
  it('prints values for tables', () => {
    expect(formatValue(num(1000, 'more_than'))).toBe('more_than 1000');
    expect(formatValue(num(52))).toBe('52');
    expect(formatValue(bool(false))).toBe('no');
    expect(formatValue(name(makeName('Maria Kalesnikava')))).toBe('Maria Kalesnikava');
  });
});
