// Lists of names in Arabic and Persian script (caseless-lists.ts): the names after the first, and
// names quoted one by one, in reports written for these tests.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const names = (text: string) =>
  extractReport({ text, publishedAt: '2024-06-02' })
    .detentions.filter((d) => d.person)
    .map((d) => [d.kind, d.person!.name]);

describe('lists of names in Arabic and Persian script', () => {
  it('reads each quoted name of a Persian verdict', () => {
    const text =
      'بر اساس حکم دادگاه “رضا خندان”، “مهدی محمودیان” و “سپیده قلیان” به پنج سال حبس محکوم شدند.';
    expect(names(text)).toEqual([
      ['sentence', 'رضا خندان'],
      ['sentence', 'مهدی محمودیان'],
      ['sentence', 'سپیده قلیان'],
    ]);
  });

  it('does not take a quoted charge for a name, nor two quoted words for a list', () => {
    const text = 'او به اتهام “اجتماع و تبانی علیه امنیت کشور” به پنج سال حبس محکوم شد.';
    expect(names(text)).toEqual([]);
    const two = 'بر اساس حکم دادگاه “رضا خندان” و “کامبیز محمودیان” به پنج سال حبس محکوم شدند.';
    expect(names(two).map(([, n]) => n)).not.toContain('کامبیز محمودیان');
  });

  it('ends an Arabic list where a clause, not a name, follows the comma', () => {
    const text = 'ألقت الشرطة القبض على الناشط أحمد سمير، وقالت وزارة الداخلية إنه متهم.';
    expect(new Set(names(text).map(([, n]) => n))).toEqual(new Set(['أحمد سمير']));
  });
});
