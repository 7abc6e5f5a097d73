// Who is held, read from the grammar of the person's own clause (issue 20, det42): sentences in
// our own words, written from each language's grammar before dev was read.
// - Polarity: a negated event is none, wherever the language marks the negation (a particle
//   before the verb group; the Persian prefix on the light verb; the Turkish and Azerbaijani
//   suffix inside the verb), while a verbal noun that only looks negative ('tutuklanmasına')
//   stays an event.
// - Mood: an event asked for or only possible has not happened ('sought to have X sentenced',
//   'potrebbe essere arrestata', 'قد يتم اعتقال', 'ممکن است بازداشت شود', 'tutuklanabilir').
// - Finiteness in verb-final clauses: a participle or a noun after a preposition ('gözaltına
//   alınan', 'بازداشت‌شدگان', 'پس از این بازداشت‌ها') is not the news of the person a finite verb
//   governs, nor of a person carried from the sentence before.
// - Agency: a name marked as the agent ('X tarafından', 'به دستور X', 'بأمر من X', 'su ordine di
//   X') is not held.
// - Apposition: a judicial office after or before a name ('X, the judge', 'X المحامي العام',
//   'Savcı X') names who acts on the held.
// - A verb of saying that opens an event's phrase ('оголосили підозру') is no speech.
// - Word classes of fa, uk, it, ar, tr: light verbs and passives ('گردید', 'منتقل کردند'),
//   Ukrainian suspicion, Italian 'tratto in arresto', Arabic renewal of custody and death
//   sentences, Turkish spelled-apart 'göz altına' and perfect forms.
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../bench/real/score.ts';
import { extractReport } from '../../../src/core/extract/index.ts';

const mains = (text: string) =>
  extractReport({ text }).detentions.filter((d) => d.role === 'main' && d.person);

// [id, report]: no one is held in it.
const negated: [string, string][] = [
  ['en-not-been', 'Thomas Keller has not been charged, the ministry said.'],
  ['es-no-fue', 'Lucía Fernández no fue detenida durante la protesta.'],
  ['pt-nao-foi', 'Ana Souza não foi presa pela polícia.'],
  ['de-nicht', 'Karl Weber wurde nicht festgenommen, sagte die Polizei.'],
  ['uk-ne', 'Тараса Бойка не затримали на кордоні.'],
  ['ru-ne', 'Полиция не задержала Ивана Соколова на митинге в центре Москвы, сообщили его друзья.'],
  ['pl-nie', 'Anna Nowak nie została zatrzymana przez policję.'],
  ['ar-lam', 'لم يتم اعتقال الناشط سامي يوسف.'],
  ['fa-prefix', 'علی کریمی در تجمع بازداشت نشد.'],
  ['tr-suffix', 'Mehmet Kaya gözaltına alınmadı.'],
  ['it-non', 'Chiara Lombardi non è stata arrestata dalla polizia.'],
  // Already none before det42; kept as guards.
  ['en-did-not', 'Officers did not arrest Thomas Keller at the rally, his lawyer confirmed.'],
  ['az-suffix', 'Rəşad Əliyev həbs edilmədi.'],
  ['zh-meiyou', '王建国没有被逮捕。'],
];

// [id, kind, the one person held, report]
const held: [string, string, string, string][] = [
  // A verbal noun's -mA takes a possessive: no negation (a guard).
  [
    'tr-verbal-noun',
    'arrest',
    'Mehmet Kaya',
    "Mahkeme Mehmet Kaya'nın tutuklanmasına karar verdi.",
  ],
  [
    'fa-participle-noun',
    'transfer',
    'نرگس کریمی',
    'نرگس کریمی، از بازداشت‌شدگان اعتراضات آبان، به زندان قرچک منتقل شده است.',
  ],
  [
    'tr-participle',
    'transfer',
    'Mehmet Kaya',
    'Gözaltına alınan gazeteci Mehmet Kaya cezaevine nakledildi.',
  ],
  [
    'fa-carried-noun',
    'transfer',
    'نرگس کریمی',
    'نرگس کریمی به زندان اوین منتقل شد. خانواده او پس از این بازداشت‌ها نامه‌ای نوشتند.',
  ],
  [
    'tr-agent',
    'arrest',
    'Mehmet Kaya',
    'Ayşe Demir tarafından açılan davada Mehmet Kaya tutuklandı.',
  ],
  ['fa-agent', 'arrest', 'علی کریمی', 'به دستور حسن رضایی، علی کریمی در خانه‌اش بازداشت شد.'],
  ['ar-agent', 'arrest', 'سامي يوسف', 'اعتقل الناشط سامي يوسف في القاهرة بأمر من خالد منصور.'],
  ['it-agent', 'arrest', 'Luca Verdi', 'Luca Verdi è stato arrestato su ordine di Marco Neri.'],
  ['uk-speech-opens', 'charge', 'Тарас Бойко', 'Тарасу Бойку оголосили підозру в державній зраді.'],
  [
    'fa-gapped',
    'arrest',
    'علی کریمی',
    'علی کریمی روز دوشنبه در شیراز دستگیر و به زندان عادل‌آباد برده شد.',
  ],
  [
    'fa-active-transfer',
    'transfer',
    'علی کریمی',
    'ماموران علی کریمی را به زندان اوین منتقل کردند.',
  ],
  ['fa-gardid', 'sentence', 'علی کریمی', 'علی کریمی به شش سال زندان محکوم گردید.'],
  [
    'it-tratta',
    'arrest',
    'Chiara Lombardi',
    "La giornalista Chiara Lombardi è stata tratta in arresto all'aeroporto di Teheran.",
  ],
  [
    'it-indagata',
    'charge',
    'Chiara Lombardi',
    'La giornalista Chiara Lombardi è indagata per diffamazione a Milano.',
  ],
  ['ar-renewal', 'extension', 'سارة محمود', 'قررت النيابة تجديد حبس الناشطة سارة محمود 15 يوما.'],
  ['ar-death', 'sentence', 'سامي يوسف', 'قضت محكمة الجنايات بإعدام الناشط سامي يوسف.'],
  ['ar-referred', 'charge', 'سامي يوسف', 'أحيل الناشط سامي يوسف إلى المحاكمة.'],
  ['ar-awqafa', 'arrest', 'سامي يوسف', 'أوقف الأمن الناشط سامي يوسف في مطار القاهرة.'],
  ['tr-apart', 'arrest', 'Mehmet Kaya', 'Mehmet Kaya sabah saatlerinde göz altına alındı.'],
  ['tr-perfect', 'transfer', 'Mehmet Kaya', "Mehmet Kaya Silivri Cezaevi'ne nakledilmiş."],
  [
    'ar-judicial-apposition',
    'extension',
    'سارة محمود',
    'قررت النيابة تحت إشراف المستشار خالد منصور المحامي العام الأول تجديد حبس الناشطة سارة محمود 15 يوما.',
  ],
  [
    'tr-judicial-title',
    'sentence',
    'Mehmet Kaya',
    "Savcı Ayşe Demir'in talebiyle Mehmet Kaya iki yıl hapis cezasına çarptırıldı.",
  ],
  [
    'en-judicial-apposition',
    'sentence',
    'John Smith',
    'John Smith was sentenced to five years by Sarah Brown, the judge in the case.',
  ],
];

describe('a negated event holds no one', () => {
  it.each(negated)('%s', (_id, text) => {
    expect(mains(text).map((d) => `${d.kind}:${d.person!.name}`)).toEqual([]);
  });
});

describe('the person held and the event their clause tells', () => {
  it.each(held)('%s', (_id, kind, name, text) => {
    const got = mains(text).map((d) => ({ kind: d.kind, name: d.person!.name }));
    expect(got, JSON.stringify(got)).toHaveLength(1);
    expect(got[0]!.kind).toBe(kind);
    expect(sameName(got[0]!.name, [name]), got[0]!.name).toBe(true);
  });
});

// [id, report]: the event is only asked for or possible.
const hedged: [string, string][] = [
  ['en-sought', 'Prosecutors sought to have Thomas Keller sentenced to twelve years in prison.'],
  ['en-could', 'Thomas Keller could be arrested if he returns to the country.'],
  ['it-potrebbe', 'Chiara Lombardi potrebbe essere arrestata al suo rientro in Iran.'],
  ['es-podria', 'Lucía Fernández podría ser detenida al volver al país.'],
  ['ar-qad', 'قد يتم اعتقال الناشط سامي يوسف في أي لحظة.'],
  ['fa-momken', 'ممکن است علی کریمی دوباره بازداشت شود.'],
  ['tr-abil', 'Mehmet Kaya her an tutuklanabilir.'],
];

describe('an event only asked for or possible holds no one', () => {
  it.each(hedged)('%s', (_id, text) => {
    expect(mains(text).map((d) => `${d.kind}:${d.person!.name}`)).toEqual([]);
  });
});

// [id, kind, count, report]: a Persian participle after the counted noun describes the group;
// the count's event is the clause's finite verb.
const counted: [string, string, number, string][] = [
  [
    'fa-count-participle',
    'transfer',
    5,
    'پنج فعال کارگری بازداشت‌شده در تجمع روز کارگر به زندان اوین منتقل شدند.',
  ],
  [
    'fa-count-participle-apart',
    'transfer',
    3,
    'سه روزنامه‌نگار بازداشت شده در اعتراضات به زندان قرچک منتقل شدند.',
  ],
];

describe("a count's event is its clause's finite verb", () => {
  it.each(counted)('%s', (_id, kind, value, text) => {
    const got = extractReport({ text })
      .detentions.filter((d) => d.role === 'main' && d.count)
      .map((d) => `${d.kind}:${d.count!.value}`);
    expect(got).toEqual([`${kind}:${value}`]);
  });
});
