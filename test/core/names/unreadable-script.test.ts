/**
 * The name engine reads Latin and Cyrillic. In any other script it must never claim that two
 * different spellings are one person (issue: Arabic, Persian and Bengali names of different
 * people were called `match` at 0.97, because folding dropped every letter of both).
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/compare.ts';

// Pairs of different people, written in the scripts the press names them in.
const differentPeople: Array<[string, string, string]> = [
  ['Arabic', 'محمد علي', 'أحمد حسن'],
  ['Persian', 'حسن روحانی', 'محمود احمدی‌نژاد'],
  ['Bengali', 'শেখ হাসিনা', 'খালেদা জিয়া'],
  ['Chinese', '毛泽东', '邓小平'],
  ['Georgian', 'მიხეილ სააკაშვილი', 'ბიძინა ივანიშვილი'],
  ['Burmese', 'အောင်ဆန်းစုကြည်', 'မင်းအောင်လှိုင်'],
  ['Arabic against Latin', 'محمد علي', 'Ahmed Hassan'],
];

describe('names in scripts the engine does not read', () => {
  it.each(differentPeople)('%s: different people are never a match', (_script, a, b) => {
    const r = compareNames(a, b);
    expect(r.decision).toBe('no_match');
    expect(r.score).toBe(0);
    expect(r.evidence[0]).toMatchObject({ part: 'script', how: 'unreadable' });
  });

  it('the same spelling matches itself, whatever the spacing or case', () => {
    expect(compareNames('محمد علي', ' محمد  علي ').decision).toBe('match');
    expect(compareNames('Σωκράτης Παππάς', 'ΣΩΚΡΆΤΗΣ ΠΑΠΠΆΣ').decision).toBe('match');
  });

  it('leaves Latin and Cyrillic to the engine, with Turkish and Azerbaijani letters as Latin', () => {
    expect(compareNames('Mikalai Statkevich', 'Мікалай Статкевіч').decision).toBe('match');
    const r = compareNames('İlqar Məmmədov', 'Ilgar Mammadov');
    expect(r.evidence.some((e) => e.part === 'script')).toBe(false);
  });
});
