/**
 * Chinese names in Han characters read in Cantonese (cantonese.ts, data/cantonese.ts) and
 * spelled as the Hong Kong press spells them (hk-romanisation.ts), against Latin spellings
 * (cantonese-reading.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  cantoneseReadable,
  cantoneseSyllables,
  fitSyllables,
  jyutpingOf,
} from '../../../src/core/names/cantonese.ts';
import { compareNames } from '../../../src/core/names/compare.ts';
import { CANTONESE_READINGS } from '../../../src/core/names/data/cantonese.ts';
import { hkSpellings } from '../../../src/core/names/hk-romanisation.ts';

describe('the table of Cantonese readings', () => {
  const entries = CANTONESE_READINGS.trim().split(/\s+/);

  it('has one entry a toneless Jyutping syllable, with characters only', () => {
    const syllables = entries.map((e) => e.split(':')[0]);
    expect(syllables.filter((s, i) => syllables.indexOf(s) !== i)).toEqual([]);
    for (const e of entries) expect(e).toMatch(/^[a-z]+:[^\sa-z:]+$/u);
  });

  it('reads the common characters and surnames, traditional and simplified', () => {
    const chars = new Set(entries.flatMap((e) => [...e.split(':')[1]!]));
    expect(chars.size).toBeGreaterThan(6000);
    for (const c of '黃黄陳陈張张梁李劉刘林何周鄒邹吳吴鄺區区歐阳陽司徒岑')
      expect(chars).toContain(c);
  });

  it('gives a Hong Kong spelling to every syllable but three no name uses (hm, wen, wet)', () => {
    const unspelled = entries
      .map((e) => e.split(':')[0]!)
      .filter((s) => hkSpellings(s).length === 0);
    expect(unspelled).toEqual(['hm', 'wen', 'wet']);
  });

  it('reads surnames as surnames (區 Au, 單 Sin) besides the word', () => {
    expect(jyutpingOf('區')).toEqual(expect.arrayContaining(['au', 'keoi']));
    expect(jyutpingOf('黃')).toEqual(['wong']);
    expect(cantoneseReadable([...'黃之鋒'])).toBe(true);
    expect(cantoneseReadable(['𠀀'])).toBe(false);
  });
});

describe('Jyutping as the Hong Kong press spells it', () => {
  it.each([
    ['wong4', 'wong'],
    ['zi1', 'chi'],
    ['zi2', 'tsz'],
    ['zi3', 'chee'],
    ['fung1', 'fung'],
    ['jing1', 'ying'],
    ['ceon4', 'chun'],
    ['hoeng1', 'heung'],
    ['seon3', 'shun'],
    ['zoeng1', 'cheung'],
    ['jyu4', 'yu'],
    ['jyu4', 'yue'],
    ['ng5', 'ng'],
    ['gwok3', 'kwok'],
    ['gwok3', 'kwock'],
    ['joeng4', 'yeung'],
    ['loeng4', 'leung'],
    ['ze6', 'tse'],
    ['lei5', 'lee'],
    ['zau1', 'chow'],
    ['sam4', 'sham'],
    ['hou6', 'ho'],
    ['gun3', 'kwun'],
    ['lo4', 'law'],
    ['si1', 'sze'],
    ['heoi2', 'hui'],
    ['ceoi4', 'tsui'],
    ['jyun4', 'yuen'],
    ['kyun4', 'kuen'],
    ['bun1', 'poon'],
    ['daai6', 'tai'],
    ['gaa1', 'ka'],
    ['waa4', 'wah'],
    ['zan3', 'chun'],
  ])('%s is written %s', (jyutping, spelling) => {
    expect(hkSpellings(jyutping)).toContain(spelling);
  });

  it.each([
    ['loeng4', 'leong'],
    ['joeng4', 'ieong'],
    ['wong4', 'vong'],
    ['gwok3', 'kuok'],
    ['sou1', 'sou'],
  ])('Macau writes %s as %s', (jyutping, spelling) => {
    expect(hkSpellings(jyutping)).toContain(spelling);
  });

  it('keeps the spellings of one syllable apart from another', () => {
    expect(hkSpellings('wong4')).not.toContain('hung');
    expect(hkSpellings('zi1')).not.toContain('chu');
    expect(hkSpellings('can4')).not.toContain('chin');
  });
});

describe('fitting Latin syllables to characters', () => {
  it('takes hyphenated, spaced and run-together syllables', () => {
    expect(fitSyllables(['chi', 'fung'], [...'之鋒'])).toEqual(['zi', 'fung']);
    expect(fitSyllables(['chifung'], [...'之鋒'])).toEqual(['zi', 'fung']);
    expect(fitSyllables(['szeto'], [...'司徒'])).toEqual(['si', 'tou']);
    expect(fitSyllables(['chi'], [...'之鋒'])).toBeNull();
    expect(fitSyllables(['chi', 'hung'], [...'之鋒'])).toBeNull();
  });

  it('tells words made of Cantonese syllables from English given names', () => {
    expect(cantoneseSyllables('cheukyan')).toBe(true);
    for (const w of ['jimmy', 'agnes', 'joshua', 'raphael', 'gwyneth'])
      expect(cantoneseSyllables(w)).toBe(false);
  });
});

describe('a Han name against a Cantonese spelling', () => {
  const yue = (a: string, b: string) => {
    const r = compareNames(a, b);
    return { decision: r.decision, notes: r.evidence.map((e) => e.note ?? '') };
  };

  it.each([
    ['黃之鋒', 'Wong Chi-fung'],
    ['黎智英', 'Lai Chee-ying'],
    ['周庭', 'Chow Ting'],
    ['鄒幸彤', 'Chow Hang-tung'],
    ['岑子杰', 'Sham Tsz-kit'],
    ['黃浩銘', 'Wong Ho-ming'],
    ['李卓人', 'Lee Cheuk Yan'],
    ['梁國雄', 'Kwok-hung Leung'],
    ['司徒華', 'Szeto Wah'],
    ['黄之锋', 'Wong Chi-fung'],
    ['吳國昌', 'Ng Kuok Cheong'],
  ])('%s = %s', (han, latin) => {
    const r = yue(han, latin);
    expect(r.decision).toBe('match');
    expect(r.notes.some((n) => n.startsWith('reading:yue'))).toBe(true);
    expect(compareNames(latin, han).decision).toBe('match');
  });

  it('sets aside an English given name beside the Chinese one', () => {
    const r = compareNames('Joshua Wong Chi-fung', '黃之鋒');
    expect(r.decision).toBe('match');
    expect(r.evidence.find((e) => e.part === 'name')?.b).toBe('');
  });

  it('sends an English given name with the surname to review, saying only the surname agrees', () => {
    for (const [latin, han] of [
      ['Jimmy Lai', '黎智英'],
      ['Agnes Chow', '周庭'],
      ['Raphael Wong', '黃浩銘'],
      ['Owen Chow', '鄒家成'],
      ['Nathan Law', '羅冠聰'],
    ] as const) {
      const r = compareNames(latin, han);
      expect(r.decision).toBe('review');
      expect(r.evidence.find((e) => e.part === 'given')?.note).toMatch(/only the surname agrees/);
    }
  });

  it.each([
    ['黃之鋒', 'Wong Chi-hung'],
    ['黃之鋒', 'Wong Yuk-man'],
    ['李卓人', 'Lee Cheuk-yin'],
    ['鄒幸彤', 'Chow Hang-ting'],
    ['周庭', 'Chow Ka-shing'],
    ['周庭', 'Chau Ting-kwok'],
    ['梁國雄', 'Leung Chun-ying'],
    ['周庭', 'Chow Ming'],
    ['黃之鋒', 'Wong Chihung'],
  ])('%s is not %s', (han, latin) => {
    expect(compareNames(han, latin).decision).toBe('no_match');
  });

  // Two Latin spellings of one Han name in two systems: joined since nm39 by the characters
  // read so in both languages (cantonese-pinyin.ts; world-rules-nm39.test.ts has its cases).
  it('joins two Latin spellings of one Han name in two systems through the characters', () => {
    expect(compareNames('Wong Chi-fung', 'Huang Zhifeng').decision).toBe('match');
  });

  it('keeps the Pinyin reading first', () => {
    const r = compareNames('黃之鋒', 'Huang Zhifeng');
    expect(r.decision).toBe('match');
    expect(r.evidence.some((e) => e.note?.startsWith('reading:yue'))).toBe(false);
  });
});
