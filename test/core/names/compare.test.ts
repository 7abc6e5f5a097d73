import { describe, expect, it } from 'vitest';
import { compareNames, Judgements, THRESHOLDS } from '../../../src/core/names/index.ts';

const decide = (a: string, b: string) => compareNames(a, b).decision;
const hows = (a: string, b: string) => compareNames(a, b).evidence.map((e) => `${e.part}:${e.how}`);

describe('compareNames', () => {
  it('recognises the spellings the issue lists as one person', () => {
    const same: Array<[string, string]> = [
      ['Maria Kalesnikava', 'Maria Kolesnikova'],
      ['Maria Kalesnikava', 'Мария Колесникова'],
      ['Мария Колесникова', 'Марыя Калеснікава'],
      ['Siarhei Tsikhanouski', 'Sergei Tikhanovsky'],
      ['Siarhiej Cichanoŭski', 'Sergei Tikhanovsky'],
      ['Mikalai Statkevich', 'Mikola Statkevič'],
      ['Nikolai Statkevich', 'Nikolay Statkevich'],
      ['Ihar Losik', 'Igor Losik'],
      ['Zmitser Dashkevich', 'Dmitry Dashkevich'],
      ['John Coale', "'John Kohl'"],
    ];
    for (const [a, b] of same) expect([a, b, decide(a, b)]).toEqual([a, b, 'match']);
  });

  it('matches the same letters cut into words otherwise, and only those', () => {
    // A particle written apart or joined, a middle word joined to the surname by a hyphen.
    expect(decide('Leila Delima', 'Leila de Lima')).toBe('match');
    expect(decide('Abbas Amir Entezam', 'Abbas Amir-Entezam')).toBe('match');
    expect(hows('Leila Delima', 'Leila de Lima')).toEqual(['name:exact']);
    expect(compareNames('Leila Delima', 'Leila de Lima').evidence[0]?.note).toContain(
      'cut into words otherwise',
    );
    // One letter apart is no longer the same letters; nor is the same run in another order.
    expect(decide('Leila Delina', 'Leila de Lima')).not.toBe('match');
    expect(decide('Amir Abbas Entezam', 'Abbas Amir-Entezam')).not.toBe('match');
  });

  it('tells apart family members and people sharing a given name', () => {
    expect(decide('Siarhei Tsikhanouski', 'Sviatlana Tsikhanouskaya')).toBe('no_match');
    expect(decide('Viktar Babaryka', 'Eduard Babaryka')).toBe('no_match');
    expect(decide('Aliaksandr Lukashenko', 'Aliaksandr Kazulin')).toBe('no_match');
    expect(decide('S. Tsikhanouski', 'S. Tsikhanouskaya')).toBe('no_match');
  });

  it('says why: evidence per part with how it matched', () => {
    const r = compareNames('Siarhei Tsikhanouski', 'Sergei Tikhanovsky');
    expect(r).toMatchObject({
      a: 'Siarhei Tsikhanouski',
      b: 'Sergei Tikhanovsky',
      decision: 'match',
    });
    expect(r.evidence).toEqual([
      {
        part: 'surname',
        a: 'tsikhanouski',
        b: 'tikhanovsky',
        how: 'skeleton',
        score: expect.any(Number),
      },
      { part: 'given', a: 'Siarhei', b: 'Sergei', how: 'given_name_group', score: 0.95 },
    ]);
    // Skeleton level: 0.90 to 0.92, the closer spelling scoring higher.
    const surname = r.evidence[0]!.score;
    expect(surname).toBeGreaterThanOrEqual(0.9);
    expect(surname).toBeLessThanOrEqual(0.92);
    const closer = compareNames('Siarhei Tsikhanouski', 'Sergei Tsikhanovsky').evidence[0]!.score;
    expect(closer).toBeGreaterThan(surname);
    expect(hows('Siarhei Tsikhanouski', 'Sviatlana Tsikhanouskaya')).toContain('gender:mismatch');
  });

  it('penalises different patronymics (namesakes) and rewards equal ones', () => {
    const diff = compareNames('Ivan Ivanovich Petrov', 'Ivan Sergeyevich Petrov');
    expect(diff.decision).toBe('no_match');
    expect(hows('Ivan Ivanovich Petrov', 'Ivan Sergeyevich Petrov')).toContain(
      'patronymic:mismatch',
    );
    const same = compareNames(
      'Maria Aliaksandrauna Kalesnikava',
      'Мария Александровна Колесникова',
    );
    expect(same.decision).toBe('match');
    expect(same.evidence.find((e) => e.part === 'patronymic')?.how).toBe('given_name_group');
  });

  it('never matches on a given name alone, nor on a surname alone', () => {
    expect(decide('Siarhei', 'Sergei')).toBe('no_match');
    expect(decide('Siarhei', 'Siarhei Tsikhanouski')).toBe('no_match');
    expect(decide('Lukashenka', 'Lukashenko')).toBe('review');
  });

  it('matches an initial beside the same surname; sends translated given names to review', () => {
    const r = compareNames('S. Tsikhanouski', 'Siarhei Tsikhanouski');
    expect(r.decision).toBe('match');
    expect(r.evidence.find((e) => e.part === 'given')).toMatchObject({ how: 'initial' });
    expect(decide('Z. Dashkevich', 'Dmitry Dashkevich')).toBe('match');
    expect(decide('Ivan Coale', 'John Coale')).toBe('review');
    expect(decide('K. Dashkevich', 'Dmitry Dashkevich')).toBe('no_match');
    // The wife's initial is the husband's too: the gender of the surname keeps them apart.
    expect(decide('S. Tsikhanouskaya', 'Siarhei Tsikhanouski')).toBe('no_match');
    // An initial beside a surname one letter off is not enough.
    expect(decide('S. Tsikhanousky', 'Siarhei Tsikhanouski')).not.toBe('no_match');
    expect(decide('M. Statkevich', 'Mikalai Stakevich')).toBe('review');
  });

  it('reads inflected Russian and Belarusian query forms', () => {
    const r = compareNames('Колесниковой Марии', 'Maria Kalesnikava');
    expect(r.decision).toBe('match');
    expect(r.evidence.find((e) => e.part === 'given')?.note).toBe('read as мария');
    expect(decide('Сергея Тихановского', 'Siarhei Tsikhanouski')).toBe('match');
    expect(decide('Игоря Лосика', 'Ihar Losik')).toBe('match');
  });

  it('keeps score and decision consistent with the thresholds', () => {
    for (const [a, b] of [
      ['S. Tsikhanouski', 'Siarhei Tsikhanouski'],
      ['Maria Kalesnikava', 'Maria Kolesnikova'],
      ['Viktar Babaryka', 'Eduard Babaryka'],
    ] as const) {
      const r = compareNames(a, b);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      const expected =
        r.score >= THRESHOLDS.match
          ? 'match'
          : r.score >= THRESHOLDS.review
            ? 'review'
            : 'no_match';
      expect(r.decision).toBe(expected);
    }
  });

  it('obeys human judgements, whatever the spelling order', () => {
    const judgements = new Judgements([
      {
        kind: 'names',
        a: 'Ales Pushkin',
        b: 'Aliaksandr Pushkin',
        verdict: 'different',
        by: 'reviewer',
      },
      { kind: 'names', a: 'Jan Kowalski', b: 'Ivan Kavalski', verdict: 'same' },
    ]);
    expect(decide('Ales Pushkin', 'Aliaksandr Pushkin')).toBe('match');
    const diff = compareNames('Aliaksandr Pushkin', 'Ales Pushkin', { judgements });
    expect(diff).toMatchObject({ decision: 'no_match', score: 0 });
    expect(diff.evidence[0]).toMatchObject({
      part: 'judgement',
      how: 'different',
      note: 'judged by reviewer',
    });
    expect(compareNames('Kowalski, Jan', 'Ivan Kavalski', { judgements }).decision).toBe('match');
  });

  it('handles empty and odd input without throwing', () => {
    expect(compareNames('', '').decision).toBe('no_match');
    expect(compareNames('123', '!!!').decision).toBe('no_match');
    expect(compareNames('Maria', '').decision).toBe('no_match');
  });
});

describe('Judgements', () => {
  it('lets a later judgement of a pair replace an earlier one', () => {
    const j = new Judgements([
      { kind: 'names', a: 'Zianon Pazniak', b: 'Zenon Poznyak', verdict: 'same' },
      { kind: 'names', a: 'Zenon Poznyak', b: 'Zianon Pazniak', verdict: 'different' },
    ]);
    expect(j.forNames('Pazniak, Zianon', 'Zenon Poznyak')?.verdict).toBe('different');
    expect(j.sameAs('Zianon Pazniak')).toEqual([]);
    expect(j.size).toBe(1);
  });

  it('keeps entity judgements apart from name judgements', () => {
    const j = new Judgements([{ kind: 'entities', a: 'P1', b: 'P2', verdict: 'different' }]);
    expect(j.forEntities('P2', 'P1')?.verdict).toBe('different');
    expect(j.forNames('P1', 'P2')).toBeUndefined();
  });
});
