// Words any speaker of the language would list, added where the lists of the weak-test
// languages were empty or thin (lex44): go-between cues, verbs of moving the freed, figures of
// people still held, officials and kin named beside the freed. Each sentence is written for this
// test, the names are invented, and each row fails without its language's new words.
import { describe, expect, it } from 'vitest';
import { findDestinations } from '../../../src/core/extract/destinations.ts';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import { findMediators } from '../../../src/core/extract/mediators.ts';
import { findRemaining } from '../../../src/core/extract/remaining.ts';
import { freed } from './freed-support.ts';

// [language, sentence, the go-betweens read]
const MEDIATORS: [string, string, string[]][] = [
  ['tr', "Gazeteciler Katar'ın müdahalesiyle serbest bırakıldı.", ['Katar']],
  ['tr', "Mahkumlar Umman'ın girişimleri sonucunda serbest bırakıldı.", ['Umman']],
  ['tr', "İki tutuklu Vatikan'ın isteği üzerine tahliye edildi.", ['Vatikan']],
  ['fa', 'دو زندانی به همت سوئیس آزاد شدند.', ['سوئیس']],
  ['fa', 'این شهروند با مساعدت قطر از زندان آزاد شد.', ['قطر']],
  ['ar', 'أفرج عن المعتقلين بعد جهود قطر.', ['قطر']],
  ['ar', 'تم تبادل الأسرى بتنسيق مع سلطنة عمان.', ['سلطنة عمان']],
  ['ar', 'أطلق سراح الصحفي بمساعي الكويت.', ['الكويت']],
];

// [language, sentence, the releasing country, where the freed went]
const DESTINATIONS: [string, string, string, string[]][] = [
  ['tr', "Serbest bırakılan gazeteci Fransa'ya iade edildi.", 'IR', ['FR']],
  ['tr', "Tahliye edilen iki aktivist dün akşam Almanya'ya geldi.", 'TR', ['DE']],
  ['fa', 'این زندانی پس از آزادی به آلمان تبعید شد.', 'IR', ['DE']],
  ['ar', 'أقلت طائرة خاصة المفرج عنهم إلى الدوحة.', 'IR', ['QA']],
];

// [language, sentence, the figures of people still held]
const REMAINING: [string, string, number[]][] = [
  ['tr', 'Ülkede 1.500 siyasi tutuklu hapiste tutuluyor.', [1500]],
  ['fa', 'بیش از ۳۰۰ زندانی سیاسی در حبس هستند.', [300]],
  ['ar', 'ما يزال 400 ناشط وراء القضبان بحسب المنظمة.', [400]],
];

// An official or a relative named beside the freed is not one of them.
const NAMED: { lang: string; text: string; freed: string[]; notFreed: string[] }[] = [
  {
    lang: 'tr',
    text: 'Gazeteci Elif Aydın serbest bırakıldı, amcası Hasan Aydın cezaevi önünde bekliyordu.',
    freed: ['Elif Aydın'],
    notFreed: ['Hasan Aydın'],
  },
  {
    lang: 'tr',
    text: "Başsavcı Kemal Arslan'ın açıklamasına göre yazar Zeynep Koç serbest bırakıldı.",
    freed: ['Zeynep Koç'],
    notFreed: ['Kemal Arslan'],
  },
  {
    lang: 'fa',
    text: 'نرگس رحیمی، همسر زندانی سیاسی کاوه صالحی، از زندان آزاد شد.',
    freed: ['نرگس رحیمی'],
    notFreed: ['کاوه صالحی'],
  },
  {
    lang: 'ar',
    text: 'قال المستشار ماجد الخليفي إن السلطات أطلقت سراح الناشطة ليلى حسن.',
    freed: ['ليلى حسن'],
    notFreed: ['ماجد الخليفي'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن الناشط سامي العلي، وقال محافظ المنطقة خالد الدوسري إن القرار نهائي.',
    freed: ['سامي العلي'],
    notFreed: ['خالد الدوسري'],
  },
];

describe('go-betweens named with the words of the language', () => {
  it.each(MEDIATORS)('%s: %s', (lang, text, want) => {
    expect(findMediators(text, lexiconFor([lang])).map((m) => m.name)).toEqual(want);
  });
});

describe('where the freed went, by the language’s verbs of moving', () => {
  it.each(DESTINATIONS)('%s: %s', (lang, text, releaser, want) => {
    const got = findDestinations(text, releaser, lexiconFor(['en', lang])).map((d) => d.country);
    expect([...new Set(got)].sort()).toEqual(want);
  });
});

describe('figures of people still held, by the language’s words of custody', () => {
  it.each(REMAINING)('%s: %s', (lang, text, want) => {
    expect(findRemaining(text, lexiconFor(['en', lang])).map((r) => r.value)).toEqual(want);
  });
});

describe('officials and kin beside the freed are not freed', () => {
  it.each(NAMED)('$lang: $text', (c) => {
    const got = freed(c.text, c.lang);
    for (const n of c.freed) expect(got).toContain(n);
    for (const n of c.notFreed) expect(got).not.toContain(n);
  });
});
