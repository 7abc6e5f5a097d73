/**
 * Sample facts for 2024: the July amnesty that freed Ryhor Kastusiou and the unnamed pardon
 * groups of August to December, each kept as an aggregate ('N pardoned, names withheld').
 */
import { num, ref, text } from '../../src/core/model/values.ts';
import { detention, dv, names, statusChange } from './helpers.ts';
import type { FactRow, LedgerBuilder } from './ledger-builder.ts';

const K = 'src_2024_07_04_kastusiou';
const RU = 'src_2024_07_ru_digest';
const AUG = 'src_2024_08_16_pardon';

export function addJuly2024(b: LedgerBuilder): void {
  b.entity('rel_2024_07_03', 'release_event');
  b.entity('per_kastusiou', 'person');

  b.facts('rel_2024_07_03', K, [
    ['title', text('Amnesty of gravely ill prisoners, 3 July 2024'), 'under an amnesty'],
    ['country', text('BY'), 'MINSK'],
    ['date', dv('2024-07-03'), 'July 3'],
    ['kind', text('pardon'), 'under an amnesty announced for Independence Day'],
    ['releasedCount', num(8, 'at_least'), 'at least eight political prisoners'],
    ['released', ref('per_kastusiou'), 'Ryhor Kastusiou'],
    [
      'description',
      text('Amnesty for Independence Day; those freed were gravely ill, most with cancer.'),
      'some gravely ill prisoners, most of them with cancer, would soon be let go',
    ],
  ]);
  b.fact('rel_2024_07_03', 'releasedCount', num(18), AUG, '18 gravely ill political prisoners');
  b.fact('rel_2024_07_03', 'releasedCount', num(18), RU, 'вышли на свободу 18');
  b.fact('rel_2024_07_03', 'released', ref('per_kastusiou'), RU, 'Григорий Костусев');
  // Everyone freed that day, named or not, so counts add up to 18 without counting him twice.
  b.entity('agg_2024_07_03', 'aggregate');
  b.facts('agg_2024_07_03', AUG, [
    ['release', ref('rel_2024_07_03'), '18 gravely ill political prisoners were freed'],
    ['count', num(18), '18 gravely ill political prisoners'],
    ['status', text('released'), 'were freed'],
    ['country', text('BY'), "Belarus'"],
    ['member', ref('per_kastusiou'), 'Ryhor Kastusiou among them'],
    ['description', text('Gravely ill prisoners; most names withheld.'), 'gravely ill'],
  ]);
  b.fact('agg_2024_07_03', 'date', dv('2024-07-03'), K, 'July 3');

  names(b, 'per_kastusiou', [
    [K, 'Рыгор Кастусёў', 'official', 'be'],
    [K, 'Ryhor Kastusiou', 'official', 'en'],
    [RU, 'Григорий Костусев', 'official', 'ru'],
  ]);
  b.facts('per_kastusiou', K, [
    ['affiliation', text('Belarusian Popular Front'), 'Belarusian Popular Front party'],
    ['occupation', text('politician'), 'chairman of the banned Belarusian Popular Front party'],
    [
      'description',
      text(
        'Chairman of the banned Belarusian Popular Front party; fell ill with cancer in prison.',
      ),
      'diagnosed with cancer while in custody',
    ],
    // 67 in July 2024 means born in 1956 or 1957: a reviewer should confirm.
    ['birthYear', num(1957), '67-year-old', { state: 'proposed', confidence: 0.5 }],
  ]);

  detention(b, 'det_kastusiou', K, {
    person: ['per_kastusiou', 'Kastusiou was detained'],
    country: ['BY', 'MINSK'],
    arrestDate: ['2021-04', 'detained in April 2021'],
    sentence: ['10 years', 'gave him 10 years'],
    charge: ['conspiracy to seize power', 'conspirators case'],
  });
  statusChange(b, 'stc_kastusiou_detained', K, {
    person: ['per_kastusiou', 'Kastusiou was detained'],
    date: ['2021-04', 'April 2021'],
    status: ['detained', 'detained in April 2021'],
  });
  statusChange(b, 'stc_kastusiou_sentenced', K, {
    person: ['per_kastusiou', 'Kastusiou'],
    date: ['2022-09', 'September 2022'],
    status: ['sentenced', 'in September 2022 a court gave him 10 years'],
  });
  statusChange(b, 'stc_kastusiou_released', K, {
    person: ['per_kastusiou', 'Ryhor Kastusiou'],
    date: ['2024-07-03', 'July 3'],
    status: ['released', 'was freed on Wednesday, July 3, under an amnesty'],
    release: ['rel_2024_07_03', 'freed on Wednesday, July 3'],
  });
}

interface PardonGroup {
  id: string;
  source: string;
  title: string;
  date: [string, string];
  count: [number, string];
  description: [string, string];
}

const groups: PardonGroup[] = [
  {
    id: '2024_08_16',
    source: AUG,
    title: 'Pardon of 30 protest prisoners, 16 August 2024',
    date: ['2024-08-16', '16 August 2024'],
    count: [30, 'pardoned 30 people'],
    description: ['14 women and 16 men; names not given.', '14 women and 16 men'],
  },
  {
    id: '2024_09_04',
    source: 'src_2024_09_digest',
    title: 'Pardon of 30, 4 September 2024',
    date: ['2024-09-04', '4 September'],
    count: [30, 'a decree pardons 30 people'],
    description: ['7 women and 23 men, mostly parents of young children.', '7 women and 23 men'],
  },
  {
    id: '2024_09_16',
    source: 'src_2024_09_digest',
    title: 'Pardon of 37 before National Unity Day, 16 September 2024',
    date: ['2024-09-16', '16 September'],
    count: [37, 'a further 37 people'],
    description: ['37 convicted of "extremist" offences, 6 of them women.', '6 of them women'],
  },
  {
    id: '2024_11_07',
    source: 'src_2024_11_digest',
    title: 'Pardon of 31, 7 November 2024',
    date: ['2024-11-07', '7 November'],
    count: [31, '31 people'],
    description: ['29 men and 2 women, 17 with chronic illnesses.', '29 men and 2 women'],
  },
  {
    id: '2024_11_20',
    source: 'src_2024_11_digest',
    title: 'Pardon of 32, November 2024',
    date: ['2024-11-20', '20 November'],
    count: [32, 'another pardon of 32 people'],
    description: ['32 pardoned without names.', 'again without names'],
  },
  {
    id: '2024_12_09',
    source: 'src_2024_12_digest',
    title: 'Pardon of 29, 9 December 2024',
    date: ['2024-12-09', '9 December'],
    count: [29, 'pardoned 29 people'],
    description: ['11 women and 18 men, six of them under 25.', '11 women and 18 men'],
  },
  {
    id: '2024_12_late',
    source: 'src_2024_12_digest',
    title: 'Pardon of 20, late December 2024',
    date: ['2024-12', 'In late December'],
    count: [20, 'a further 20 people'],
    description: ['20 convicted of "extremism", 11 of them women.', '11 of them women'],
  },
];

/** The unnamed pardon groups: a release event and an aggregate of its unnamed people. */
export function addPardons2024(b: LedgerBuilder): void {
  for (const g of groups) {
    const rel = `rel_${g.id}`;
    const agg = `agg_${g.id}`;
    b.entity(rel, 'release_event');
    b.entity(agg, 'aggregate');
    const date = dv(g.date[0]);
    const rows: FactRow[] = [
      ['title', text(g.title), g.count[1]],
      ['country', text('BY'), 'Belarus'],
      ['date', date, g.date[1]],
      ['kind', text('pardon'), 'pardon'],
      ['releasedCount', num(g.count[0]), g.count[1]],
      ['description', text(g.description[0]), g.description[1]],
    ];
    b.facts(rel, g.source, rows);
    b.facts(agg, g.source, [
      ['release', ref(rel), g.count[1]],
      ['count', num(g.count[0]), g.count[1]],
      ['status', text('pardoned'), 'pardon'],
      ['country', text('BY'), 'Belarus'],
      ['date', date, g.date[1]],
      ['description', text('Names withheld by the authorities.'), 'names'],
    ]);
  }
  // The 16 August group, as the Russian digest tells it.
  b.fact('rel_2024_08_16', 'releasedCount', num(30), RU, 'помиловал ещё 30 человек');
  b.fact('rel_2024_08_16', 'date', dv('2024-08-16'), RU, '16 августа');
  // A real disagreement of the press: the second November pardon on the 20th or the 21st.
  b.fact('rel_2024_11_20', 'date', dv('2024-11-21'), 'src_2024_12_digest', 'on 21 November');
  b.fact('rel_2024_11_20', 'releasedCount', num(32), 'src_2024_12_digest', '32 people');
}
