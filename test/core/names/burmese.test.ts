/** Burmese names read syllable by syllable from the team's table (src/core/names/burmese.ts). */
import { describe, expect, it } from 'vitest';
import { burmeseReadable, burmeseSyllables, readBurmese } from '../../../src/core/names/burmese.ts';

describe('Burmese syllables', () => {
  it('splits a name written without spaces at each syllable, finals and stacked letters kept', () => {
    expect(burmeseSyllables('အောင်ဆန်းစုကြည်')).toEqual(['အောင်', 'ဆန်း', 'စု', 'ကြည်']);
    // The dot below may stand before the asat: the final still closes the syllable.
    expect(burmeseSyllables('ဝင်းမြင့်')).toEqual(['ဝင်း', 'မြင့်']);
    expect(burmeseSyllables('မင်းကိုနိုင်')).toEqual(['မင်း', 'ကို', 'နိုင်']);
  });

  it('reads each syllable as the press spells it, ဦး opening a name as the title U', () => {
    expect(readBurmese('အောင်ဆန်းစုကြည်').trim()).toBe('Aung San Su Kyi');
    expect(readBurmese('ဦးဝင်းမြင့်').trim()).toBe('U Win Myint');
    expect(readBurmese('ခင်မောင်ဦး').trim()).toBe('Khin Maung Oo');
  });

  it('reads nothing of a name with a syllable the table lacks', () => {
    expect(burmeseReadable('မင်းအောင်လှိုင်')).toBe(false);
    expect(burmeseReadable('ဝင်းထိန်')).toBe(true);
  });
});
