// Mediators, concessions, destinations and remaining figures in the wordings of many languages
// (issue 13, part 3). Sentences are our own; names and facts are from public reporting.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';
import { findDestinations } from '../../../src/core/extract/destinations.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { findMediators } from '../../../src/core/extract/mediators.ts';
import { findRemaining } from '../../../src/core/extract/remaining.ts';

const names = (s: string) => findMediators(s).map((m) => m.name);

describe('findMediators: names after a cue or a role', () => {
  it('passes over titles and a country that qualifies them', () => {
    expect(names('The deal was facilitated by U.S. President Donald Trump.')).toEqual([
      'Donald Trump',
    ]);
    expect(names('Решение принято по договоренности с президентом США Дональдом Трампом.')).toEqual(
      ['Дональдом Трампом'],
    );
    expect(names('Rozmowy prowadził specjalny wysłannik USA ds. Białorusi John Coale.')).toEqual([
      'John Coale',
    ]);
    expect(
      names('На днях специальный посланник США по Беларуси Джон Коул снова побывал в Минске.'),
    ).toEqual(['Джон Коул']);
  });

  it('keeps a surname that a list names in a title phrase (представитель Трампа)', () => {
    expect(
      names(
        'Помилование прошло по просьбе американского лидера Дональда Трампа, сообщили в Минске.',
      ),
    ).toEqual(['Дональда Трампа']);
  });

  it('reads a lowercase qualifier and an apposition', () => {
    expect(
      names("Il rilascio è arrivato dopo i colloqui con l'inviato statunitense John Coale."),
    ).toEqual(['John Coale']);
    expect(names('Rubio agradeció al presidente salvadoreño, Nayib Bukele, su ayuda.')).toEqual([
      'Nayib Bukele',
    ]);
    expect(
      names('Po wizycie w Mińsku wysłannika prezydenta Donalda Trumpa, Johna Coale’a.'),
    ).toEqual(['Johna Coale’a']);
  });

  it('names states and the Holy See after a cue in any language', () => {
    expect(names('Cuba anunció las excarcelaciones tras conversaciones con el Vaticano.')).toEqual([
      'Vaticano',
    ]);
    expect(names('Die Gefangenen kamen nach Verhandlungen mit den USA frei.')).toEqual(['USA']);
    expect(names('The priests left after an agreement with the Vatican.')).toEqual(['Vatican']);
  });

  it('reads the other side of an agreement with words between the noun and its with', () => {
    expect(
      names('I detenuti sono usciti dopo un accordo riservato con la Santa Sede, dice Managua.'),
    ).toEqual(['Santa Sede']);
    expect(
      names('Zwolnienie było skutkiem porozumienia zawartego przez władze w Mińsku z Watykanem.'),
    ).toEqual(['Watykanem']);
    expect(
      names('The prisoners went home after an agreement reached last week with Qatar.'),
    ).toEqual(['Qatar']);
    // A name right after the noun is the noun's own: the later 'с' belongs to another verb.
    expect(names('После переговоров США сняли санкции с компании Belavia в четверг.')).toEqual([]);
    // A complement after the noun makes it another deal: a swap's counterparts are no go-betweens.
    expect(names('Caracas freed them under an agreement of exchange with Qatar.')).toEqual([]);
    expect(names('Salieron gracias a un acuerdo de canje con Qatar.')).toEqual([]);
    // With an article the complement is one party, and the other is named after 'con'.
    expect(
      names(
        'Los sacerdotes partieron después de un acuerdo del ejecutivo nicaragüense con el Vaticano.',
      ),
    ).toEqual(['Vaticano']);
    // A stop or a comma ends the noun's phrase.
    expect(names('There was an agreement in principle, and talks with Qatar stalled.')).toEqual([
      'Qatar',
    ]);
    expect(names('Nobody mentioned the agreement. Later, with Qatar watching, they met.')).toEqual(
      [],
    );
  });

  it('reads a Turkish postposition after the name', () => {
    expect(names("Takas MİT'in koordinasyonunda Ankara'da yapıldı.")).toEqual(['MİT']);
  });

  it('does not take the releasing side, a counting group or an envoy’s principal', () => {
    expect(names('The release followed talks with Alexander Lukashenko in Minsk.')).toEqual([]);
    expect(names('Pedro pagó, de acuerdo con la información difundida por Foro Penal.')).toEqual(
      [],
    );
    expect(
      names('Los presos salieron tras negociaciones con el gobierno de Nicolás Maduro.'),
    ).toEqual([]);
    expect(names('He met an envoy of U.S. President Donald Trump on Thursday.')).toEqual([]);
    expect(names('Cuba lo acordó con la ONG Prisoners Defenders.')).toEqual([]);
  });

  it('reads a head of state named in the genitive after an envoy as the sender, in any language', () => {
    // No 'of' here: the title's case ending alone ties the name to 'president', not to the envoy.
    expect(names('V Minsku se je mudil odposlanec ameriškega predsednika Donalda Trumpa.')).toEqual(
      [],
    );
    expect(names('Do Mińska przyjechał wysłannik prezydenta Donalda Trumpa.')).toEqual([]);
    expect(names('Переговоры вёл посланник президента Дональда Трампа в пятницу.')).toEqual([]);
    // The envoy's own name after the principal's is still read, and so is one without a principal.
    expect(
      names('В Минск прилетел спецпосланник президента США Дональда Трампа Джон Коул.'),
    ).toEqual(['Джон Коул']);
    expect(names('Do Mińska przyjechał wysłannik USA John Coale.')).toEqual(['John Coale']);
  });
});

const to = (s: string, releaser: string | null = 'BY') =>
  findDestinations(s, releaser).map((d) => d.country);

describe('findDestinations: a border crossed, named by its country', () => {
  it('is the country of the border, the last of a pair, never the releaser', () => {
    expect(to('Ще вночі звільнені перетнули литовський кордон пішки.')).toEqual(['LT']);
    expect(to('Автобус перетнув білорусько-литовський кордон о дев’ятій.')).toEqual(['LT']);
    expect(to('Both coaches crossed the Belarusian border before noon.')).toEqual([]);
  });
});

describe('findDestinations: second countries and where people came from', () => {
  it('takes a second country joined by a conjunction or a dash', () => {
    expect(to('Most of the 123 were driven to Lithuania and Ukraine on Saturday.')).toEqual([
      'LT',
      'UA',
    ]);
    expect(to('Zostali oni przewiezieni na Litwę i na Ukrainę.')).toEqual(['LT', 'UA']);
    expect(to('Девять освобождённых отправлены в Литву, остальные – в Украину.')).toEqual([
      'LT',
      'UA',
    ]);
  });

  it('reads past the releasing country in a swap', () => {
    expect(
      to(
        'Ten of them were heading to Russia, while 13 went to Germany and three more to the United States.',
        'RU',
      ),
    ).toEqual(['DE', 'US']);
  });

  it('does not take the country they came from', () => {
    expect(to('Los migrantes fueron deportados desde Estados Unidos en marzo.', 'VE')).toEqual([]);
    expect(to('The plane brought home American teacher Marc Fogel.', 'RU')).toEqual([]);
  });

  it('does not join a country named after a comma without a preposition', () => {
    expect(to('The 52 were driven to Lithuania, Poland said.')).toEqual(['LT']);
  });
});

const held = (s: string) => findRemaining(s).map((r) => r.value);

describe('findRemaining: figures of political prisoners with their source', () => {
  it('takes a count of political prisoners attributed in any language', () => {
    expect(held('Según el Foro Penal, en Venezuela hay 1.887 presos políticos.')).toEqual([1887]);
    expect(
      held('Prisoners Defenders contabiliza 1.148 presos por razones políticas en toda Cuba.'),
    ).toEqual([1148]);
    expect(
      held(
        'Po podacima Viasne, bjeloruske vlasti i dalje drže više od 1.300 političkih zatvorenika.',
      ),
    ).toEqual([1300]);
    expect(
      held(
        'Some 22,000 political detainees were in custody, according to the AAPP monitoring group.',
      ),
    ).toEqual([22000]);
  });

  it('takes Hungarian "imprisoned for political reasons" as political prisoners', () => {
    expect(
      held(
        'A Vjaszna jogvédő központ szerint még mintegy 1150 politikai okokból elítélt embert tartanak fogva.',
      ),
    ).toEqual([1150]);
  });

  it('takes a total named before its figure', () => {
    expect(held('Según la ONG, el número total de presos políticos asciende a 1.887.')).toEqual([
      1887,
    ]);
  });

  it('leaves out the freed and vague words', () => {
    expect(held('Minsk Lets 52 Political Prisoners Go; Hundreds Remain Behind Bars')).toEqual([]);
    expect(held('Last week 52 prisoners were released and one is now back behind bars.')).toEqual(
      [],
    );
    expect(
      held('Según Foro Penal, la excarcelación de 24 presos políticos se confirmó hoy.'),
    ).toEqual([]);
    expect(
      held(
        'State television reported that Myanmar would free more than 2,100 political prisoners.',
      ),
    ).toEqual([]);
  });

  it('reads "deprived of liberty" as held', () => {
    expect(
      held(
        'Foro Penal contabiliza al menos 803 personas que permanecen privadas de libertad por razones políticas.',
      ),
    ).toEqual([803]);
  });
});

const kinds = (s: string) => findConcessions(s).map((c) => `${c.kind}:${c.target ?? ''}`);

describe('findConcessions: other languages and denials', () => {
  it('reads a delisting from the terrorism list in Spanish', () => {
    expect(
      kinds(
        'Biden decidió sacar a Cuba de la lista estadounidense de Estados patrocinadores del terrorismo.',
      ),
    ).toEqual(['diplomatic_step:terrorism list']);
  });

  it('reads swaps named in Spanish and Portuguese', () => {
    expect(
      kinds('El Salvador envió a casa a los venezolanos en un canje por diez estadounidenses.'),
    ).toEqual(['prisoner_exchange:']);
    expect(kinds('A Venezuela e os EUA fizeram uma troca de prisioneiros nesta sexta.')).toEqual([
      'prisoner_exchange:',
    ]);
  });

  it('reads relief in Russian and French wordings', () => {
    expect(kinds('США снимают санкции с белорусского калия.')).toEqual(['sanctions_relief:potash']);
    expect(kinds('Les sanctions contre la compagnie aérienne Belavia ont été levées.')).toContain(
      'sanctions_relief:Belavia',
    );
  });

  it('does not take the release itself as the other side of a swap', () => {
    expect(kinds('In exchange for the prisoner release, Washington will talk to Minsk.')).toEqual(
      [],
    );
  });

  it('drops a denial of a deal', () => {
    expect(kinds('He said the release was not done in exchange for lifting sanctions.')).toEqual(
      [],
    );
    expect(
      kinds('По словам Минска, освобождение никак не связано с переговорами о смягчении санкций.'),
    ).toEqual([]);
  });
});

describe('a possessive is no mediator', () => {
  it('reads the envoy, not the ministry that spoke after him', () => {
    const r = extractReport({
      text: "Belarus freed nine political prisoners on Saturday after talks with a US envoy, Lithuania's foreign ministry said.",
    });
    const names = r.releases[0]?.mediators.map((m) => m.name) ?? [];
    expect(names).not.toContain("Lithuania's");
  });
});

describe('findMediators: thanks for a part played, possessors, the Russian order', () => {
  it('reads whom a side thanked for a part in the deal, never thanks alone', () => {
    expect(
      names("The State Department thanked Oman's Foreign Minister Badr Albusaidi for his role."),
    ).toEqual(['Badr Albusaidi']);
    expect(names('The freed men thanked the Red Cross staff for the blankets.')).toEqual([]);
  });

  it('reads a body named before "выступила посредником"', () => {
    expect(names('Служба безопасности Омана выступила посредником в этом обмене.')).toEqual([
      'Служба безопасности Омана',
    ]);
  });
});

describe('a go-between named by surname alone after the full name', () => {
  const mediatorsOf = (text: string, language: string) =>
    extractReport({ text, language }).releases[0]?.mediators.map((m) => m.name);

  it('is the person the report named in full (English, Portuguese)', () => {
    expect(
      mediatorsOf(
        'Iran freed two French citizens, Cecile Kohler and Jacques Paris, on Friday. Omani Foreign Minister Badr Albusaidi had met both sides in Muscat. The French minister thanked Albusaidi for his help.',
        'en',
      ),
    ).toEqual(['Badr Albusaidi']);
    expect(
      mediatorsOf(
        'O Irã libertou dois cidadãos franceses, Cecile Kohler e Jacques Paris, na sexta-feira. O chanceler omanense Badr Albusaidi esteve com os dois lados. O ministro francês agradeceu a Albusaidi pela mediação.',
        'pt',
      ),
    ).toEqual(['Badr Albusaidi']);
  });
});
