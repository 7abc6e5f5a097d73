// Released counts across a whole report: rounded leads, counts in parts, swaps, language clashes.
// Sentences written for these tests; figures from public reporting.
import { describe, expect, it } from 'vitest';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';
import { extractReport, refines } from '../../../src/core/extract/index.ts';
import { findQuantities } from '../../../src/core/extract/numbers.ts';

const count = (text: string, language?: string) => {
  const main = extractReport({ text, language }).releases.find((r) => r.role === 'main');
  return main?.releasedCount ?? null;
};
const values = (s: string, language?: string) =>
  findCountCandidates(s, language).map((c) => c.value);

describe('a rounded figure gives way to the exact one it stands for', () => {
  it('takes the exact figure the body gives after a rounded headline', () => {
    const c = count(
      'Belarus frees more than 50 political prisoners\n' +
        'Minsk released 52 political prisoners on Thursday after talks with Washington.',
    );
    expect(c).toMatchObject({ value: 52, qualifier: 'exact' });
    expect(c?.evidence.quote).toBe('52 political prisoners');
  });

  it('finds the exact figure in a sentence that reports no release itself', () => {
    const c = count(
      'Belarus let more than 50 political prisoners go on Thursday. ' +
        '"52 prisoners crossed into Lithuania today," the Lithuanian president wrote.',
    );
    expect(c).toMatchObject({ value: 52, qualifier: 'exact' });
  });

  it('keeps the rounded figure when no exact one fits it', () => {
    expect(
      count(
        'The junta freed more than 2,100 prisoners on Wednesday. In April it had freed 3,113 people.',
      ),
    ).toMatchObject({ value: 2100, qualifier: 'more_than' });
  });

  it('knows which exact figures a rounded one can stand for', () => {
    expect(refines(2153, 2100, 'more_than')).toBe(true);
    expect(refines(2100, 2100, 'more_than')).toBe(false);
    expect(refines(4893, 4900, 'about')).toBe(true);
    expect(refines(7012, 7000, 'more_than')).toBe(true);
    // Too far from the rounded figure, or a figure that is not rounded at all.
    expect(refines(3113, 2100, 'more_than')).toBe(false);
    expect(refines(99, 87, 'at_least')).toBe(false);
    expect(refines(52, 50, 'exact')).toBe(false);
  });
});

describe('counts given in parts', () => {
  it('adds up people listed side by side', () => {
    expect(
      count(
        'Nicaragua freed two bishops, among them Rolando Álvarez, 13 priests and three seminarians on Sunday.',
      ),
    ).toMatchObject({ value: 18 });
    expect(values('The regime released 12 women and 13 men.')).toContain(25);
  });

  it('reads a total followed by its breakdown as the total', () => {
    expect(
      count('Belarus freed 52 prisoners, among them Mikola Statkevich and 14 foreigners.'),
    ).toMatchObject({ value: 52 });
    expect(values('Belarus freed 52 prisoners and 14 foreigners.')).not.toContain(66);
  });

  it('adds up women and men in languages other than English', () => {
    const pl = 'W ramach amnestii z kolonii karnych wyszły dwie kobiety i czterech mężczyzn.';
    expect(values(pl, 'pl')).toContain(6);
    expect(
      values('Sono stati scarcerati 6 donne e 9 uomini arrestati durante le proteste.', 'it'),
    ).toContain(15);
  });

  it("keeps a list of parts as one side's release when only one part names the releaser's own", () => {
    const s =
      'In the swap for the businessman, Caracas freed 4 Americans and 11 Venezuelans on Wednesday.';
    const found = findCountCandidates(s, 'en', 'VE');
    const best = found.reduce((a, b) => (b.score > a.score ? b : a));
    expect(best.value).toBe(15);
    // A list naming only the releaser's own people is still the other side's.
    const own = 'In the swap, Caracas got back 4 Venezuelans and 11 Venezuelan prisoners.';
    expect(findCountCandidates(own, 'en', 'VE').find((c) => c.value === 15)?.score).toBeLessThan(3);
  });

  it('does not add up the tail of a list that began with another count', () => {
    const fr =
      'Le régime a libéré 40 détenus à Tocorón, ainsi que deux femmes à Caracas et trois hommes à Maracaibo.';
    expect(values(fr, 'fr')).toEqual([40, 2, 3]);
  });
});

describe('number words that are function words of another language', () => {
  it('does not read Portuguese "dos" (of the) as Spanish two', () => {
    const s = 'O governo confirmou a libertação dos presos políticos.';
    expect(findQuantities(s, 'pt')).toEqual([]);
    expect(values(s, 'pt')).toEqual([]);
    expect(values('El gobierno liberó a dos presos políticos.', 'es')).toEqual([2]);
    expect(
      count(
        'A Nicarágua libertou dois bispos e 15 padres. A libertação dos bispos foi confirmada.',
      ),
    ).toMatchObject({ value: 17 });
  });
});

describe('people who died', () => {
  it('does not count those killed as freed (deathBefore)', () => {
    const swap =
      'Sweden freed a former Iranian official jailed over the executions of more than 100 political prisoners.';
    expect(values(swap)).toEqual([]);
    // The same figure after any other noun is read.
    expect(values(swap.replace('executions', 'cases'))).toEqual([100]);
  });
});

describe('swaps', () => {
  it("counts the releasing country's prisoners, not its own nationals sent back", () => {
    const s =
      'In the exchange, El Salvador sent home about 250 Venezuelans while Venezuela freed ten Americans.';
    const found = findCountCandidates(s, 'en', 'VE');
    const best = found.reduce((a, b) => (b.score > a.score ? b : a));
    expect(best.value).toBe(10);
    // The same count outside a swap, or for another releasing country, keeps its score.
    expect(findCountCandidates(s, 'en', 'SV').find((c) => c.value === 250)?.score).toBe(
      found.find((c) => c.value === 10)?.score,
    );
  });

  it('reads a lower-case demonym after a bare figure in a swap', () => {
    const found = findCountCandidates(
      'O Salvador anunciou que libertará mais de 200 venezuelanos em troca da libertação de 10 cidadãos americanos.',
      'pt',
      'VE',
    );
    expect(found.find((c) => c.value === 200)!.score).toBeLessThan(
      found.find((c) => c.value === 10)!.score,
    );
  });
});

describe('a named person joined to a count', () => {
  it('adds the person named before "and 18 clergymen"', () => {
    expect(
      count('Nicaragua freed Bishop Rolando Álvarez and 18 clergymen on Sunday, the Vatican said.'),
    ).toMatchObject({ value: 19 });
  });

  it('does not add the person twice to "and 13 others"', () => {
    expect(count('Belarus freed Siarhei Tsikhanouski and 13 others on Saturday.')).toMatchObject({
      value: 14,
    });
  });

  it('adds the person named before "e altri 18", "junto con otros 12" (others before the figure)', () => {
    expect(
      count('Il Nicaragua ha liberato il vescovo Rolando Álvarez e altri 18 religiosi.', 'it'),
    ).toMatchObject({ value: 19 });
    expect(
      count('Cuba excarceló a José Daniel Ferrer junto con otros 12 presos políticos.', 'es'),
    ).toMatchObject({ value: 13 });
  });

  it('does not add a person the count is not joined to', () => {
    expect(
      count('Belarus freed 18 prisoners on Thursday, Sviatlana Tsikhanouskaya said.'),
    ).toMatchObject({ value: 18 });
  });
});

describe('"еще 37" is no "and 37 others"', () => {
  it('reads "о помиловании еще 37 человек" as 37', () => {
    expect(values('Лукашенко подписал указ о помиловании еще 37 человек.')).toEqual([37]);
  });
});

describe('pardoned is not freed', () => {
  it('takes the count freed from prison over the count pardoned', () => {
    expect(
      count(
        'On Saturday President Aliyev pardoned 115 convicts, of which 114 ones were freed from prison.',
      ),
    ).toMatchObject({ value: 114 });
    expect(
      count(
        'Президент Грузии помиловала 17 осужденных. 13 осужденных президент полностью освободила от отбывания наказания.',
      ),
    ).toMatchObject({ value: 13 });
  });

  it('keeps the pardoned count when no smaller freed count is given', () => {
    expect(count('Lukashenko pardoned 37 people convicted of extremism.')).toMatchObject({
      value: 37,
    });
    // A freed figure that is not a part of the pardoned one (larger) changes nothing.
    expect(
      count('Lukashenko pardoned 37 people on Monday. Since 2024, 300 were freed in all.'),
    ).toMatchObject({ value: 37 });
  });
});

describe('a release of last week is the background of this one', () => {
  it('counts this release, not the one a sentence dates "last week"', () => {
    expect(
      count(
        'Last week, 52 prisoners were released and driven to Lithuania. Minsk has now pardoned 25 more prisoners, the state news agency said.',
      ),
    ).toMatchObject({ value: 25 });
    expect(
      count(
        'На прошлой неделе на свободу вышли 52 политзаключённых. Теперь Лукашенко помиловал ещё 25 заключённых.',
        'ru',
      ),
    ).toMatchObject({ value: 25 });
  });
});
