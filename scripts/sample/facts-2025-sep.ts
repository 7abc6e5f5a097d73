/**
 * Sample facts for 11 September 2025: 52 freed in the Belavia deal brokered by John Coale,
 * taken to Lithuania; Mikalai Statkevich refused exile and was returned to prison.
 */
import { num, ref, text } from '../../src/core/model/values.ts';
import { actorIds as a } from './facts-actors.ts';
import { detention, dv, names, statusChange } from './helpers.ts';
import type { LedgerBuilder } from './ledger-builder.ts';

const W = 'src_2025_09_11_wire';
const RU = 'src_2025_09_12_ru';
const ST = 'src_profile_statkevich';
const P = 'src_profile_sep_2025';
const REL = 'rel_2025_09_11';

export function addSeptember2025(b: LedgerBuilder): void {
  b.entity(REL, 'release_event');
  b.entity('agg_2025_09_11_foreign', 'aggregate');
  const people = ['statkevich', 'losik', 'matskevich', 'shchyrakova', 'ramanauskiene'];
  for (const p of people) b.entity(`per_${p}`, 'person');

  b.facts(REL, W, [
    ['title', text('52 freed for Belavia sanctions relief, 11 September 2025'), 'Belavia'],
    ['country', text('BY'), 'Belarus released 52'],
    ['date', dv('2025-09-11'), 'Sept 11'],
    ['kind', text('negotiated_release'), 'under an agreement brokered by Washington'],
    ['releasedCount', num(52), 'released 52 political prisoners'],
    ['released', ref('per_statkevich'), 'Mikalai Statkevich'],
    ['released', ref('per_losik'), 'the journalist Ihar Losik'],
    ['released', ref('per_matskevich'), 'Uladzimir Matskevich'],
    ['released', ref('per_shchyrakova'), 'Larysa Shchyrakova'],
    ['released', ref('per_ramanauskiene'), 'Alena Ramanauskiene'],
    ['mediator', ref(a.coale), 'US envoy John Coale'],
    ['destination', text('LT'), 'driven across the border into Lithuania'],
    ['deal', ref('deal_belavia_2025'), 'under an agreement brokered by Washington'],
  ]);
  b.facts(REL, RU, [
    ['releasedCount', num(52), 'освободила 52 заключённых'],
    ['date', dv('2025-09-11'), '11 сентября 2025 года'],
    ['released', ref('per_losik'), 'Игорь Лосик'],
    ['destination', text('LT'), 'Их вывезли в Литву', { state: 'proposed' }],
  ]);
  b.fact(REL, 'releasedCount', num(52), ST, 'among the 52 pardoned');
  // The whole group is the one aggregate with a status; the foreign nationals are a part of it
  // kept without one, so no one is counted twice.
  b.entity('agg_2025_09_11', 'aggregate');
  b.facts('agg_2025_09_11', ST, [
    ['release', ref(REL), 'among the 52 pardoned'],
    ['count', num(52), 'the 52 pardoned'],
    ['status', text('pardoned'), 'pardoned'],
    ['country', text('BY'), 'Belarusian'],
    ['date', dv('2025-09-11'), 'On 11 September 2025'],
    ['member', ref('per_statkevich'), 'he was among the 52 pardoned'],
  ]);
  b.facts('agg_2025_09_11', W, [
    ['member', ref('per_losik'), 'the journalist Ihar Losik'],
    ['member', ref('per_matskevich'), 'Uladzimir Matskevich'],
    ['member', ref('per_shchyrakova'), 'Larysa Shchyrakova'],
    ['member', ref('per_ramanauskiene'), 'Alena Ramanauskiene'],
    [
      'description',
      text('Pardoned; taken to Lithuania, except Statkevich, who refused to leave.'),
      'driven across the border into Lithuania',
    ],
  ]);
  b.facts('agg_2025_09_11_foreign', W, [
    ['release', ref(REL), '14 of them are foreign nationals'],
    ['count', num(14), '14 of them are foreign nationals'],
    ['country', text('BY'), 'Belarus released 52'],
    ['date', dv('2025-09-11'), 'Sept 11'],
    ['description', text('Foreign nationals, six of them Lithuanians.'), 'six of them Lithuanians'],
    ['member', ref('per_ramanauskiene'), 'among them Alena Ramanauskiene'],
  ]);

  addStatkevich(b);
  addJournalistsAndPhilosopher(b);

  names(b, 'per_ramanauskiene', [
    [W, 'Alena Ramanauskiene', 'press', 'en'],
    [P, 'Elena Ramanauskienė', 'official', 'lt'],
  ]);
  b.fact('per_ramanauskiene', 'citizenship', text('LT'), P, 'a Lithuanian citizen');
  statusChange(b, 'stc_ramanauskiene_released', W, {
    person: ['per_ramanauskiene', 'Alena Ramanauskiene'],
    date: ['2025-09-11', 'Sept 11'],
    status: ['released', 'Belarus released 52 political prisoners'],
    release: [REL, 'Belarus released 52 political prisoners'],
    destination: ['LT', 'into Lithuania'],
  });
}

function addStatkevich(b: LedgerBuilder): void {
  names(b, 'per_statkevich', [
    [W, 'Mikalai Statkevich', 'official', 'en'],
    [ST, 'Mikola Statkevich', 'press', 'en'],
    [ST, 'Мікалай Статкевіч', 'official', 'be'],
    [RU, 'Николай Статкевич', 'official', 'ru'],
  ]);
  b.facts('per_statkevich', ST, [
    ['occupation', text('politician'), 'ran for president in 2010'],
    ['description', text('Presidential candidate in 2010.'), 'ran for president in 2010'],
  ]);
  detention(b, 'det_statkevich', ST, {
    person: ['per_statkevich', 'He was detained'],
    country: ['BY', 'Belarusian'],
    arrestDate: ['2020-05', 'detained in May 2020'],
    sentence: ['14 years', 'sentenced to 14 years'],
  });
  statusChange(b, 'stc_statkevich_detained', ST, {
    person: ['per_statkevich', 'He was detained'],
    date: ['2020-05', 'May 2020'],
    status: ['detained', 'detained in May 2020'],
  });
  statusChange(b, 'stc_statkevich_sentenced', ST, {
    person: ['per_statkevich', 'he was sentenced'],
    date: ['2021-12', 'December 2021'],
    status: ['sentenced', 'he was sentenced to 14 years'],
  });
  // Pardoned with the 52, then refused to be taken abroad: out and back in on one day.
  statusChange(b, 'stc_statkevich_pardoned', ST, {
    person: ['per_statkevich', 'he was among the 52 pardoned'],
    date: ['2025-09-11', 'On 11 September 2025'],
    status: ['pardoned', 'pardoned'],
    release: [REL, 'among the 52 pardoned'],
  });
  statusChange(b, 'stc_statkevich_refused', W, {
    person: ['per_statkevich', 'Mikalai Statkevich'],
    date: ['2025-09-11', 'Sept 11'],
    status: ['refused_exile', 'refused to leave Belarus'],
    release: [REL, 'Mikalai Statkevich refused to leave Belarus'],
  });
  statusChange(b, 'stc_statkevich_returned', ST, {
    person: ['per_statkevich', 'He was detained'],
    date: ['2025-09-11', 'On 11 September 2025'],
    status: ['detained', 'was returned to his colony'],
  });
  // The same refusal as the Russian summary tells it, for the review queue.
  b.fact(
    'stc_statkevich_refused',
    'status',
    text('refused_exile'),
    RU,
    'отказался уезжать из страны',
    {
      state: 'proposed',
    },
  );
}

function addJournalistsAndPhilosopher(b: LedgerBuilder): void {
  names(b, 'per_losik', [
    [W, 'Ihar Losik', 'official', 'en'],
    [P, 'Ігар Лосік', 'official', 'be'],
    [RU, 'Игорь Лосик', 'official', 'ru'],
    [P, 'Igor Losik', 'press', 'en'],
  ]);
  b.facts('per_losik', P, [
    ['occupation', text('journalist'), 'a blogger and RFE/RL journalist'],
    ['affiliation', text('RFE/RL'), 'RFE/RL'],
  ]);
  detention(b, 'det_losik', P, {
    person: ['per_losik', 'Ihar Losik'],
    country: ['BY', 'Ігар Лосік'],
    arrestDate: ['2020-06', 'detained in June 2020'],
    sentence: ['15 years', 'sentenced to 15 years'],
  });
  statusChange(b, 'stc_losik_detained', P, {
    person: ['per_losik', 'Ihar Losik'],
    date: ['2020-06', 'June 2020'],
    status: ['detained', 'detained in June 2020'],
  });
  statusChange(b, 'stc_losik_sentenced', P, {
    person: ['per_losik', 'Ihar Losik'],
    date: ['2021-12', 'December 2021'],
    status: ['sentenced', 'sentenced to 15 years in December 2021'],
  });

  names(b, 'per_matskevich', [
    [W, 'Uladzimir Matskevich', 'official', 'en'],
    [P, 'Уладзімір Мацкевіч', 'official', 'be'],
    [RU, 'Владимир Мацкевич', 'official', 'ru'],
    [P, 'Vladimir Matskevich', 'press', 'en'],
  ]);
  b.fact('per_matskevich', 'occupation', text('philosopher'), W, 'philosopher');
  // 69 in September 2025 means born in 1955 or 1956: left for a reviewer.
  b.fact('per_matskevich', 'birthYear', num(1956), W, '69-year-old', {
    state: 'proposed',
    confidence: 0.5,
  });
  detention(b, 'det_matskevich', P, {
    person: ['per_matskevich', 'Uladzimir Matskevich'],
    country: ['BY', 'Уладзімір Мацкевіч'],
    arrestDate: ['2021-08', 'detained in August 2021'],
  });
  statusChange(b, 'stc_matskevich_detained', P, {
    person: ['per_matskevich', 'Uladzimir Matskevich'],
    date: ['2021-08', 'August 2021'],
    status: ['detained', 'detained in August 2021'],
  });

  names(b, 'per_shchyrakova', [
    [W, 'Larysa Shchyrakova', 'official', 'en'],
    [P, 'Ларыса Шчыракова', 'official', 'be'],
    [RU, 'Лариса Щирякова', 'official', 'ru'],
    [P, 'Larissa Shchyrakova', 'press', 'en'],
  ]);
  b.fact('per_shchyrakova', 'occupation', text('journalist'), P, 'a journalist from Homel');
  detention(b, 'det_shchyrakova', P, {
    person: ['per_shchyrakova', 'Larysa Shchyrakova'],
    country: ['BY', 'Homel'],
    arrestDate: ['2022-12', 'detained in December 2022'],
  });
  statusChange(b, 'stc_shchyrakova_detained', P, {
    person: ['per_shchyrakova', 'Larysa Shchyrakova'],
    date: ['2022-12', 'December 2022'],
    status: ['detained', 'detained in December 2022'],
  });

  // The three left for Lithuania the same day.
  for (const [p, quote] of [
    ['losik', 'the journalist Ihar Losik'],
    ['matskevich', 'Uladzimir Matskevich'],
    ['shchyrakova', 'Larysa Shchyrakova'],
  ] as const) {
    statusChange(b, `stc_${p}_expelled`, W, {
      person: [`per_${p}`, quote],
      date: ['2025-09-11', 'Sept 11'],
      status: ['expelled', 'driven across the border into Lithuania'],
      release: [REL, 'Among those who crossed'],
      destination: ['LT', 'into Lithuania'],
    });
  }
}
