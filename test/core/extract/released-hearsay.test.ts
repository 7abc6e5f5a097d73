// Who a report does not assert was freed: names the writer passes on as hearsay ('reportedly',
// 'presumably', 'according to some reports') or wishes freed ('hopeful that'), releases recalled
// by their month alone, and lists of those still held. The annotation
// convention (bench/real/README.md): hedged names are left out; both sides of a swap are listed.
// Every sentence here is written for this test; names and events are from public reporting.
import { describe, expect, it } from 'vitest';
import { type FreedCase as Case, freed } from './freed-support.ts';

const hedged: Case[] = [
  {
    lang: 'en',
    text: 'Russia freed Evan Gershkovich and Paul Whelan on Thursday. In return, Moscow was reportedly handed Vadim Krasikov and Roman Seleznyov.',
    freed: ['Evan Gershkovich', 'Paul Whelan'],
    notFreed: ['Vadim Krasikov', 'Roman Seleznyov'],
  },
  {
    lang: 'en',
    text: 'Belarus released the lawyer Maxim Znak on Friday. Two more prisoners, presumably Ihar Losik and Andrei Aliaksandrau, were also let go, relatives said.',
    freed: ['Maxim Znak'],
    notFreed: ['Ihar Losik', 'Andrei Aliaksandrau'],
  },
  {
    lang: 'en',
    text: 'The pardoned activist Ales Pushkin walked out of prison on Monday. His editors remain hopeful that their reporter Ihar Losik will also be released soon.',
    freed: ['Ales Pushkin'],
    notFreed: ['Ihar Losik'],
  },
  {
    lang: 'es',
    text: 'Las autoridades liberaron este lunes al periodista Javier Álvarez. Según algunas versiones, también habría salido de la cárcel la activista Rocío San Miguel.',
    freed: ['Javier Álvarez'],
    notFreed: ['Rocío San Miguel'],
  },
  {
    lang: 'pt',
    text: 'A Rússia libertou nesta quinta-feira o jornalista Evan Gershkovich. Segundo alguns relatos, a jornalista Alsu Kurmasheva também foi libertada.',
    freed: ['Evan Gershkovich'],
    notFreed: ['Alsu Kurmasheva'],
  },
  {
    lang: 'ru',
    text: 'В четверг из колонии освобождены Илья Яшин и Владимир Кара-Мурза. По некоторым данным, в Россию в тот же день вывезли и Вадима Красикова.',
    freed: ['Илья Яшин', 'Владимир Кара-Мурза'],
    notFreed: ['Вадима Красикова'],
  },
  {
    lang: 'ru',
    text: 'Власти освободили Андрея Пивоварова. Также переданы еще двое, предположительно это Патрик Шебель и Демури Воронин.',
    freed: ['Андрея Пивоварова'],
    notFreed: ['Патрик Шебель', 'Демури Воронин'],
  },
  {
    lang: 'de',
    text: 'Die Behörden haben am Freitag den Journalisten Eskinder Nega freigelassen. Angeblich ist auch der Oppositionelle Jawar Mohammed freigekommen.',
    freed: ['Eskinder Nega'],
    notFreed: ['Jawar Mohammed'],
  },
  {
    lang: 'fr',
    text: "L'Iran a libéré vendredi le Belge Olivier Vandecasteele. Selon certaines informations, le Français Louis Arnaud aurait également été libéré.",
    freed: ['Olivier Vandecasteele'],
    notFreed: ['Louis Arnaud'],
  },
  {
    lang: 'it',
    text: 'Le autorità hanno scarcerato sabato la giornalista Cecilia Sala. A quanto pare anche il ricercatore Ahmadreza Djalali sarebbe stato liberato.',
    freed: ['Cecilia Sala'],
    notFreed: ['Ahmadreza Djalali'],
  },
  {
    lang: 'pl',
    text: 'Władze uwolniły w piątek Andrzeja Poczobuta. Podobno na wolność wyszedł też Ihar Losik.',
    freed: ['Andrzeja Poczobuta'],
    notFreed: ['Ihar Losik'],
  },
  {
    lang: 'nl',
    text: 'Iran heeft zaterdag de Zweed Johan Floderus vrijgelaten. Naar verluidt is ook Ahmadreza Djalali vrijgekomen.',
    freed: ['Johan Floderus'],
    notFreed: ['Ahmadreza Djalali'],
  },
];

// The hedge belongs to another part of the sentence, or to nobody freed: names stay.
const notHedged: Case[] = [
  {
    lang: 'en',
    text: 'Russia freed Evan Gershkovich on Thursday in a deal reportedly brokered by Turkey.',
    freed: ['Evan Gershkovich'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'Fueron excarcelados el sábado Félix Maradiaga y Tamara Dávila, y se espera que otros presos salgan la próxima semana.',
    freed: ['Félix Maradiaga', 'Tamara Dávila'],
    notFreed: [],
  },
  {
    lang: 'de',
    text: 'Der Journalist Andrzej Poczobut ist am Freitag freigelassen worden, berichteten Angehörige.',
    freed: ['Andrzej Poczobut'],
    notFreed: [],
  },
];

// A release announced for the report's own event ('serían liberados', 'soll freikommen') is not
// read as hearsay: its names are the event's (release-hearsay.ts).
describe('hedged names are not freed by that mention', () => {
  for (const c of hedged) {
    it(`${c.lang}: ${c.notFreed.join(', ')}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
  for (const c of notHedged) {
    it(`${c.lang}: a hedge elsewhere leaves ${c.freed.join(', ')}`, () => {
      expect(freed(c.text, c.lang)).toEqual(expect.arrayContaining(c.freed));
    });
  }
});

describe('lists of those still held', () => {
  it('en: "among those still imprisoned are" holds everyone it names', () => {
    const got = freed(
      'Azerbaijan pardoned the journalists Tofig Yagublu and Parviz Hashimli on Thursday. Among those still imprisoned are Nijat Aliyev, Araz Guliyev and Seymur Hazi.',
      'en',
    );
    expect(got).toEqual(expect.arrayContaining(['Tofig Yagublu', 'Parviz Hashimli']));
    for (const n of ['Nijat Aliyev', 'Araz Guliyev', 'Seymur Hazi']) expect(got).not.toContain(n);
  });
  it('en: "those still jailed include" as well', () => {
    const got = freed(
      'Saudi Arabia released the student Salma al-Shehab this week. Those still jailed include Mohammed al-Ghamdi, serving a long term for his posts.',
      'en',
    );
    expect(got).toContain('Salma al-Shehab');
    expect(got).not.toContain('Mohammed al-Ghamdi');
  });
});

// A release told by a month alone ('In June', 'en juin', 'w czerwcu') in a report whose own
// release is told by its weekday or day is an earlier one: who it freed is background.
const earlier: Case[] = [
  {
    lang: 'en',
    text: 'Belarus freed 52 prisoners on Thursday, among them Mikalai Statkevich. In June, Belarus had freed Siarhei Tsikhanouski and 13 others.',
    freed: ['Mikalai Statkevich'],
    notFreed: ['Siarhei Tsikhanouski'],
  },
  {
    lang: 'fr',
    text: "La Biélorussie a libéré jeudi 52 détenus, dont Mikola Statkevitch. En juin, le régime avait déjà relâché l'opposant Sergueï Tikhanovski.",
    freed: ['Mikola Statkevitch'],
    notFreed: ['Sergueï Tikhanovski'],
  },
  {
    lang: 'de',
    text: 'Belarus hat am Donnerstag 52 Gefangene freigelassen, darunter Mikola Statkewitsch. Im Juni war bereits der Oppositionelle Sergej Tichanowski freigekommen.',
    freed: ['Mikola Statkewitsch'],
    notFreed: ['Sergej Tichanowski'],
  },
  {
    lang: 'es',
    text: 'Bielorrusia liberó el jueves a 52 presos, entre ellos Mikola Statkévich. En junio ya había sido liberado el opositor Serguéi Tijanovski.',
    freed: ['Mikola Statkévich'],
    notFreed: ['Serguéi Tijanovski'],
  },
  {
    lang: 'pl',
    text: 'Białoruś uwolniła w czwartek 52 więźniów. Wśród uwolnionych jest Mikoła Statkiewicz. W czerwcu na wolność wyszedł Siarhiej Cichanouski.',
    freed: ['Mikoła Statkiewicz'],
    notFreed: ['Siarhiej Cichanouski'],
  },
  {
    lang: 'ru',
    text: 'В четверг Белоруссия освободила 52 заключенных, среди них Николай Статкевич. В июне был освобожден Сергей Тихановский.',
    freed: ['Николай Статкевич'],
    notFreed: ['Сергей Тихановский'],
  },
  {
    lang: 'it',
    text: 'La Bielorussia ha liberato giovedì 52 detenuti, tra cui Mikola Statkevich. A giugno era stato scarcerato Sergej Tikhanovsky.',
    freed: ['Mikola Statkevich'],
    notFreed: ['Sergej Tikhanovsky'],
  },
];

// The month is the report's own release, or a day goes with it: names stay.
const notEarlier: Case[] = [
  {
    lang: 'en',
    text: 'Belarus freed Siarhei Tsikhanouski on 21 June, after a visit by the US envoy Keith Kellogg.',
    freed: ['Siarhei Tsikhanouski'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'En junio, Bielorrusia liberó a Serguéi Tijanovski y a otros 13 presos tras la visita de un enviado estadounidense.',
    freed: ['Serguéi Tijanovski'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'El régimen excarceló el viernes a los sacerdotes Julio Norori y Osman Amador, detenidos en diciembre.',
    freed: ['Julio Norori', 'Osman Amador'],
    notFreed: [],
  },
  {
    lang: 'en',
    text: 'A court on Thursday ordered the release of Zana Kaya, former editor of a daily that was shut by decree in October.',
    freed: ['Zana Kaya'],
    notFreed: [],
  },
  {
    lang: 'el',
    text: 'Το δικαστήριο αποφάσισε την Πέμπτη την αποφυλάκιση του Αχμέτ Αλτάν, δημοσιογράφου της εφημερίδας που έκλεισε τον Οκτώβριο.',
    freed: ['Αχμέτ Αλτάν'],
    notFreed: [],
  },
];

describe('a release dated by its month alone, in a report dated by its day', () => {
  for (const c of earlier) {
    it(`${c.lang}: ${c.notFreed.join(', ')} is background`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
  for (const c of notEarlier) {
    it(`${c.lang}: ${c.freed.join(', ')} stays`, () => {
      expect(freed(c.text, c.lang)).toEqual(expect.arrayContaining(c.freed));
    });
  }
});

// Another country in the releaser's place, the report's own country named only aside: a side
// story's release ('let go by Russia, which backs Belarus').
describe("another country's release, the report's country named aside", () => {
  it('en: let go by Russia, which backs Belarus', () => {
    const got = freed(
      'Belarus released the journalist Andrei Kuznechyk on Wednesday. On Tuesday the American teacher Marc Fogel had been let go by Russia, which backs Belarus.',
      'en',
    );
    expect(got).toContain('Andrei Kuznechyk');
    expect(got).not.toContain('Marc Fogel');
  });
  it('en: the report’s country freeing in the same sentence keeps the name', () => {
    const got = freed(
      'Belarus freed the journalist Andrei Kuznechyk on Wednesday, a day after the teacher Marc Fogel left Russia.',
      'en',
    );
    expect(got).toContain('Andrei Kuznechyk');
  });
});
