/**
 * Sample actors (governments, envoys, an NGO, state companies), the deals of 2025 and their
 * concessions. Release events are declared in facts-2024.ts and facts-2025*.ts.
 */
import { ref, text } from '../../src/core/model/values.ts';
import { dv, names } from './helpers.ts';
import type { LedgerBuilder } from './ledger-builder.ts';

export const actorIds = {
  us: 'act_us_gov',
  by: 'act_by_gov',
  lukashenko: 'act_lukashenko',
  kellogg: 'act_kellogg',
  coale: 'act_coale',
  viasna: 'act_viasna',
  belavia: 'act_belavia',
  belaruskali: 'act_belaruskali',
  lt: 'act_lt_gov',
  ua: 'act_ua_gov',
} as const;

const W25_06 = 'src_2025_06_21_wire';
const W25_09 = 'src_2025_09_11_wire';
const W25_12 = 'src_2025_12_13_wire';

export function addActors(b: LedgerBuilder): void {
  const a = actorIds;
  for (const id of Object.values(a)) b.entity(id, 'actor');

  names(b, a.us, [
    [W25_06, 'United States', 'official', 'en'],
    ['src_2025_09_12_ru', 'США', 'official', 'ru'],
  ]);
  b.facts(a.us, W25_09, [
    ['kind', text('government'), 'Washington'],
    ['country', text('US'), 'Washington'],
  ]);

  names(b, a.by, [[W25_09, 'Belarus', 'official', 'en']]);
  b.facts(a.by, W25_09, [
    ['kind', text('government'), 'Belarus released 52'],
    ['country', text('BY'), 'Belarus'],
  ]);

  names(b, a.lukashenko, [
    [W25_06, 'Alexander Lukashenko', 'press', 'en'],
    ['src_2025_12_13_ru', 'Александр Лукашенко', 'official', 'ru'],
  ]);
  b.facts(a.lukashenko, 'src_2024_08_16_pardon', [
    ['kind', text('person'), 'Alexander Lukashenko'],
    ['country', text('BY'), "Belarus' leader"],
    ['role', text('leader of Belarus'), "Belarus' leader"],
  ]);

  names(b, a.kellogg, [
    [W25_06, 'Keith Kellogg', 'official', 'en'],
    ['src_2025_06_21_ru', 'Кит Келлог', 'transliteration', 'ru'],
    ['src_2025_06_be_latn', 'Kit Kielah', 'transliteration', 'be-Latn'],
  ]);
  b.facts(a.kellogg, 'src_2025_06_22_early', [
    ['kind', text('envoy'), 'US special envoy Keith Kellogg'],
    ['country', text('US'), 'US special envoy'],
    ['role', text('US special envoy'), 'US special envoy'],
  ]);

  names(b, a.coale, [
    [W25_09, 'John Coale', 'official', 'en'],
    ['src_2025_09_12_ru', 'Джон Коул', 'transliteration', 'ru'],
  ]);
  b.facts(a.coale, W25_12, [
    ['kind', text('envoy'), 'US special envoy John Coale'],
    ['country', text('US'), 'US special envoy'],
    ['role', text('US special envoy for Belarus'), 'US special envoy John Coale'],
  ]);

  names(b, a.viasna, [
    ['src_2024_07_04_kastusiou', 'Viasna', 'official', 'en'],
    ['src_2025_09_12_ru', 'Вясна', 'official', 'be'],
  ]);
  b.facts(a.viasna, 'src_profile_bialiatski', [
    ['kind', text('ngo'), 'Viasna human rights centre'],
    ['country', text('BY'), 'Viasna human rights centre'],
  ]);

  names(b, a.belavia, [
    [W25_09, 'Belavia', 'official', 'en'],
    ['src_2025_09_12_ru', 'Белавиа', 'official', 'ru'],
  ]);
  b.facts(a.belavia, W25_09, [
    ['kind', text('company'), 'the state airline Belavia'],
    ['country', text('BY'), 'the state airline Belavia'],
    ['role', text('state airline'), 'state airline'],
  ]);

  names(b, a.belaruskali, [[W25_12, 'Belaruskali', 'official', 'en']]);
  b.facts(a.belaruskali, W25_12, [
    ['kind', text('company'), 'the state producer Belaruskali'],
    ['country', text('BY'), 'Belarusian potash'],
    ['role', text('state potash producer'), 'Belarusian potash and on the state producer'],
  ]);

  names(b, a.lt, [[W25_06, 'Lithuania', 'official', 'en']]);
  b.facts(a.lt, W25_06, [
    ['kind', text('government'), 'thanked Lithuania'],
    ['country', text('LT'), 'Lithuania'],
  ]);

  names(b, a.ua, [[W25_12, 'Ukraine', 'official', 'en']]);
  b.facts(a.ua, W25_12, [
    ['kind', text('government'), 'Ukraine said'],
    ['country', text('UA'), 'Ukraine'],
  ]);
}

/** The three US-brokered deals of 2025; release events must already be declared. */
export function addDeals(b: LedgerBuilder): void {
  const a = actorIds;
  for (const id of ['deal_kellogg_2025', 'deal_belavia_2025', 'deal_potash_2025']) {
    b.entity(id, 'deal');
  }
  b.entity('con_belavia', 'concession');
  b.entity('con_potash', 'concession');

  b.facts('deal_kellogg_2025', W25_06, [
    ['title', text('Kellogg visit to Minsk, June 2025'), 'Keith Kellogg held talks'],
    ['party', ref(a.us), 'US envoy Keith Kellogg'],
    ['party', ref(a.by), 'Alexander Lukashenko in Minsk'],
    ['release', ref('rel_2025_06_21'), 'Belarus freed 14 prisoners on Saturday'],
    ['date', dv('2025-06-21'), 'June 21'],
  ]);

  b.facts('deal_belavia_2025', W25_09, [
    [
      'title',
      text('Prisoners for Belavia sanctions relief'),
      'under an agreement brokered by Washington',
    ],
    ['party', ref(a.us), 'Washington'],
    ['party', ref(a.by), 'Belarus released 52'],
    ['release', ref('rel_2025_09_11'), 'On Thursday, Belarus released 52 political prisoners'],
    ['concession', ref('con_belavia'), 'lifted part of its sanctions on the state airline Belavia'],
    ['date', dv('2025-09-11'), 'Sept 11'],
  ]);
  b.facts('con_belavia', W25_09, [
    ['kind', text('sanctions_relief'), 'lifted part of its sanctions'],
    ['grantedBy', ref(a.us), 'Washington'],
    ['target', text('Belavia'), 'Belavia'],
    ['date', dv('2025-09-11'), 'Sept 11'],
    [
      'description',
      text('The US lifted some of its sanctions on the state airline Belavia.'),
      'lifted part of its sanctions on the state airline Belavia',
    ],
  ]);

  b.facts('deal_potash_2025', W25_12, [
    ['title', text('Prisoners for potash sanctions relief'), 'Washington was lifting sanctions'],
    ['party', ref(a.us), 'Washington'],
    ['party', ref(a.by), 'Alexander Lukashenko'],
    ['release', ref('rel_2025_12_13'), 'Belarus released 123 prisoners on Saturday'],
    ['concession', ref('con_potash'), 'lifting sanctions on Belarusian potash'],
    ['date', dv('2025-12-13'), 'Dec 13'],
  ]);
  b.facts('con_potash', W25_12, [
    ['kind', text('sanctions_relief'), 'lifting sanctions'],
    ['grantedBy', ref(a.us), 'Washington'],
    [
      'target',
      text('Belaruskali (potash)'),
      'Belarusian potash and on the state producer Belaruskali',
    ],
    ['date', dv('2025-12-13'), 'Dec 13'],
    [
      'description',
      text('The US lifted sanctions on Belarusian potash and on the producer Belaruskali.'),
      'lifting sanctions on Belarusian potash and on the state producer Belaruskali',
    ],
  ]);
  b.fact('con_potash', 'grantedBy', ref(a.us), 'src_2025_12_13_ru', 'США в ответ отменили санкции');
}
