// Where the freed went, by the shape of the sentence rather than by any report's phrase: sentences
// written by the team in its own words, in many languages, one table per shape (issue 13).
import { describe, expect, it } from 'vitest';
import { findDestinations } from '../../../src/core/extract/destinations.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';

type Row = [language: string, sentence: string, releaser: string, goals: string[]];

const goals = ([language, s, releaser]: Row) =>
  [
    ...new Set(findDestinations(s, releaser, lexiconFor(['en', language])).map((d) => d.country)),
  ].sort();

function table(rows: Row[]) {
  it.each(rows)('%s: %s', (...row) => {
    expect(goals(row as Row)).toEqual([...row[3]].sort());
  });
}

describe('the freed went back home: a return verb and its goal', () => {
  table([
    [
      'en',
      'After 18 months in Evin, the two aid workers returned to France on Friday.',
      'IR',
      ['FR'],
    ],
    ['en', 'The cameraman is back in Poland, his editor said on Monday.', 'BY', ['PL']],
    ['en', 'The teacher came home to Germany late on Thursday night.', 'RU', ['DE']],
    [
      'es',
      'Los dos activistas volvieron a España tras salir de la cárcel de Caracas.',
      'VE',
      ['ES'],
    ],
    ['es', 'El periodista regresó a Colombia el sábado por la tarde.', 'VE', ['CO']],
    ['fr', "L'enseignante libérée est rentrée en France dimanche soir.", 'IR', ['FR']],
    ['fr', 'Le chercheur est de retour en Belgique depuis samedi.', 'IR', ['BE']],
    ['de', 'Der Student ist nach seiner Freilassung nach Deutschland zurückgekehrt.', 'RU', ['DE']],
    [
      'de',
      'Die beiden Frauen sind wieder in Deutschland, teilte das Auswärtige Amt mit.',
      'IR',
      ['DE'],
    ],
    ['it', 'Il cooperante è tornato in Italia ieri sera dopo la liberazione.', 'IR', ['IT']],
    ['it', 'La ricercatrice dovrebbe rientrare in Italia domani.', 'IR', ['IT']],
    ['pt', 'O jornalista voltou ao Brasil na manhã de sábado.', 'VE', ['BR']],
    ['pl', 'Uwolniony dziennikarz wrócił do Polski w piątek wieczorem.', 'BY', ['PL']],
    ['ru', 'Освобождённые граждане вернулись в Литву поздно вечером.', 'BY', ['LT']],
    ['ru', 'Журналистка уже вернулась на Украину вместе с мужем.', 'BY', ['UA']],
    ['uk', 'Звільнені полонені повернулися до України в суботу.', 'RU', ['UA']],
    ['uk', 'Наступного дня до Києва повернулися ще двоє звільнених.', 'RU', ['UA']],
    ['nl', 'De vrijgelaten hulpverlener is teruggekeerd naar België.', 'IR', ['BE']],
    ['nl', 'De twee vrouwen zijn sinds gisteren terug in Zweden.', 'IR', ['SE']],
    ['no', 'Forskeren kom tilbake til Sverige søndag kveld.', 'IR', ['SE']],
    ['ar', 'عاد الصحفي المفرج عنه إلى فرنسا مساء الجمعة.', 'IR', ['FR']],
    ['fa', 'این دو زندانی آزادشده روز جمعه به فرانسه بازگشتند.', 'IR', ['FR']],
    ['zh', '获释的记者周五返回日本。', 'CN', ['JP']],
    ['tr', 'Serbest bırakılan gazeteci dün akşam Almanya’ya döndü.', 'TR', ['DE']],
  ]);
});

describe('the freed arrived, or are now, somewhere', () => {
  table([
    ['en', 'The freed prisoners arrived in Vilnius on Thursday afternoon.', 'BY', ['LT']],
    ['en', 'All 52 of them are now in Lithuania, the embassy said.', 'BY', ['LT']],
    ['en', 'By nightfall the freed women found themselves in Poland with no papers.', 'BY', ['PL']],
    ['en', 'The freed sailors landed in Murmansk, in Russia, on Friday.', 'US', ['RU']],
    ['es', 'Los excarcelados llegaron a Madrid la madrugada del jueves.', 'VE', ['ES']],
    ['fr', 'Les deux Français libérés sont arrivés à Paris samedi.', 'IR', ['FR']],
    ['de', 'In Polen sind gestern Abend drei Freigelassene angekommen.', 'BY', ['PL']],
    ['de', 'Die Freigelassenen sind inzwischen in Vilnius angekommen.', 'BY', ['LT']],
    ['it', 'I detenuti liberati sono arrivati a Vilnius nella notte.', 'BY', ['LT']],
    ['pt', 'Os presos libertados chegaram a Lisboa ontem à noite.', 'VE', ['PT']],
    ['pl', 'Uwolnieni więźniowie dotarli do Wilna w czwartek.', 'BY', ['LT']],
    ['ru', 'Все трое освобождённых уже находятся в Польше.', 'BY', ['PL']],
    ['uk', 'Звільнені вже перебувають у Литві.', 'BY', ['LT']],
    ['tr', 'Serbest bırakılan mahkumlar Vilnius’a ulaştı.', 'BY', ['LT']],
    ['nl', 'De vrijgelaten gevangenen zijn in Vilnius aangekomen.', 'BY', ['LT']],
    ['ar', 'وصل المعتقلون المفرج عنهم إلى الدوحة مساء الخميس.', 'IR', ['QA']],
    ['fa', 'زندانیان آزادشده به دوحه رسیدند.', 'IR', ['QA']],
    ['zh', '获释人员已抵达立陶宛。', 'BY', ['LT']],
  ]);
});

describe('on a country’s soil: the goal named by its adjective', () => {
  table([
    ['en', 'By evening the teacher was back on American soil.', 'RU', ['US']],
    ['en', 'The plane touched down on Lithuanian territory shortly after noon.', 'BY', ['LT']],
    ['fr', "L'humanitaire a posé le pied sur le sol français dimanche.", 'IR', ['FR']],
    ['es', 'Los liberados ya están en suelo estadounidense.', 'VE', ['US']],
    ['it', 'I due connazionali sono atterrati sul suolo italiano.', 'IR', ['IT']],
    ['pt', 'O jornalista já está em solo americano.', 'RU', ['US']],
    ['nl', 'Sinds zondag staat de journalist weer op Amerikaanse bodem.', 'RU', ['US']],
    ['de', 'Am Abend war der Lehrer wieder auf amerikanischem Boden.', 'RU', ['US']],
    ['pl', 'Uwolnieni są już na terytorium Litwy.', 'BY', ['LT']],
    ['ru', 'Освобождённых доставили на территорию Литвы.', 'BY', ['LT']],
    ['ru', 'Освобождённые уже на литовской земле.', 'BY', ['LT']],
    ['uk', 'Звільнених доставили на територію України.', 'RU', ['UA']],
    ['uk', 'Звільнені вже на українській землі.', 'RU', ['UA']],
  ]);
});

describe('where they were held, passed through or spoke is no goal', () => {
  table([
    ['en', 'The teacher, held in Russia since 2021, was freed on Tuesday.', 'RU', []],
    ['en', 'The freed Americans were flown out of Russia on Thursday.', 'RU', []],
    ['en', 'They were flown via Istanbul to Vilnius.', 'BY', ['LT']],
    ['en', 'The exiled opposition leader, speaking in Vilnius, welcomed the release.', 'BY', []],
    ['en', 'He was arrested in Minsk after he returned from Poland in 2020.', 'BY', []],
    ['es', 'La activista, detenida en Cuba desde 2021, fue excarcelada el lunes.', 'CU', []],
    ['fr', 'Le chercheur a transité par Oman avant d’arriver à Bruxelles.', 'IR', ['BE']],
    ['de', 'Über Ankara wurden die Freigelassenen nach Moskau geflogen.', 'US', ['RU']],
    ['ru', 'Самолёт с освобождёнными через Анкару прилетел в Москву.', 'US', ['RU']],
    ['it', 'Dopo uno scalo ad Ankara, i prigionieri sono arrivati a Mosca.', 'US', ['RU']],
    ['pl', 'Z przesiadką w Stambule uwolnieni polecieli do Niemiec.', 'RU', ['DE']],
    ['es', 'Tras una escala en Estambul, los liberados llegaron a Berlín.', 'RU', ['DE']],
    ['en', 'After a stopover in Ankara the plane landed in Moscow.', 'US', ['RU']],
    ['pt', 'Ele voltou da Venezuela em 2019 e foi preso em Caracas.', 'VE', []],
    ['tr', 'Gazeteci, İran’da tutuklu kaldığı sekiz ayın ardından serbest bırakıldı.', 'IR', []],
    ['nl', 'Hij keerde in 2019 terug uit Iran, waar hij vastzat.', 'IR', []],
  ]);
});

// Report-level: a swap's venue, or a place the freed passed through, is where they changed
// planes, not where they went, once the report names the sides' own countries as goals.
const reportGoals = (text: string) =>
  (extractReport({ text }).releases.find((r) => r.role === 'main')?.destinations ?? [])
    .map((d) => d.country)
    .sort();

describe('a swap’s venue', () => {
  it('drops the venue of a swap once the sides’ countries are goals', () => {
    expect(
      reportGoals(
        'Russia and the United States swapped 24 prisoners on Thursday. All of them were first flown to Ankara, where the swap took place. ' +
          'In the exchange, sixteen of the freed were then flown on to Germany and the United States, and eight to Russia.',
      ),
    ).toEqual(['DE', 'RU', 'US']);
  });
  it('keeps a venue that is the only goal', () => {
    expect(
      reportGoals(
        'Rwanda freed the opposition leader on Friday. He is to be flown to Doha next week, his lawyer said.',
      ),
    ).toEqual(['QA']);
  });
});

describe('a place where the freed were held, or a hope to go, is no goal', () => {
  table([
    ['en', 'Washington secured the return of the Americans detained in Venezuela.', 'VE', []],
    [
      'es',
      'El acuerdo permitió el regreso de los migrantes encarcelados en El Salvador.',
      'VE',
      [],
    ],
    ['fr', 'Le retour des deux Français détenus en Iran reste incertain.', 'IR', []],
    ['it', 'Il ritorno dei cittadini detenuti in Egitto è atteso da mesi.', 'EG', []],
    ['de', 'Die Rückkehr der in Russland inhaftierten Deutschen wurde vereinbart.', 'RU', []],
    ['it', 'Lo studente spera di rientrare in Italia entro l’estate.', 'EG', []],
    ['en', 'He said he hopes to return to France before the summer.', 'IR', []],
    ['es', 'La periodista espera volver a España en los próximos días.', 'NI', []],
    ['fr', "L'ancien détenu espère rentrer en France la semaine prochaine.", 'IR', []],
    ['de', 'Er hofft, bald nach Deutschland zurückzukehren.', 'IR', []],
    ['ru', 'Он надеется вернуться в Литву как можно скорее.', 'BY', []],
    ['pl', 'Dziennikarz ma nadzieję wrócić do Polski przed świętami.', 'BY', []],
  ]);
});
