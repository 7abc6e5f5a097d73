// The ledger CSV's reader (csv-parse under core/csv.ts): what it gives back, and where it says a
// hand-edited file went wrong.
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvLine, parseCsv } from '../../src/core/csv.ts';

describe('parseCsv', () => {
  it('reads back what csvLine writes: quotes, commas, line breaks, rows of any length', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['per_1', 'Ales "Ales" Bialiatski', 'freed,\nthen exiled'],
      ['per_2', ''],
    ];
    expect(parseCsv(rows.map(csvLine).join(''))).toEqual(rows);
  });

  it('gives nothing for an empty text and a row of one empty field for an empty line', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,b\n\nc\n')).toEqual([['a', 'b'], [''], ['c']]);
  });

  it('names the line of a quote inside an unquoted field and of a quote left open', () => {
    expect(() => parseCsv('a,b\nc,d"e\n')).toThrow(
      new CsvSyntaxError('a quote inside an unquoted field', 2),
    );
    expect(() => parseCsv('a,b\nc,"d\ne\n')).toThrowError(
      /^line \d: a quoted field is not closed$/,
    );
  });
});
