/**
 * Sample facts for the first half of 2025: Anastassia Nuhfer (January), the three freed on
 * 12 February, and the fourteen freed on 21 June with Siarhei Tsikhanouski after Keith
 * Kellogg's visit. The early June account keeps two readings a reviewer must settle.
 */
import { num, ref, text } from '../../src/core/model/values.ts';
import { actorIds as a } from './facts-actors.ts';
import { detention, dv, names, statusChange } from './helpers.ts';
import type { LedgerBuilder } from './ledger-builder.ts';

const FEB = 'src_2025_02_12_three';
const JUN = 'src_2025_06_21_wire';
const JUN_RU = 'src_2025_06_21_ru';
const JUN_EARLY = 'src_2025_06_22_early';
const JUN_LAT = 'src_2025_06_be_latn';
const TS_BE = 'src_profile_tsikhanouski_be';

export function addEarly2025(b: LedgerBuilder): void {
  b.entity('rel_2025_01_nuhfer', 'release_event');
  b.entity('rel_2025_02_12', 'release_event');
  b.entity('agg_2025_02_12_american', 'aggregate');
  for (const p of ['per_nuhfer', 'per_kuznechyk', 'per_maushuk']) b.entity(p, 'person');

  b.facts('rel_2025_01_nuhfer', FEB, [
    ['title', text('Release of US citizen Anastassia Nuhfer'), 'Anastassia Nuhfer'],
    ['country', text('BY'), 'Belarus'],
    ['date', dv('2025-01'), 'In January'],
    ['kind', text('negotiated_release'), 'had already been freed', { state: 'proposed' }],
    ['released', ref('per_nuhfer'), 'Anastassia Nuhfer'],
    ['mediator', ref(a.us), 'Secretary of State Marco Rubio'],
  ]);
  names(b, 'per_nuhfer', [[FEB, 'Anastassia Nuhfer', 'official', 'en']]);
  b.fact('per_nuhfer', 'citizenship', text('US'), FEB, 'another American');
  statusChange(b, 'stc_nuhfer_released', FEB, {
    person: ['per_nuhfer', 'Anastassia Nuhfer'],
    date: ['2025-01', 'In January'],
    status: ['released', 'had already been freed'],
    release: ['rel_2025_01_nuhfer', 'had already been freed'],
  });

  b.facts('rel_2025_02_12', FEB, [
    ['title', text('Three freed after talks with the US, 12 February 2025'), 'Feb 12'],
    ['country', text('BY'), 'Belarus released three prisoners'],
    ['date', dv('2025-02-12'), 'Feb 12'],
    ['kind', text('negotiated_release'), 'the result of talks with the Trump administration'],
    ['releasedCount', num(3), 'released three prisoners'],
    ['released', ref('per_kuznechyk'), 'Andrey Kuznechyk'],
    ['released', ref('per_maushuk'), 'Alena Maushuk'],
    ['mediator', ref(a.us), 'the Trump administration'],
    ['destination', text('LT'), 'Lithuania'],
  ]);
  b.facts('agg_2025_02_12_american', FEB, [
    ['release', ref('rel_2025_02_12'), 'One of them is a US citizen'],
    ['count', num(1), 'One of them is a US citizen'],
    ['status', text('released'), 'released three prisoners'],
    ['country', text('BY'), 'Belarus'],
    ['date', dv('2025-02-12'), 'Feb 12'],
    ['description', text('A US citizen, not named.'), 'whose name was not made public'],
  ]);

  names(b, 'per_kuznechyk', [
    [FEB, 'Andrey Kuznechyk', 'official', 'en'],
    [FEB, 'Андрэй Кузьнечык', 'official', 'be'],
  ]);
  b.facts('per_kuznechyk', FEB, [
    ['occupation', text('journalist'), 'a journalist of the Belarus service'],
    ['affiliation', text('RFE/RL'), 'Radio Free Europe/Radio Liberty'],
  ]);
  detention(b, 'det_kuznechyk', FEB, {
    person: ['per_kuznechyk', 'Andrey Kuznechyk'],
    country: ['BY', 'Belarus service'],
    arrestDate: ['2021-11', 'detained in November 2021'],
    sentence: ['6 years', 'sentenced in 2022 to six years'],
  });
  statusChange(b, 'stc_kuznechyk_detained', FEB, {
    person: ['per_kuznechyk', 'Andrey Kuznechyk'],
    date: ['2021-11', 'November 2021'],
    status: ['detained', 'detained in November 2021'],
  });
  statusChange(b, 'stc_kuznechyk_sentenced', FEB, {
    person: ['per_kuznechyk', 'Andrey Kuznechyk'],
    date: ['2022', 'in 2022'],
    status: ['sentenced', 'sentenced in 2022 to six years'],
  });
  statusChange(b, 'stc_kuznechyk_released', FEB, {
    person: ['per_kuznechyk', 'Andrey Kuznechyk'],
    date: ['2025-02-12', 'Feb 12'],
    status: ['released', 'Belarus released three prisoners'],
    release: ['rel_2025_02_12', 'released three prisoners on Wednesday'],
    destination: ['LT', 'reunited with his family in Lithuania'],
  });

  names(b, 'per_maushuk', [[FEB, 'Alena Maushuk', 'official', 'en']]);
  b.fact(
    'per_maushuk',
    'description',
    text('Mother of three, jailed over the 2020 protests.'),
    FEB,
    'a mother of three jailed since 2020 over the protests',
  );
  detention(b, 'det_maushuk', FEB, {
    person: ['per_maushuk', 'Alena Maushuk'],
    country: ['BY', 'Belarus'],
    arrestDate: ['2020', 'jailed since 2020'],
    charge: ['taking part in the 2020 protests', 'over the protests'],
  });
  statusChange(b, 'stc_maushuk_detained', FEB, {
    person: ['per_maushuk', 'Alena Maushuk'],
    date: ['2020', '2020'],
    status: ['detained', 'jailed since 2020'],
  });
  statusChange(b, 'stc_maushuk_released', FEB, {
    person: ['per_maushuk', 'Alena Maushuk'],
    date: ['2025-02-12', 'Feb 12'],
    status: ['released', 'Belarus released three prisoners'],
    release: ['rel_2025_02_12', 'released three prisoners on Wednesday'],
  });
}

export function addJune2025(b: LedgerBuilder): void {
  b.entity('rel_2025_06_21', 'release_event');
  for (const p of ['per_tsikhanouski', 'per_karnei', 'per_tsikhanouskaya']) b.entity(p, 'person');

  b.facts('rel_2025_06_21', JUN, [
    [
      'title',
      text('Fourteen freed after Kellogg visit, 21 June 2025'),
      'Belarus freed 14 prisoners',
    ],
    ['country', text('BY'), 'Belarus freed 14 prisoners'],
    ['date', dv('2025-06-21'), 'June 21'],
    ['kind', text('negotiated_release'), 'hours after US envoy Keith Kellogg held talks'],
    ['releasedCount', num(14), 'freed 14 prisoners'],
    ['released', ref('per_tsikhanouski'), 'Siarhei Tsikhanouski'],
    ['released', ref('per_karnei'), 'Ihar Karnei was among those freed'],
    ['mediator', ref(a.kellogg), 'US envoy Keith Kellogg'],
    ['mediator', ref(a.coale), "Kellogg's deputy John Coale"],
    ['destination', text('LT'), 'Lithuania, where all of them were taken'],
    ['deal', ref('deal_kellogg_2025'), 'hours after US envoy Keith Kellogg held talks'],
  ]);
  b.facts('rel_2025_06_21', JUN_RU, [
    ['releasedCount', num(14), 'освободили 14 человек'],
    ['released', ref('per_tsikhanouski'), 'Сергей Тихановский'],
    ['destination', text('LT'), 'вывезли в Литву'],
  ]);
  b.fact('rel_2025_06_21', 'released', ref('per_tsikhanouski'), JUN_LAT, 'Siarhiej Cichanoŭski');
  b.fact('rel_2025_06_21', 'date', dv('2025-06-21'), JUN_LAT, '21 červienia 2025 hoda');
  b.entity('agg_2025_06_21', 'aggregate');
  b.facts('agg_2025_06_21', JUN, [
    ['release', ref('rel_2025_06_21'), 'Belarus freed 14 prisoners'],
    ['count', num(14), 'freed 14 prisoners'],
    ['status', text('released'), 'freed 14 prisoners'],
    ['country', text('BY'), 'Belarus'],
    ['date', dv('2025-06-21'), 'June 21'],
    ['member', ref('per_tsikhanouski'), 'among them opposition figure Siarhei Tsikhanouski'],
    ['member', ref('per_karnei'), 'Ihar Karnei was among those freed'],
    [
      'description',
      text('Belarusians and citizens of Japan, Poland, Latvia, Estonia, Sweden and the US.'),
      'citizens of Japan, Poland, Latvia, Estonia, Sweden and the United States',
    ],
  ]);
  // Two readings for the review queue: '13 other detainees' taken as the total, and an early
  // report that named Ihar Losik, who was in fact freed only on 11 September 2025.
  b.fact('rel_2025_06_21', 'releasedCount', num(13), JUN_EARLY, 'along with 13 other detainees', {
    state: 'proposed',
  });
  const losikInJune = b.fact(
    'rel_2025_06_21',
    'released',
    ref('per_losik'),
    JUN_EARLY,
    'Ihar Losik',
    {
      state: 'proposed',
    },
  );
  b.review(
    losikInJune,
    'rejected',
    'Losik was freed on 11 September 2025; the early report was wrong.',
  );

  names(b, 'per_tsikhanouski', [
    [TS_BE, 'Сяргей Ціханоўскі', 'official', 'be'],
    [JUN, 'Siarhei Tsikhanouski', 'official', 'en'],
    [JUN_RU, 'Сергей Тихановский', 'official', 'ru'],
    [JUN_LAT, 'Siarhiej Cichanoŭski', 'transliteration', 'be-Latn'],
    [JUN_EARLY, 'Sergei Tikhanovsky', 'press', 'en', { state: 'proposed' }],
  ]);
  b.facts('per_tsikhanouski', JUN, [
    ['occupation', text('blogger'), 'a blogger who wanted to run for president in 2020'],
    ['gender', text('male'), 'His wife'],
  ]);
  detention(b, 'det_tsikhanouski', TS_BE, {
    person: ['per_tsikhanouski', 'Яго затрымалі'],
    country: ['BY', 'ў Гродне'],
    arrestDate: ['2020-05-29', '29 мая 2020 года'],
    sentence: ['18 years', 'на 18 гадоў'],
  });
  b.fact('det_tsikhanouski', 'arrestDate', dv('2020-05'), JUN, 'arrested in May 2020');
  b.fact('det_tsikhanouski', 'place', text('Hrodna'), TS_BE, 'ў Гродне', { state: 'proposed' });
  statusChange(b, 'stc_tsikhanouski_detained', TS_BE, {
    person: ['per_tsikhanouski', 'Яго затрымалі'],
    date: ['2020-05-29', '29 мая 2020 года'],
    status: ['detained', 'затрымалі'],
  });
  statusChange(b, 'stc_tsikhanouski_sentenced', TS_BE, {
    person: ['per_tsikhanouski', 'асудзіў яго'],
    date: ['2021-12-14', '14 снежня 2021 года'],
    status: ['sentenced', 'асудзіў яго на 18 гадоў калоніі'],
  });
  statusChange(b, 'stc_tsikhanouski_expelled', JUN, {
    person: ['per_tsikhanouski', 'Siarhei Tsikhanouski'],
    date: ['2025-06-21', 'June 21'],
    status: ['expelled', 'Lithuania, where all of them were taken'],
    release: ['rel_2025_06_21', 'Belarus freed 14 prisoners on Saturday'],
    destination: ['LT', 'Lithuania'],
  });

  names(b, 'per_karnei', [
    [JUN, 'Ihar Karnei', 'official', 'en'],
    [JUN_RU, 'Игорь Карней', 'official', 'ru'],
  ]);
  b.fact('per_karnei', 'occupation', text('journalist'), JUN, 'Former RFE/RL journalist');
  statusChange(b, 'stc_karnei_expelled', JUN, {
    person: ['per_karnei', 'Ihar Karnei'],
    date: ['2025-06-21', 'June 21'],
    status: ['expelled', 'Lithuania, where all of them were taken'],
    release: ['rel_2025_06_21', 'Ihar Karnei was among those freed'],
    destination: ['LT', 'Lithuania'],
  });

  names(b, 'per_tsikhanouskaya', [
    [JUN, 'Sviatlana Tsikhanouskaya', 'official', 'en'],
    [JUN_RU, 'Светлана Тихановская', 'official', 'ru'],
    [TS_BE, 'Святлана Ціханоўская', 'official', 'be'],
    [JUN_LAT, 'Śviatłana Cichanoŭskaja', 'transliteration', 'be-Latn'],
  ]);
  b.facts('per_tsikhanouskaya', 'src_2024_08_16_pardon', [
    ['description', text('Belarusian opposition leader in exile.'), 'Opposition leader in exile'],
  ]);
  b.fact('per_tsikhanouskaya', 'gender', text('female'), JUN, 'His wife Sviatlana Tsikhanouskaya');
  b.fact('per_tsikhanouskaya', 'occupation', text('politician'), JUN, 'who ran in his place');
}
