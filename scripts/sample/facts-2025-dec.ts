/**
 * Sample facts for 13 December 2025: 123 freed in the potash deal (114 handed to Ukraine, 9
 * taken to Lithuania), Bialiatski, Kalesnikava, Babaryka and Znak among them. Two real
 * disagreements are kept as accepted claims: Coale's '156', and Kalesnikava's arrest date.
 */
import { num, ref, text } from '../../src/core/model/values.ts';
import { actorIds as a } from './facts-actors.ts';
import { detention, dv, names, statusChange } from './helpers.ts';
import type { LedgerBuilder } from './ledger-builder.ts';

const W = 'src_2025_12_13_wire';
const ENVOY = 'src_2025_12_14_envoy';
const RU = 'src_2025_12_13_ru';
const BE = 'src_2025_12_14_be';
const TEAM = 'src_profile_babaryka_team';
const BORDER = 'src_kalesnikava_border_ru';
const AB = 'src_profile_bialiatski';
const REL = 'rel_2025_12_13';

export function addDecember2025(b: LedgerBuilder): void {
  b.entity(REL, 'release_event');
  b.entity('agg_2025_12_13_ukraine', 'aggregate');
  b.entity('agg_2025_12_13_lithuania', 'aggregate');
  const people = ['bialiatski', 'kalesnikava', 'babaryka', 'znak', 'labkovich', 'eduard_babaryka'];
  for (const p of people) b.entity(`per_${p}`, 'person');

  b.facts(REL, W, [
    ['title', text('123 freed for potash sanctions relief, 13 December 2025'), 'potash'],
    ['country', text('BY'), 'Belarus released 123'],
    ['date', dv('2025-12-13'), 'Dec 13'],
    ['kind', text('negotiated_release'), 'after two days of talks'],
    ['releasedCount', num(123), 'released 123 prisoners'],
    ['released', ref('per_bialiatski'), 'Ales Bialiatski'],
    ['released', ref('per_kalesnikava'), 'Maria Kalesnikava'],
    ['released', ref('per_babaryka'), 'Viktar Babaryka'],
    ['released', ref('per_znak'), 'Maksim Znak'],
    ['released', ref('per_labkovich'), 'Uladzimir Labkovich'],
    ['mediator', ref(a.coale), 'US special envoy John Coale'],
    ['destination', text('UA'), 'Ukraine said 114 of the released were handed over to it'],
    ['destination', text('LT'), 'were taken to Lithuania'],
    ['deal', ref('deal_potash_2025'), 'Washington was lifting sanctions on Belarusian potash'],
  ]);
  b.fact(REL, 'releasedCount', num(123), RU, 'помиловал 123 человека');
  b.fact(REL, 'releasedCount', num(123), BE, 'выйшлі 123 палітвязні');
  b.fact(REL, 'releasedCount', num(123), ENVOY, 'all reported 123 pardoned');
  // The envoy's own figure disagrees with every other report: kept, shown as a conflict.
  b.fact(REL, 'releasedCount', num(156), ENVOY, 'spoke of 156 political prisoners released');
  b.facts(REL, BE, [
    ['released', ref('per_kalesnikava'), 'Марыя Калеснікава'],
    ['released', ref('per_bialiatski'), 'Алесь Бяляцкі'],
  ]);

  // The whole group carries the status; the Ukraine and Lithuania parts are kept without one,
  // so counts over time see 123 people leave, not 246.
  b.entity('agg_2025_12_13', 'aggregate');
  b.facts('agg_2025_12_13', RU, [
    ['release', ref(REL), 'помиловал 123 человека'],
    ['count', num(123), 'помиловал 123 человека'],
    ['status', text('pardoned'), 'помиловал'],
    ['country', text('BY'), 'Беларуси'],
    ['date', dv('2025-12-13'), '13 декабря 2025 года'],
  ]);
  b.facts('agg_2025_12_13', W, [
    ['member', ref('per_bialiatski'), 'Ales Bialiatski'],
    ['member', ref('per_kalesnikava'), 'Maria Kalesnikava'],
    ['member', ref('per_babaryka'), 'Viktar Babaryka'],
    ['member', ref('per_znak'), 'Maksim Znak'],
    ['member', ref('per_labkovich'), 'Uladzimir Labkovich'],
    [
      'description',
      text('Pardoned; 114 handed over to Ukraine, 9 taken to Lithuania.'),
      'Ukraine said 114 of the released were handed over to it',
    ],
  ]);

  b.facts('agg_2025_12_13_ukraine', W, [
    ['release', ref(REL), 'Ukraine said 114 of the released were handed over to it'],
    ['count', num(114), '114 of the released'],
    ['country', text('BY'), 'Belarus'],
    ['date', dv('2025-12-13'), 'Dec 13'],
    ['description', text('Handed over to Ukraine.'), 'handed over to it'],
    ['member', ref('per_kalesnikava'), 'Kalesnikava, Babaryka and Znak among them'],
    ['member', ref('per_babaryka'), 'Kalesnikava, Babaryka and Znak among them'],
    ['member', ref('per_znak'), 'Kalesnikava, Babaryka and Znak among them'],
  ]);
  b.fact('agg_2025_12_13_ukraine', 'count', num(114), BE, '114 чалавек перадалі Украіне');
  b.fact(
    'agg_2025_12_13_ukraine',
    'description',
    text('Five of them Ukrainian citizens.'),
    ENVOY,
    'five of them Ukrainian citizens',
    { state: 'proposed' },
  );
  b.facts('agg_2025_12_13_lithuania', W, [
    ['release', ref(REL), 'the other nine'],
    ['count', num(9), 'the other nine'],
    ['country', text('BY'), 'Belarus'],
    ['date', dv('2025-12-13'), 'Dec 13'],
    ['description', text('Taken to Lithuania.'), 'were taken to Lithuania'],
    ['member', ref('per_bialiatski'), 'Bialiatski included'],
  ]);

  addBialiatski(b);
  addCampaignTrio(b);

  names(b, 'per_labkovich', [[W, 'Uladzimir Labkovich', 'transliteration', 'en']]);
  b.facts('per_labkovich', W, [
    ['occupation', text('lawyer'), 'Viasna lawyer'],
    ['affiliation', text('Viasna'), 'Viasna lawyer'],
  ]);
  statusChange(b, 'stc_labkovich_released', W, {
    person: ['per_labkovich', 'Uladzimir Labkovich'],
    date: ['2025-12-13', 'Dec 13'],
    status: ['released', 'were freed too'],
    release: [REL, 'as was Viasna lawyer Uladzimir Labkovich'],
  });
}

function addBialiatski(b: LedgerBuilder): void {
  names(b, 'per_bialiatski', [
    [BE, 'Алесь Бяляцкі', 'official', 'be'],
    [W, 'Ales Bialiatski', 'official', 'en'],
    [RU, 'Алесь Беляцкий', 'official', 'ru'],
    [AB, 'Aleś Bialacki', 'transliteration', 'be-Latn'],
    [AB, 'Ales Byalyatski', 'press', 'en'],
  ]);
  b.facts('per_bialiatski', AB, [
    ['occupation', text('human rights defender'), 'founded the Viasna human rights centre'],
    ['affiliation', text('Viasna'), 'Viasna human rights centre'],
    [
      'description',
      text('Founder of Viasna (1996); Nobel Peace Prize 2022.'),
      'shared the Nobel Peace Prize in 2022',
    ],
  ]);
  detention(b, 'det_bialiatski', AB, {
    person: ['per_bialiatski', 'He was detained'],
    country: ['BY', 'a Minsk court'],
    arrestDate: ['2021-07-14', 'detained on 14 July 2021'],
    sentence: ['10 years', 'sentenced him to 10 years'],
  });
  statusChange(b, 'stc_bialiatski_detained', AB, {
    person: ['per_bialiatski', 'He was detained'],
    date: ['2021-07-14', '14 July 2021'],
    status: ['detained', 'detained on 14 July 2021'],
  });
  statusChange(b, 'stc_bialiatski_sentenced', AB, {
    person: ['per_bialiatski', 'sentenced him'],
    date: ['2023-03-03', '3 March 2023'],
    status: ['sentenced', 'a Minsk court sentenced him to 10 years'],
  });
  statusChange(b, 'stc_bialiatski_expelled', W, {
    person: ['per_bialiatski', 'Bialiatski included'],
    date: ['2025-12-13', 'Dec 13'],
    status: ['expelled', 'were taken to Lithuania'],
    release: [REL, 'Among those freed are Ales Bialiatski'],
    destination: ['LT', 'Lithuania'],
  });
}

/** Babaryka, Kalesnikava and Znak, with the two reported dates of Kalesnikava's arrest. */
function addCampaignTrio(b: LedgerBuilder): void {
  names(b, 'per_kalesnikava', [
    [BE, 'Марыя Калеснікава', 'official', 'be'],
    [W, 'Maria Kalesnikava', 'official', 'en'],
    [RU, 'Мария Колесникова', 'official', 'ru'],
    [TEAM, 'Maria Kolesnikova', 'press', 'en'],
  ]);
  b.facts('per_kalesnikava', TEAM, [
    ['occupation', text('musician'), 'a flautist'],
    ['gender', text('female'), 'a flautist who ran his campaign'],
  ]);
  b.fact(
    'per_kalesnikava',
    'description',
    text('A leader of the 2020 protests.'),
    W,
    'a leader of the 2020 protests',
  );
  detention(b, 'det_kalesnikava', TEAM, {
    person: ['per_kalesnikava', 'Maria Kalesnikava'],
    country: ['BY', 'central Minsk'],
    arrestDate: ['2020-09-07', 'seized in central Minsk on 7 September 2020'],
    sentence: ['11 years', 'Kalesnikava to 11 years'],
  });
  b.fact(
    'det_kalesnikava',
    'arrestDate',
    dv('2020-09-08'),
    BORDER,
    'задержана 8 сентября 2020 года',
  );

  names(b, 'per_babaryka', [
    [BE, 'Віктар Бабарыка', 'official', 'be'],
    [W, 'Viktar Babaryka', 'official', 'en'],
    [RU, 'Виктор Бабарико', 'official', 'ru'],
    [TEAM, 'Viktor Babariko', 'press', 'en'],
  ]);
  b.facts('per_babaryka', TEAM, [
    ['occupation', text('banker'), 'former head of Belgazprombank'],
    [
      'description',
      text('Former head of Belgazprombank; would-be 2020 candidate.'),
      'while trying to register as a presidential candidate',
    ],
  ]);
  detention(b, 'det_babaryka', TEAM, {
    person: ['per_babaryka', 'Viktar Babaryka'],
    country: ['BY', 'presidential candidate'],
    arrestDate: ['2020-06-18', 'detained on 18 June 2020'],
    sentence: ['14 years', 'sentenced to 14 years'],
  });

  names(b, 'per_znak', [
    [BE, 'Максім Знак', 'official', 'be'],
    [W, 'Maksim Znak', 'official', 'en'],
    [RU, 'Максим Знак', 'official', 'ru'],
    [TEAM, 'Maxim Znak', 'press', 'en'],
  ]);
  b.fact('per_znak', 'occupation', text('lawyer'), TEAM, 'the campaign lawyer');
  detention(b, 'det_znak', TEAM, {
    person: ['per_znak', 'Maksim Znak'],
    country: ['BY', 'Minsk'],
    arrestDate: ['2020-09-09', 'detained on 9 September 2020'],
    sentence: ['10 years', 'Znak to 10 years'],
  });

  const trio = [
    ['kalesnikava', 'Maria Kalesnikava', '2020-09-07', '7 September 2020', '2021-09-06'],
    ['babaryka', 'Viktar Babaryka', '2020-06-18', '18 June 2020', '2021-07-06'],
    ['znak', 'Maksim Znak', '2020-09-09', '9 September 2020', '2021-09-06'],
  ] as const;
  for (const [p, nameQuote, arrested, arrestQuote, sentenced] of trio) {
    statusChange(b, `stc_${p}_detained`, TEAM, {
      person: [`per_${p}`, nameQuote],
      date: [arrested, arrestQuote],
      status: ['detained', arrestQuote],
    });
    const sentenceQuote = sentenced === '2021-07-06' ? 'On 6 July 2021' : 'On 6 September 2021';
    statusChange(b, `stc_${p}_sentenced`, TEAM, {
      person: [`per_${p}`, nameQuote],
      date: [sentenced, sentenceQuote],
      status: ['sentenced', sentenceQuote],
    });
    statusChange(b, `stc_${p}_expelled`, W, {
      person: [`per_${p}`, nameQuote],
      date: ['2025-12-13', 'Dec 13'],
      status: ['expelled', 'handed over to it'],
      release: [REL, nameQuote],
      destination: ['UA', 'Ukraine said 114 of the released were handed over to it'],
    });
  }

  names(b, 'per_eduard_babaryka', [
    [TEAM, 'Eduard Babaryka', 'official', 'en'],
    [BE, 'Эдуард Бабарыка', 'official', 'be'],
  ]);
  detention(b, 'det_eduard_babaryka', TEAM, {
    person: ['per_eduard_babaryka', 'Eduard Babaryka'],
    country: ['BY', 'still in prison'],
    arrestDate: ['2020-06', 'detained the same month'],
  });
  statusChange(b, 'stc_eduard_babaryka_detained', TEAM, {
    person: ['per_eduard_babaryka', 'Eduard Babaryka'],
    date: ['2020-06', 'detained the same month'],
    status: ['detained', 'is still in prison'],
  });
}
