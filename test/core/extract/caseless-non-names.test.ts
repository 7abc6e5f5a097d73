// case47 (caseless-people.ts): words after a lead noun that are no person's name. A vague number
// with a prisoner noun ('dozens of the detainees'), one compound given name ('عبد' + a word) with
// no surname, a Persian noun carrying the written ezafe. Real names whose words are common
// nouns too (hope, beauty, light) must still be read. Reports written for these tests.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const freed = (text: string, language?: string) =>
  extractReport({ text, publishedAt: '2025-11-05', language })
    .releases.filter((r) => r.role === 'main')
    .flatMap((r) => r.released.map((p) => p.name));

describe('caseless candidates that are not names', () => {
  it('reads no name in a vague count of detainees after the release phrase', () => {
    const text =
      'أعلنت وزارة الداخلية يوم الأحد الإفراج عن عشرات المعتقلين بمناسبة عيد الفطر بعد عفو رئاسي.';
    expect(freed(text)).toEqual([]);
  });

  it('reads no name in a count of thousands with the article on the noun', () => {
    const text = 'رحبت منظمات حقوقية بالإفراج عن آلاف المحتجزين من السجون المركزية هذا الأسبوع.';
    expect(freed(text)).toEqual([]);
  });

  it('does not free a compound given name alone, and frees the full name', () => {
    expect(freed('قررت المحكمة الإفراج عن الصحفي عبد الكريم، بعد دفع كفالة مالية.')).toEqual([]);
    expect(freed('قررت المحكمة الإفراج عن الصحفي عبد الكريم منصور، بعد دفع كفالة مالية.')).toEqual([
      'عبد الكريم منصور',
    ]);
  });

  it('reads no Persian noun in ezafe as a name', () => {
    const text = 'پس از سه ماه بازداشت، آزادی دانشجوی نخبۀ دانشگاه تبریز روز دوشنبه اعلام شد.';
    expect(freed(text)).toEqual([]);
  });

  it('still reads names whose words are common nouns too', () => {
    expect(freed('أفرجت السلطات المصرية عن الناشطة أمل فتحي بعد عامين في الحبس.')).toEqual([
      'أمل فتحي',
    ]);
    expect(freed('قررت المحكمة الإفراج عن الصحفي جمال نور، بعد دفع كفالة مالية.')).toEqual([
      'جمال نور',
    ]);
    expect(freed('امید کوکبی از زندان اوین آزاد شد و به خانه بازگشت.', 'fa')).toEqual([
      'امید کوکبی',
    ]);
    // Han names are read by han-people.ts, which this check leaves alone: 'tall' and 'peace'.
    expect(freed('维权律师高和平周一获释出狱，回到家中。')).toEqual(['高和平']);
  });
});
