// Who a release sentence frees, read from each name's own clause (name-clause.ts): not a name
// whose release is asked for ('called for the release of X') beside one that is done, nor the
// agent of the clause ('confirmed by X', 'comunicata da X', 'X tarafından'). Every sentence is
// written for this test; the names are invented.
import { describe, expect, it } from 'vitest';
import { type FreedCase as Case, freed } from './freed-support.ts';

const cases: Case[] = [
  // A release asked for, beside one done.
  {
    lang: 'en',
    text: 'The government freed Sara Haddad on Sunday; Amnesty called for the release of Omar Khaled.',
    freed: ['Sara Haddad'],
    notFreed: ['Omar Khaled'],
  },
  {
    lang: 'es',
    text: 'El gobierno liberó a Rosa Méndez; la oposición pidió la liberación de Tomás Herrera.',
    freed: ['Rosa Méndez'],
    notFreed: ['Tomás Herrera'],
  },
  {
    lang: 'ru',
    text: 'Власти освободили Марию Иванову; правозащитники потребовали освободить Олега Смирнова.',
    freed: ['Марию Иванову'],
    notFreed: ['Олега Смирнова'],
  },
  {
    lang: 'fr',
    text: 'Nadia Lefèvre a été libérée lundi ; sa famille réclame la libération de Louis Bernard.',
    freed: ['Nadia Lefèvre'],
    notFreed: ['Louis Bernard'],
  },
  {
    lang: 'it',
    text: 'Il governo ha liberato Giulia Conti; i parenti chiedono la liberazione di Paolo Greco.',
    freed: ['Giulia Conti'],
    notFreed: ['Paolo Greco'],
  },
  {
    lang: 'de',
    text: 'Die Regierung hat Maria Weber freigelassen; Amnesty forderte die Freilassung von Thomas Wolf.',
    freed: ['Maria Weber'],
    notFreed: ['Thomas Wolf'],
  },
  {
    lang: 'tr',
    text: 'Ayşe Kaya tahliye edildi; ailesi Ali Çelik için de serbest bırakılma talep etti.',
    freed: ['Ayşe Kaya'],
    notFreed: ['Ali Çelik'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن سارة علي؛ طالبت منظمات حقوقية بالإفراج عن عمر حسن.',
    freed: ['سارة علي'],
    notFreed: ['عمر حسن'],
  },
  // The agent of the clause: who announces or grants the release.
  {
    lang: 'en',
    text: 'The release of Maria Lopez was confirmed on Monday by Daniel Brooks.',
    freed: ['Maria Lopez'],
    notFreed: ['Daniel Brooks'],
  },
  {
    lang: 'it',
    text: 'La scarcerazione di Marco Bianchi è stata comunicata ieri da Luca Romano.',
    freed: ['Marco Bianchi'],
    notFreed: ['Luca Romano'],
  },
  {
    lang: 'es',
    text: 'La excarcelación de Rosa Méndez fue confirmada el martes por Tomás Herrera.',
    freed: ['Rosa Méndez'],
    notFreed: ['Tomás Herrera'],
  },
  {
    lang: 'fr',
    text: 'La libération de Karim Benali a été annoncée jeudi par Samir Haddad.',
    freed: ['Karim Benali'],
    notFreed: ['Samir Haddad'],
  },
  {
    lang: 'de',
    text: 'Die Freilassung von Anna Keller wurde durch Peter Braun bestätigt.',
    freed: ['Anna Keller'],
    notFreed: ['Peter Braun'],
  },
  {
    lang: 'tr',
    text: 'Ayşe Kaya serbest bırakıldı; karar Mehmet Demir tarafından açıklandı.',
    freed: ['Ayşe Kaya'],
    notFreed: ['Mehmet Demir'],
  },
  {
    lang: 'ar',
    text: 'تم الإفراج عن سارة علي أمس، وتم الإعلان عن ذلك من قبل عمر حسن.',
    freed: ['سارة علي'],
    notFreed: ['عمر حسن'],
  },
  // Not an agent: 'por su parte' sets the speaker apart; 'dal carcere' is where from.
  {
    lang: 'it',
    text: 'È stato scarcerato dal carcere di Opera il giornalista Marco Bianchi.',
    freed: ['Marco Bianchi'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'Luis Mora fue excarcelado el lunes. "Estoy feliz", dijo por su parte Luis Mora a la prensa.',
    freed: ['Luis Mora'],
    notFreed: [],
  },
];

describe('who is freed, read from the name’s own clause', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 60)}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
});
