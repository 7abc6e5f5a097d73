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
  ['fa', 'دو زندانی به همت سوئیس آزاد شدند.', ['سوئیس']],
  ['fa', 'این شهروند با مساعدت قطر از زندان آزاد شد.', ['قطر']],
  ['ar', 'أفرج عن المعتقلين بعد جهود قطر.', ['قطر']],
  ['ar', 'تم تبادل الأسرى بتنسيق مع سلطنة عمان.', ['سلطنة عمان']],
  ['ar', 'أطلق سراح الصحفي بمساعي الكويت.', ['الكويت']],
  ['fr', 'La libération a été obtenue grâce aux bons offices du Vatican.', ['Vatican']],
  ['it', 'I prigionieri sono stati liberati con la regia del Qatar.', ['Qatar']],
  ['it', "Lo scambio è avvenuto sotto l'egida della Svizzera.", ['Svizzera']],
  ['nl', 'De gevangenen kwamen vrij door tussenkomst van Oman.', ['Oman']],
  ['nl', 'Noorwegen trad op als bemiddelaar bij de gevangenenruil.', ['Noorwegen']],
  ['pl', 'Więźniów uwolniono za wstawiennictwem Watykanu.', ['Watykanu']],
  ['pl', 'Wymiana odbyła się pod egidą Turcji.', ['Turcji']],
  ['ka', 'პატიმრები თურქეთის ჩარევით გათავისუფლდნენ.', ['თურქეთის']],
  ['uk', 'Полонених звільнили під егідою Туреччини.', ['Туреччини']],
];

// [language, sentence, the releasing country, where the freed went]
const DESTINATIONS: [string, string, string, string[]][] = [
  ['tr', "Serbest bırakılan gazeteci Fransa'ya iade edildi.", 'IR', ['FR']],
  ['tr', "Tahliye edilen iki aktivist dün akşam Almanya'ya geldi.", 'TR', ['DE']],
  ['fa', 'این زندانی پس از آزادی به آلمان تبعید شد.', 'IR', ['DE']],
  ['ar', 'أقلت طائرة خاصة المفرج عنهم إلى الدوحة.', 'IR', ['QA']],
  ['fr', 'Les deux chercheurs libérés ont regagné la France dimanche.', 'IR', ['FR']],
  ['it', 'Il cooperante liberato è stato rimpatriato in Italia ieri sera.', 'IR', ['IT']],
  ['it', 'I due detenuti rilasciati sono giunti a Roma con un volo militare.', 'IR', ['IT']],
  ['nl', 'De vrijgelaten journalist arriveerde zondag in Nederland.', 'RU', ['NL']],
  ['nl', 'De twee vrijgelaten activisten landden in Duitsland.', 'BY', ['DE']],
  ['pl', 'Dziennikarz został odesłany do Polski po uwolnieniu.', 'BY', ['PL']],
  ['ka', 'გათავისუფლებული ჟურნალისტი საფრანგეთში დაბრუნდა.', 'RU', ['FR']],
  ['ka', 'ორი პატიმარი გერმანიაში გაფრინდა.', 'RU', ['DE']],
  ['zh', '获释的两名记者已被遣送回法国。', 'CN', ['FR']],
  ['zh', '这名学者获释后到达德国。', 'CN', ['DE']],
  ['uk', 'Звільнених доправили до Польщі автобусами.', 'BY', ['PL']],
];

// [language, sentence, the figures of people still held]
const REMAINING: [string, string, number[]][] = [
  ['tr', 'Ülkede 1.500 siyasi tutuklu hapiste tutuluyor.', [1500]],
  ['fa', 'بیش از ۳۰۰ زندانی سیاسی در حبس هستند.', [300]],
  ['ar', 'ما يزال 400 ناشط وراء القضبان بحسب المنظمة.', [400]],
  ['fr', 'Environ 150 militants sont toujours retenus par les autorités.', [150]],
  ['it', 'Almeno 90 giornalisti sono tuttora detenuti nel paese.', [90]],
  ['nl', 'Ruim 200 activisten zitten opgesloten in de gevangenis.', [200]],
  ['nl', "Zo'n 150 politieke gevangenen zitten in voorarrest.", [150]],
  ['pl', 'Ponad 300 działaczy odsiaduje wyroki w koloniach karnych.', [300]],
  ['ka', '100-ზე მეტი აქტივისტი პატიმრობაში რჩებიან.', [100]],
  ['zh', '超过300名维权人士仍在服刑。', [300]],
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
    text: 'أفرجت السلطات عن الناشط سامي العلي، وقال محافظ المنطقة خالد الدوسري إن القرار نهائي.',
    freed: ['سامي العلي'],
    notFreed: ['خالد الدوسري'],
  },
  {
    lang: 'fr',
    text: 'Le préfet Marc Dubois a accueilli Claire Martin et Paul Girard à leur sortie de prison samedi.',
    freed: ['Claire Martin', 'Paul Girard'],
    notFreed: ['Marc Dubois'],
  },
  {
    lang: 'it',
    text: 'Il prefetto Marco Bianchi ha accolto Giulia Rossi e Luca Neri dopo il rilascio.',
    freed: ['Giulia Rossi', 'Luca Neri'],
    notFreed: ['Marco Bianchi'],
  },
  {
    lang: 'pl',
    text: 'Prokurator Piotr Nowak ogłosił, że Jan Kowalski i Anna Lis zostali uwolnieni.',
    freed: ['Jan Kowalski', 'Anna Lis'],
    notFreed: ['Piotr Nowak'],
  },
  {
    lang: 'pl',
    text: 'Gubernator Piotr Nowak powitał uwolnionych Jana Kowalskiego i Annę Lis.',
    freed: ['Jana Kowalskiego', 'Annę Lis'],
    notFreed: ['Piotr Nowak'],
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
