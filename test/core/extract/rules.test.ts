// One rule module at a time, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';
import { findCountCandidates } from '../../../src/core/extract/counts.ts';
import { findDestinations } from '../../../src/core/extract/destinations.ts';
import { findMediators } from '../../../src/core/extract/mediators.ts';
import { findPeople } from '../../../src/core/extract/people.ts';
import { findRemaining } from '../../../src/core/extract/remaining.ts';
import { splitSentences } from '../../../src/core/extract/text.ts';

function people(text: string) {
  return splitSentences(text)
    .flatMap((s) => findPeople(text, s))
    .map((p) => [p.name, p.role, p.descriptor]);
}
const counts = (s: string) => findCountCandidates(s).map((c) => c.value);

describe('findPeople', () => {
  it('finds names in Belarusian- and Russian-based spellings and in Cyrillic', () => {
    expect(
      people('Those freed included philosopher Uladzimir Matskevich and Vladimir Matskevich.'),
    ).toEqual([
      ['Uladzimir Matskevich', 'candidate', 'philosopher'],
      ['Vladimir Matskevich', 'candidate', null],
    ]);
    expect(people('Среди освобожденных журналист Игорь Лосик.')[0]?.slice(0, 2)).toEqual([
      'Игорь Лосик',
      'candidate',
    ]);
  });

  it("reads a name whose given name only the name engine's table knows", () => {
    // Neither 'Soulaimane' nor 'Loujain' is in the extractor's own lists, and neither surname
    // has a Slavic or Turkic ending: the engine's world table of given names is what finds them.
    expect(
      people('The court sentenced Soulaimane Raissouni; Loujain Hathloul stayed under a ban.').map(
        ([n]) => n,
      ),
    ).toEqual(['Soulaimane Raissouni', 'Loujain Hathloul']);
    // Words of three letters are left out of that table: 'Ben' here is no given name.
    expect(people('Talks were held at Ben Gurion airport.').map(([n]) => n)).toEqual([]);
  });

  it('knows envoys, leaders, spokespeople and spouses are not prisoners', () => {
    const roles = people(
      'US special envoy John Coale met Belarusian leader Alexander Lukashenko. A spokeswoman, Anna Krasulina, said Siarhei Tsikhanouski was freed. His wife, Sviatlana Tsikhanouskaya, greeted him.',
    ).map(([n, r]) => `${n}:${r}`);
    expect(roles).toEqual([
      'John Coale:actor',
      'Alexander Lukashenko:actor',
      'Anna Krasulina:actor',
      'Siarhei Tsikhanouski:candidate',
      'Sviatlana Tsikhanouskaya:actor',
    ]);
  });

  it('takes a former head or a presidential candidate for a prisoner, a sister for a relative', () => {
    const roles = people(
      'Помилованы бывший кандидат в президенты Виктор Бабарико и бывший глава банка Андрей Петров. Она связалась с сестрой Татьяной Хомич.',
    ).map(([n, r]) => `${n}:${r}`);
    expect(roles).toEqual([
      'Виктор Бабарико:candidate',
      'Андрей Петров:candidate',
      'Татьяной Хомич:relative',
    ]);
  });

  it('keeps descriptors such as age and occupation', () => {
    expect(
      people('Notably among the freed were 69-year-old philosopher Vladimir Matskevich.')[0]?.[2],
    ).toBe('69-year-old philosopher');
    expect(people('Ales Bialiatski, a Nobel Peace Prize laureate, was freed.')[0]?.[2]).toBe(
      'Nobel Peace Prize laureate',
    );
  });

  it('does not take organisations, places or titles for people', () => {
    expect(
      people(
        'Radio Free Europe and Human Rights Watch welcomed the Nobel Peace Prize committee in Minsk.',
      ),
    ).toEqual([]);
  });
});

describe('findPeople: where a name starts', () => {
  it('starts at the given name after an outlet or a party', () => {
    expect(
      people('The Belsat TV Katsiaryna Andreyeva case went to court.').map(([n]) => n),
    ).toEqual(['Katsiaryna Andreyeva']);
    expect(
      people('A leader of the Development Party Ali Aliyev was detained.').map(([n]) => n),
    ).toEqual(['Ali Aliyev']);
  });

  it('does not take an opening Cyrillic word before a surname for a given name', () => {
    expect(people('Впервые Струкова задержали в мае.')).toEqual([]);
    expect(people('Задержание Семченко прошло утром.')).toEqual([]);
    expect(people('Игорь Лосик вышел на свободу.').map(([n]) => n)).toEqual(['Игорь Лосик']);
  });
});

describe('findCountCandidates', () => {
  it('counts the freed, not sub-groups, ages, years or the remaining', () => {
    expect(counts('Belarus freed 52 prisoners, including 14 foreign nationals.')).toEqual([52]);
    expect(counts('The 69-year-old was freed in 2025.')).toEqual([]);
    expect(counts('Of the 123 people freed, 114 were handed over to Ukraine.')).toEqual([123]);
    expect(counts('52 were freed but more than 1,000 political prisoners remain in jail.')).toEqual(
      [52],
    );
  });

  it('adds the named person to "and 13 others"', () => {
    expect(counts('Belarus freed Siarhei Tsikhanouski and 13 other prisoners.')).toEqual([14]);
    expect(counts('He was freed together with 51 others.')).toEqual([52]);
    expect(counts('Освободили Анастасию Нафер и еще двух человек.')).toEqual([3]);
    // 'помиловании еще' ends in 'и' but holds no 'and': the figure stays as written.
    expect(counts('Он подписал указ о помиловании еще 37 человек.')).toEqual([37]);
  });

  it("skips the other side of a swap in every word list's words", () => {
    expect(counts('Pušteno je 16 zatvorenika u zamjenu za 8 državljana Rusije.')).toEqual([16]);
  });

  it('drops running totals', () => {
    expect(counts('Since July 2024, Belarus has freed more than 400 people.')).toEqual([]);
    expect(counts('The two sides swapped 24 prisoners in all.')).toEqual([]);
  });
});

describe('findConcessions', () => {
  it('finds sanctions relief with its target and grantor', () => {
    expect(findConcessions('Washington will lift sanctions on the airline Belavia.')).toMatchObject(
      [{ kind: 'sanctions_relief', target: 'Belavia', grantedBy: 'US' }],
    );
    expect(findConcessions('В ответ США сняли санкции с белорусского калия.')).toMatchObject([
      { kind: 'sanctions_relief', target: 'potash', grantedBy: 'US' },
    ]);
  });

  it('finds embassy steps, terror-list removal, swaps and money', () => {
    const kinds = (s: string) => findConcessions(s).map((c) => `${c.kind}:${c.target}`);
    expect(kinds('The US agreed to reopen its embassy in Minsk.')).toEqual([
      'diplomatic_step:embassy',
    ]);
    expect(kinds('Biden will remove Cuba from the list of state sponsors of terrorism.')).toEqual([
      'diplomatic_step:terrorism list',
    ]);
    expect(kinds('They were freed in exchange for eight Russians held in the West.')).toEqual([
      'prisoner_exchange:eight Russians held in the West',
    ]);
    expect(kinds('Qatar oversaw the transfer of $6 billion in frozen funds.')).toEqual([
      'financial:$6 billion',
    ]);
  });

  it('ignores talk about a possible step', () => {
    expect(
      findConcessions('They discussed reopening the US embassy and easing sanctions.'),
    ).toEqual([]);
    expect(findConcessions('European sanctions should stay in place.')).toEqual([]);
  });

  it("takes each language's relief words and hedges from its word list", () => {
    expect(findConcessions('SAD su ukinule sankcije na bjelorusku potašu.')).toMatchObject([
      { kind: 'sanctions_relief', target: 'potash' },
    ]);
    expect(findConcessions('Washington razmatra ukidanje sankcija.')).toEqual([]);
  });
});

describe('findMediators', () => {
  it('finds envoys by name and states that brokered', () => {
    const names = (s: string) => findMediators(s).map((m) => `${m.name}|${m.role}`);
    expect(names('after talks with special envoy John Coale')).toEqual([
      'John Coale|special envoy',
    ]);
    expect(names('a visit by John Coale, a U.S. envoy,')).toEqual(['John Coale|envoy']);
    expect(names('an exchange brokered by Qatar')).toEqual(['Qatar|mediator']);
    expect(names('talks mediated by the Vatican')).toEqual(['Vatican|mediator']);
    expect(names('со спецпосланником США Джоном Коулом')).toEqual([
      'Джоном Коулом|спецпосланником',
    ]);
    expect(names('Посредником в обмене выступила Турция.')).toEqual(['Турция|mediator']);
    expect(names('under a Vatican-brokered deal')).toEqual(['Vatican|mediator']);
    expect(names('with Turkish intelligence brokering the handover')).toEqual(['Turkey|mediator']);
  });
});

describe('findDestinations', () => {
  it('finds where the freed were taken, not where they were held', () => {
    const codes = (s: string) => findDestinations(s, 'BY').map((d) => d.country);
    expect(codes('Most were handed over to Ukraine and the rest taken to Lithuania.')).toEqual([
      'UA',
      'LT',
    ]);
    expect(codes('The prisoners were brought to Vilnius.')).toEqual(['LT']);
    expect(codes('Освобожденных вывезли в Литву.')).toEqual(['LT']);
    expect(codes('They were freed in Belarus and met in Minsk.')).toEqual([]);
  });

  it('reads a Hungarian place with its into-suffix on either side of the verb', () => {
    const codes = (s: string) => findDestinations(s, 'BY').map((d) => d.country);
    expect(codes('A foglyok már meg is érkeztek Litvániába.')).toEqual(['LT']);
    expect(codes('A szabadon engedetteket Vilniusba vitték.')).toEqual(['LT']);
    expect(codes('A foglyok Minszkben érkeztek meg.')).toEqual([]);
    expect(codes('Cuba deported them.')).toEqual([]);
  });
});

describe('findRemaining', () => {
  it("names the source after a word list's 'according to', not the words before it", () => {
    expect(
      findRemaining(
        'Prema podacima organizacije Memorijal, ruski zatvori drže više od 1.300 političkih zatvorenika.',
      ),
    ).toMatchObject([{ value: 1300, qualifier: 'more_than', attributedTo: 'Memorijal' }]);
  });

  it('finds how many remain and who says so', () => {
    expect(
      findRemaining('Human rights groups say more than a thousand people are still locked up.'),
    ).toMatchObject([{ value: 1000, qualifier: 'more_than', attributedTo: 'Human rights groups' }]);
    expect(
      findRemaining(
        'The rights group Viasna says Belarus still holds more than 1,100 political prisoners.',
      ),
    ).toMatchObject([{ value: 1100, qualifier: 'more_than', attributedTo: 'Viasna' }]);
    expect(findRemaining('Belarus freed 52 political prisoners on Thursday.')).toEqual([]);
    expect(
      findRemaining("'I am free,' she said after Saturday's release of 123 prisoners."),
    ).toEqual([]);
  });
});
