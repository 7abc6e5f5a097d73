// People a release report names for what they are, not for being freed: a picture's credit
// after a wire agency's acronym, someone dead ('the late', 'покойный', 'الراحل'), an official
// whose Arabic or Persian title stands a few words before the name, and someone a full mention
// made the agent of a clause whom a bare surname later meets near a release word; a word of
// the day read as a name ('Bugün'), a list after a release that speaks of those still held, a
// place named after a saint, a body's name among a list of people, and who welcomes the news
// about a release ('przyjął wiadomość o uwolnieniu'), and people a pardon reaches who were
// sentenced without being held ('par contumace', 'in absentia').
// Every sentence is written for this test; the names are invented.
import { describe, expect, it } from 'vitest';
import { type FreedCase as Case, freed } from './freed-support.ts';

const cases: Case[] = [
  // A credit: agency acronyms and slashes before the name, in brackets or on a line of its own.
  {
    lang: 'es',
    text: 'Liberaron el domingo a Rosa Méndez y a Tomás Herrera tras dos años presos. Familiares celebran la excarcelación frente al penal (AFP/Julia Prado/)',
    freed: ['Rosa Méndez', 'Tomás Herrera'],
    notFreed: ['Julia Prado'],
  },
  {
    lang: 'pl',
    text: 'Jan Kowalski i Anna Lis wyszli w piątek na wolność, źródło zdjęcia: PAP/EPA/Igor Wiśniewski',
    freed: ['Jan Kowalski', 'Anna Lis'],
    notFreed: ['Igor Wiśniewski'],
  },
  // The dead: a word of death a few words before the name.
  {
    lang: 'en',
    text: 'Authorities freed Oleg Sokolov, a close ally of the late opposition leader Pavel Morozov, on Friday.',
    freed: ['Oleg Sokolov'],
    notFreed: ['Pavel Morozov'],
  },
  {
    lang: 'ru',
    text: 'На свободу вышел Олег Соколов, соратник покойного политика Павла Морозова.',
    freed: ['Олег Соколов'],
    notFreed: ['Павла Морозова'],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado Luis Mora, quien investigaba el crimen del fallecido periodista Andrés Vidal.',
    freed: ['Luis Mora'],
    notFreed: ['Andrés Vidal'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن سارة علي، ابنة أخ المعارض الراحل عمر حسن.',
    freed: ['سارة علي'],
    notFreed: ['عمر حسن'],
  },
  // Arabic and Persian roles a few words before the name, their complements between, and a
  // title that opens with a given name.
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن الصحفي سامر يوسف، وكتب مدير المرصد العربي للحريات الصحفية كريم ناصر أن الإفراج جاء متأخرا.',
    freed: ['سامر يوسف'],
    notFreed: ['كريم ناصر'],
  },
  {
    lang: 'ar',
    text: 'بموافقة المرشد الأعلى آية الله حسن رضائي أفرجت السلطات عن الناشطة مريم كاظمي.',
    freed: ['مريم كاظمي'],
    notFreed: ['حسن رضائي', 'آية الله'],
  },
  {
    lang: 'fa',
    text: 'به دستور رهبر جمهوری اسلامی علی رضایی، نرگس احمدی از زندان آزاد شد.',
    freed: ['نرگس احمدی'],
    notFreed: ['علی رضایی'],
  },
  // A word of the day opening a sentence is no given name.
  {
    lang: 'tr',
    text: 'Bakan açıkladı: "Bugün Ankara\'da gazeteci Deniz Arslan tahliye edildi."',
    freed: ['Deniz Arslan'],
    notFreed: ["Bugün Ankara'da", 'Bugün Ankara'],
  },
  // A list after a release that speaks of prisoners still held names no one freed.
  {
    lang: 'pl',
    text: 'W piątek uwolniono Jana Kowalskiego i Annę Lis. Rzecznik dodał, że nadal martwi go los innych więźniów, takich jak Piotr Zieliński i Marek Wójcik.',
    freed: ['Jana Kowalskiego', 'Annę Lis'],
    notFreed: ['Piotr Zieliński', 'Marek Wójcik'],
  },
  {
    lang: 'es',
    text: 'El domingo fueron excarcelados Rosa Méndez y Tomás Herrera. Siguen en prisión otros presos políticos como Julia Prado y Andrés Vidal.',
    freed: ['Rosa Méndez', 'Tomás Herrera'],
    notFreed: ['Julia Prado', 'Andrés Vidal'],
  },
  // A place named after a saint, and a body's name among a list of people.
  {
    lang: 'es',
    text: 'Rosa Méndez y Tomás Herrera salen del penal de San Martín de Porres tras ser excarcelados.',
    freed: ['Rosa Méndez', 'Tomás Herrera'],
    notFreed: ['Martín de Porres'],
  },
  {
    lang: 'tr',
    text: 'Takasla on kişi serbest bırakıldı. Takasta gazeteci Deniz Arslan, eski asker Emre Kaya, Alman vatandaşı Ali Demir, Rus muhalif Can Yıldız ve Rusya Dış İstihbarat Servisi subayı Oleg Petrov gibi isimler öne çıktı.',
    freed: ['Deniz Arslan', 'Emre Kaya', 'Oleg Petrov'],
    notFreed: ['Rusya Dış İstihbarat Servisi'],
  },
  // Who welcomes the news about a release, an abbreviation in the apposition between.
  {
    lang: 'pl',
    text: 'Również Piotr Zieliński, przewodniczący komisji ds. praw człowieka Sejmu, z radością przyjął wiadomość o uwolnieniu Jana Kowalskiego.',
    freed: ['Jana Kowalskiego'],
    notFreed: ['Piotr Zieliński'],
  },
  {
    lang: 'ru',
    text: 'Олег Смирнов, глава комитета по правам человека, с радостью встретил новость об освобождении Марии Ивановой.',
    freed: ['Марии Ивановой'],
    notFreed: ['Олег Смирнов'],
  },
  // People sentenced without being held: a pardon reaches them, it frees no one.
  {
    lang: 'fr',
    text: 'Le roi a gracié la journaliste Nadia Lefèvre, qui a quitté la prison lundi. La grâce a aussi bénéficié à des militants condamnés par contumace, dont Louis Bernard et Paul Girard.',
    freed: ['Nadia Lefèvre'],
    notFreed: ['Louis Bernard', 'Paul Girard'],
  },
  {
    lang: 'en',
    text: 'The president pardoned Sara Haddad, who walked out of prison on Monday. Exiled critics sentenced in absentia, such as Omar Khaled and Lina Aziz, were pardoned too.',
    freed: ['Sara Haddad'],
    notFreed: ['Omar Khaled', 'Lina Aziz'],
  },
  // The agent of a clause, met later by a bare surname beside a word of release.
  {
    lang: 'es',
    text: 'La solicitud fue presentada por Raúl Benítez ante el juzgado. Benítez se opuso a que el juez ordenara la liberación de Marta Solís, que quedó libre el viernes.',
    freed: ['Marta Solís'],
    notFreed: ['Raúl Benítez'],
  },
  // A role of two words or with an elided article, its body after it, then a comma and the name.
  {
    lang: 'it',
    text: 'Sono stati liberati 40 oppositori. Le liberazioni continuano dopo che ieri il procuratore generale del Paese, Marco Ferri, aveva annunciato la revisione di 300 casi di detenuti.',
    freed: [],
    notFreed: ['Marco Ferri'],
  },
  {
    lang: 'it',
    text: "Il direttore dell'associazione Voce Libera, Paolo Conti, ha diffuso l'elenco di 30 detenuti politici rilasciati ieri dal carcere di Rebibbia.",
    freed: [],
    notFreed: ['Paolo Conti'],
  },
];

describe('who a release report names without freeing', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 60)}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
});
