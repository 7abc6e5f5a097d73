// Chinese numerals before a unit or counter (han-numbers.ts), in sentences of our own.
import { describe, expect, it } from 'vitest';
import { hanValue } from '../../../src/core/extract/han-numbers.ts';
import { findQuantities } from '../../../src/core/extract/numbers.ts';

const values = (s: string) => findQuantities(s, 'zh').map((q) => [q.value, q.qualifier]);

describe('Chinese numerals', () => {
  it('reads tens, hundreds and ten thousands', () => {
    expect(['十', '十四', '二十', '二十五', '一百零三', '两千', '三万五千'].map(hanValue)).toEqual([
      10, 14, 20, 25, 103, 2000, 35000,
    ]);
    expect(hanValue('一二')).toBeNull();
  });

  it('reads a term and a count, and a qualifier before or after', () => {
    expect(values('他被判監十年零六個月')).toEqual([
      [10, 'exact'],
      [6, 'exact'],
    ]);
    expect(values('至少三十名示威者被捕')).toEqual([[30, 'at_least']]);
    expect(values('警方拘捕了二十多人')).toEqual([[20, 'more_than']]);
  });

  it('leaves weekdays, ordinals, vague words and bare thousands alone', () => {
    expect(values('星期三第三次開庭，數十人旁聽，上千人聚集，千多人離開')).toEqual([]);
  });
});
