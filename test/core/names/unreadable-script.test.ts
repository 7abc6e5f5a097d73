/**
 * Names in other scripts: read where the engine has a reader (Arabic and Persian tables,
 * any-ascii for Greek, Georgian, Chinese, ...), never a match between different people; in a
 * script it cannot read (Tibetan, Thai, Japanese kanji, Burmese with a syllable the table
 * lacks), only the same spelling matches.
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
  ['Arabic against Latin', 'محمد علي', 'Ahmed Hassan'],
  ['Persian against Latin', 'حسن روحانی', 'Mahmoud Ahmadinejad'],
  ['Chinese against Pinyin', '邓小平', 'Mao Zedong'],
  ['Korean against Latin', '김정은', 'Kim Jong-il'],
];

const unreadablePairs: Array<[string, string, string]> = [
  ['Burmese', 'အောင်ဆန်းစုကြည်', 'မင်းအောင်လှိုင်'],
  // လှိုင် (Hlaing) is not in the syllable table: the whole name is left unread.
  ['Burmese against Latin, a syllable the table lacks', 'မင်းအောင်လှိုင်', 'Min Aung Hlaing'],
  ['Tibetan against Latin', 'བཀྲ་ཤིས་དབང་ཕྱུག', 'Tashi Wangchuk'],
  // 鬼頭 is not in the table of Japanese names (kanji-reading.ts): the kanji stay unread.
  ['Japanese kanji and kana', '鬼頭 しんぞう', 'Kishida Fumio'],
  // Thai: letter by letter (any-ascii) the pairs below read alike, yet each is another name.
  ['Thai, a vowel of another length (ชาย, ชัย)', 'สมชาย ใจดี', 'สมชัย ใจดี'],
  ['Thai, another letter for the same vowel (ใ, ไ)', 'สมชาย ใจดี', 'สมชาย ไจดี'],
  ['Thai, a tone mark more', 'สมชาย ใจดี', 'สมชาย ใจดี้'],
  ['Thai, a short vowel for a long one', 'สมชาย ใจดี', 'สมชาย ใจดิ'],
  // Thai against Latin is read on a consonant key since nm42 (thai.ts): สมชาย ใจดี / Somchai
  // Jaidee is a match there (world-rules-nm42.test.ts); another person still is not, but the
  // evidence is the key's, not 'unreadable'.
];

describe('names in other scripts', () => {
  it('Thai against Latin: another person is no match, one spelling of the name is', () => {
    expect(compareNames('อานนท์ นำภา', 'Somyot Prueksakasemsuk').decision).toBe('no_match');
    expect(compareNames('สมชาย ใจดี', 'Somchai Jaidee').decision).toBe('match');
  });

  it.each(differentPeople)('%s: different people are never a match', (_script, a, b) => {
    expect(compareNames(a, b).decision).toBe('no_match');
  });

  it.each(unreadablePairs)('%s: a script the engine cannot read is never a match', (_s, a, b) => {
    const r = compareNames(a, b);
    expect(r.decision).toBe('no_match');
    expect(r.score).toBe(0);
    expect(r.evidence[0]).toMatchObject({ part: 'script', how: 'unreadable' });
  });

  it('sends a Japanese name whose kana agree to review when the table lacks its surname', () => {
    for (const [a, b] of [
      ['鬼頭 しんぞう', 'Kito Shinzo'],
      ['Hideko Kito', '鬼頭ひで子'],
    ] as const) {
      const r = compareNames(a, b);
      expect(r.decision).toBe('review');
      expect(r.evidence[0]).toMatchObject({ part: 'script', how: 'unreadable' });
      expect(r.evidence[0]?.note).toMatch(/^unreadable: kanji reading/);
    }
    // A relative with the same kanji surname: the kana are the other's given name.
    expect(compareNames('Iwao Kito', '鬼頭ひで子').decision).toBe('no_match');
    // The table reads 袴田 (kanji-reading.test.ts): the kana then settle it either way.
    expect(compareNames('Hideko Hakamada', '袴田ひで子').decision).toBe('match');
    expect(compareNames('Iwao Hakamada', '袴田ひで子').decision).toBe('no_match');
  });

  it('reads the same person across scripts and says which reader read the name', () => {
    const fa = compareNames('حسن روحانی', 'Hassan Rouhani');
    expect(fa.decision).toBe('match');
    expect(fa.evidence.find((e) => e.part === 'script')?.note).toContain('translit:fa');
    expect(compareNames('毛泽东', 'Mao Zedong').decision).toBe('match');
    expect(compareNames('김정은', 'Kim Jong-un').decision).toBe('match');
    expect(compareNames('Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis').decision).toBe('match');
    const my = compareNames('အောင်ဆန်းစုကြည်', 'Aung San Suu Kyi');
    expect(my.decision).toBe('match');
    expect(my.evidence.find((e) => e.part === 'script')?.note).toContain(
      'translit:my (team table)',
    );
    expect(compareNames('ဝင်းမြင့်', 'ဝင်းထိန်').decision).toBe('no_match');
    expect(compareNames('Eskinder Nega', 'እስክንድር ነጋ').decision).toBe('match');
    const ka = compareNames('მიხეილ სააკაშვილი', 'Mikheil Saakashvili');
    expect(ka.evidence.find((e) => e.part === 'script')?.note).toContain('translit:ka (any-ascii)');
  });

  it('the same spelling matches itself, whatever the spacing or case', () => {
    expect(compareNames('အောင်ဆန်းစုကြည်', ' အောင်ဆန်းစုကြည် ').decision).toBe('match');
    expect(compareNames('Σωκράτης Παππάς', 'ΣΩΚΡΆΤΗΣ ΠΑΠΠΆΣ').decision).toBe('match');
    expect(compareNames('สมชาย ใจดี', 'สมชาย  ใจดี').decision).toBe('match');
  });

  it('leaves Latin and Cyrillic to the engine, with Turkish and Azerbaijani letters as Latin', () => {
    expect(compareNames('Mikalai Statkevich', 'Мікалай Статкевіч').decision).toBe('match');
    const r = compareNames('İlqar Məmmədov', 'Ilgar Mammadov');
    expect(r.evidence.some((e) => e.part === 'script')).toBe(false);
    expect(r.decision).toBe('match');
  });
});
