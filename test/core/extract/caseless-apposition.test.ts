// Persian names in apposition (caseless-people.ts): a lead noun whose complement or comma keeps
// the name from its side, and adverbs of time that open no name. Reports written for these tests.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const freed = (text: string) =>
  extractReport({ text, publishedAt: '2025-11-05' })
    .releases.filter((r) => r.role === 'main')
    .flatMap((r) => r.released.map((p) => p.name));

describe('Persian names in apposition', () => {
  it('reads a name after a lead noun and its complement, set off by commas', () => {
    const text =
      'وزیر خارجه آلمان اعلام کرد دو تبعه این کشور، مارتین وبر، معلم بازنشسته، و همسرش، آنا کلاین که دو سال در ایران زندانی بودند، از زندان اوین آزاد شدند.';
    expect(freed(text)).toEqual(['مارتین وبر', 'آنا کلاین']);
  });

  it('reads no name after a comma when a clause, not a name, follows it', () => {
    const text =
      'وزیر خارجه آلمان اعلام کرد دو تبعه این کشور، پس از دو سال زندان در ایران، از زندان اوین آزاد شدند.';
    expect(freed(text)).toEqual([]);
  });

  it('does not read an adverb of time and the noun after it as a name', () => {
    const text = 'مارتین وبر از زندان اوین آزاد شد. هنوز جزئیاتی از شرایط آزادی او منتشر نشده است.';
    expect(freed(text)).toEqual(['مارتین وبر']);
  });

  it('reads no apposition after a noun of the event itself', () => {
    const text =
      'دادگاه انقلاب تهران رضا کاظمی را به پنج سال حبس محکوم کرد. دستگیری، محاکمه سریع، و صدور حکم در کمتر از یک ماه انجام شد.';
    const held = extractReport({ text, publishedAt: '2025-11-05' })
      .detentions.filter((d) => d.person)
      .map((d) => d.person!.name);
    expect([...new Set(held)]).toEqual(['رضا کاظمی']);
  });
});
