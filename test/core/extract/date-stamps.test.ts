// A page's publication stamp anywhere in a report (date-stamps.ts): a whole date with a clock
// time beside it, or between slashes; not a story's date and hour.
import { describe, expect, it } from 'vitest';
import { stampOf } from '../../../src/core/extract/date-stamps.ts';
import { ALL_LANGUAGES } from '../../../src/core/extract/lexicons/index.ts';

const stamp = (text: string, dayFirst = true) => stampOf(text, ALL_LANGUAGES, dayFirst);

describe('stampOf', () => {
  it('reads a date with a clock time after it', () => {
    expect(stamp('Body text.\n\nAktualizacja: 02.05.2024 09:12 Publikacja: 02.05.2024 08:30')).toBe(
      '2024-05-02',
    );
    expect(stamp('Publié le 17/06/2024 à 08h05')).toBe('2024-06-17');
    expect(stamp('Stand: 09.10.2022 17:40 Uhr')).toBe('2022-10-09');
    expect(stamp('Posted May 2, 2024 6:15 pm.', false)).toBe('2024-05-02');
  });

  it('reads a date with a clock time before it, or between an outlet and a byline', () => {
    expect(stamp('7:40 AM EST, February 20, 2024\nThe court', false)).toBe('2024-02-20');
    expect(stamp('ঢাকা-সংবাদ/১২ মার্চ, ২০২৩/রহিম')).toBe('2023-03-12');
  });

  it('does not take a story date, with or without its hour', () => {
    expect(stamp('He was detained on 3 March 2023 and held for ten days.')).toBeNull();
    expect(stamp('Police raided his flat on 3 March 2023 at 10:30 and took him away.')).toBeNull();
    expect(stamp('The hearing of 12.03.2024 lasted 15 minutes.')).toBeNull();
  });
});
