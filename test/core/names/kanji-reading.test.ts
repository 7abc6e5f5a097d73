/**
 * Japanese names in kanji read by the table of names (kanji-reading.ts, data/japanese-names.ts)
 * and compared with other spellings (kanji.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/compare.ts';
import {
  JAPANESE_GIVEN_NAMES,
  JAPANESE_GIVEN_NAMES_WOMEN,
  JAPANESE_NAME_ENDINGS,
  JAPANESE_SURNAMES,
  KANJI_VARIANTS,
} from '../../../src/core/names/data/japanese-names.ts';
import { hepburnKey, readKana, readKanjiName } from '../../../src/core/names/kanji-reading.ts';

const entries = (text: string) => text.trim().split(/\s+/);

describe('the table of Japanese names', () => {
  it('lists each spelling once, with readings in plain Latin letters', () => {
    for (const table of [
      JAPANESE_SURNAMES,
      `${JAPANESE_GIVEN_NAMES}\n${JAPANESE_GIVEN_NAMES_WOMEN}`,
      JAPANESE_NAME_ENDINGS,
    ]) {
      const kanji = entries(table).map((e) => e.split(':')[0]);
      expect(kanji.filter((k, i) => kanji.indexOf(k) !== i)).toEqual([]);
      for (const e of entries(table)) expect(e).toMatch(/^[^\sa-z:]+:[a-z]+(?:\/[a-z]+)*$/u);
    }
    const from = entries(KANJI_VARIANTS).map((pair) => {
      expect([...pair]).toHaveLength(2);
      return pair[0];
    });
    expect(from.filter((k, i) => from.indexOf(k) !== i)).toEqual([]);
  });

  it('has some 500 surnames and 500 given names', () => {
    expect(entries(JAPANESE_SURNAMES).length).toBeGreaterThanOrEqual(500);
    const given = entries(JAPANESE_GIVEN_NAMES).length + entries(JAPANESE_GIVEN_NAMES_WOMEN).length;
    expect(given).toBeGreaterThanOrEqual(500);
  });
});

describe('hepburnKey', () => {
  it('reads the romanisations of one name alike', () => {
    const alike = [
      ['Shinzo', 'Shinzō', 'Shinzou', 'Shinzoh', 'Sinzô', 'Синдзо'],
      ['Ono', 'Ohno', 'Oono', 'Ōno', 'Ôno'],
      ['Ito', 'Itoh', 'Itō', 'Itou', 'Ито'],
      ['Junpei', 'Jumpei', "Jun'pei", 'Zyunpei', 'Дзюмпэй'],
      ['Junichiro', "Jun'ichirō", 'Jun-ichiro', 'Zyun-itirô', 'Дзюнъитиро'],
      ['Fukuda', 'Hukuda', 'Фукуда'],
      ['Shoji', 'Shōji', 'Syôzi', 'Сёдзи'],
      ['Honma', 'Homma'],
      ['Yuko', 'Yūko', 'Yuuko', 'Юко'],
    ];
    for (const spellings of alike) {
      const keys = new Set(spellings.map(hepburnKey));
      expect([...keys], spellings.join(' ')).toHaveLength(1);
    }
  });

  it('keeps what tells names apart: long e and i, and the syllables of shu and chu', () => {
    expect(hepburnKey('Keiko')).toBe('keiko');
    expect(hepburnKey('Fujii')).toBe('fujii');
    expect(hepburnKey('Shuichi')).toBe('shuichi');
    expect(hepburnKey('Ohashi')).toBe('ohashi');
    expect(hepburnKey('Ohara')).not.toBe(hepburnKey('Ora'));
  });
});

describe('readKana', () => {
  it('reads contracted sounds as one syllable, which any-ascii does not', () => {
    expect(readKana('じゅんいちろう')).toBe('junichirou');
    expect(readKana('キョウコ')).toBe('kyouko');
    expect(readKana('きよし')).toBe('kiyoshi');
    expect(readKana('はっとり')).toBe('hattori');
  });
});

describe('readKanjiName', () => {
  it('splits surname first, by the table, with every reading of each part', () => {
    expect(readKanjiName('安倍晋三')).toEqual([
      { surname: '安倍', surnames: ['abe'], given: '晋三', givens: ['shinzo'], fromKana: false },
    ]);
    const [s] = readKanjiName('中島浩')!;
    expect(s).toMatchObject({
      surnames: ['nakajima', 'nakashima'],
      givens: ['hiroshi', 'yutaka', 'ko'],
    });
    expect(readKanjiName('佐々木希')![0]).toMatchObject({ surname: '佐々木', givens: ['nozomi'] });
  });

  it('tries the longest listed surname that leaves a given name it can read', () => {
    expect(readKanjiName('小野寺五郎')!.map((s) => s.surname)).toEqual(['小野寺']);
    expect(readKanjiName('長谷川一郎')![0]!.surname).toBe('長谷川');
  });

  it('reads older and simplified forms as the table writes them', () => {
    expect(readKanjiName('渡邊博')![0]).toMatchObject({
      surnames: ['watanabe'],
      givens: ['hiroshi'],
    });
    expect(readKanjiName('袴田巖')![0]!.givens).toEqual(['iwao']);
    expect(readKanjiName('菅义伟')![0]!.givens).toEqual(['yoshihide']);
  });

  it('reads kana in a given name, with the kanji that end such names', () => {
    expect(readKanjiName('袴田ひで子')![0]).toMatchObject({ givens: ['hideko'], fromKana: true });
    expect(readKanjiName('安倍 しんぞう')![0]).toMatchObject({
      givens: ['shinzo'],
      fromKana: true,
    });
  });

  it('keeps the surname alone when the given name is not listed', () => {
    expect(readKanjiName('安倍昭英')).toEqual([
      { surname: '安倍', surnames: ['abe'], given: '昭英', givens: null, fromKana: false },
    ]);
  });

  it('gives no reading to a name whose surname is not listed (Chinese names)', () => {
    expect(readKanjiName('毛泽东')).toBeNull();
    expect(readKanjiName('习近平')).toBeNull();
    expect(readKanjiName('鬼頭ひで子')).toBeNull();
  });
});

describe('Japanese names in kanji against other spellings', () => {
  const decision = (a: string, b: string) => compareNames(a, b).decision;

  it('matches a reading in either order and in other romanisations, saying so', () => {
    for (const [a, b] of [
      ['安倍晋三', 'Shinzo Abe'],
      ['安倍晋三', 'ABE Shinzo'],
      ['Abe, Shinzō', '安倍晋三'],
      ['岸田文雄', 'Kisida Humio'],
      ['河野太郎', 'Taro Kohno'],
      ['大野智', 'Oono Satoshi'],
      ['重信房子', 'Фусако Сигэнобу'],
      ['袴田巌', 'はかまだ いわお'],
      ['袴田ひで子', 'Hideko Hakamada'],
      ['菅义伟', 'Yoshihide Suga'],
    ]) {
      const r = compareNames(a!, b!);
      expect(r.decision, `${a} | ${b}`).toBe('match');
      expect(r.a).toBe(a);
      expect(r.evidence.map((e) => e.note)).toContain(
        'reading:ja (table of Japanese names, press Hepburn)',
      );
    }
    const r = compareNames('Shinzo Abe', '安倍晋三');
    expect(r.evidence.find((e) => e.part === 'given')).toMatchObject({
      a: 'Shinzo',
      b: '晋三',
      how: 'transliteration',
      note: 'reading:ja (shinzo)',
    });
  });

  it('reads a spelling with several readings by any of them (菅: Suga, Kan)', () => {
    expect(decision('菅義偉', 'Yoshihide Suga')).toBe('match');
    expect(decision('菅直人', 'Naoto Kan')).toBe('match');
  });

  it('tells relatives and namesakes apart by the given name the table reads', () => {
    expect(decision('安倍晋三', 'Akie Abe')).toBe('no_match');
    expect(decision('菅義偉', 'Naoto Kan')).toBe('no_match');
    expect(decision('小泉純一郎', 'Shinjiro Koizumi')).toBe('no_match');
    // Kana leave no doubt about the given name.
    expect(decision('横田めぐみ', 'Sakie Yokota')).toBe('no_match');
    const r = compareNames('安倍晋三', 'Shintaro Abe');
    expect(r.evidence.find((e) => e.part === 'given')?.note).toBe(
      'reading:ja: 晋三 reads shinzo, not Shintaro, another name',
    );
  });

  it('sends to review what only the surname settles, saying why', () => {
    const unlisted = compareNames('安倍昭英', 'Akihide Abe');
    expect(unlisted.decision).toBe('review');
    expect(unlisted.evidence.find((e) => e.part === 'given')?.note).toBe(
      'reading:ja: the surname agrees; 昭英 is not in the table of given names',
    );
    // Hiromu is no reading the table has for 浩: it may lack it.
    const other = compareNames('林浩', 'Hayashi Hiromu');
    expect(other.decision).toBe('review');
    expect(other.evidence.find((e) => e.part === 'given')?.note).toMatch(/a reading it may lack$/);
    expect(decision('安倍晋三', 'S. Abe')).toBe('review');
  });

  it('leaves names whose surname the table lacks to their old readers', () => {
    expect(decision('毛泽东', 'Mao Zedong')).toBe('match');
    expect(decision('林立果', 'Lin Liguo')).toBe('match');
    expect(decision('鬼頭 しんぞう', 'Kito Shinzo')).toBe('review');
    expect(compareNames('鬼頭 しんぞう', 'Kishida Fumio').evidence[0]).toMatchObject({
      part: 'script',
      how: 'unreadable',
    });
  });

  it('never matches two Latin names or two kanji names because they share a reading', () => {
    expect(decision('Hiroshi Sato', 'Yutaka Sato')).toBe('no_match');
    expect(decision('佐藤浩', '佐藤博')).not.toBe('match');
    expect(decision('大野智', '小野智')).not.toBe('match');
  });
});
