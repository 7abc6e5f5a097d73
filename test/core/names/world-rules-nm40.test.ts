/**
 * The rules of the nm40 round (issue 14), each with pairs it must join and pairs it must keep
 * apart. Names are the team's own examples; most are constructed people.
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/index.ts';
import { innerTypo } from '../../../src/core/names/similarity.ts';

const decide = (a: string, b: string) => compareNames(a, b).decision;

describe("nm40: a man's surname in the genitive beside his given name", () => {
  it.each([
    ['Андрея Пивоварова', 'Andrei Pivovarov'],
    ['Константина Котова', 'Konstantin Kotov'],
    ['Ивана Соколова', 'Иван Соколов'],
    ['Романа Лапина', 'Roman Lapin'],
    ['Сергія Цигіпи', 'Serhiy Tsyhipa'],
    ['Андрія Мельника', 'Andriy Melnyk'],
  ])('%s / %s', (a, b) => {
    expect(decide(a, b)).toBe('match');
    expect(decide(b, a)).toBe('match');
  });

  it.each([
    ['Александра Федуту', 'Aleksandr Feduta'],
    ['Аляксандра Фядуту', 'Aliaksandr Feduta'],
  ])('%s / %s (a surname in -у tells the man)', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it.each([
    ['Александра Федута', 'Aleksandr Feduta', 'a nominative: a woman Aleksandra'],
    ['Андрея Пивоварова', 'Анна Пивоварова', 'his genitive, her nominative'],
    ['Ярослава Котова', 'Yaroslav Kotov', 'Ярослава is a woman as often'],
    ['Станислава Лапина', 'Stanislav Lapin', 'Станислава is a woman as often'],
    ['Ирина Котова', 'Ivan Kotov', 'a woman, brother and sister'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('nm40: a foreign surname in Georgian letters', () => {
  it.each([
    ['Konstantin Kotov', 'კონსტანტინ კოტოვი'],
    ['Andrei Pivovarov', 'ანდრეი პივოვაროვი'],
  ])('%s / %s (nominative -i)', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it('keeps a Georgian surname of its own whole, and a woman apart', () => {
    expect(decide('Mikheil Saakashvili', 'მიხეილ სააკაშვილი')).toBe('match');
    expect(decide('Andrei Pivovarov', 'ანდრეი პივოვაროვა')).not.toBe('match');
    expect(decide('Andrei Pivovarov', 'ანდრეი პივოვარენკო')).not.toBe('match');
  });
});

describe('nm40: French transcriptions', () => {
  it.each([
    ['Alexeï Pitchouguine', 'Alexei Pichugin'],
    ['Alexandre Douguine', 'Aleksandr Dugin'],
    ['Sergueï Tchernov', 'Sergei Chernov'],
    ['Serguei Tsyguipa', 'Serhiy Tsyhipa'],
    ['Guennadi Afanassiev', 'Hennadiy Afanasyev'],
  ])('%s / %s (tch, gu before e, i)', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it('keeps names apart that differ elsewhere', () => {
    expect(decide('Alexandre Douguine', 'Aleksandr Dubin')).not.toBe('match');
  });
});

describe('nm40: a typo inside a long given name', () => {
  it('is one letter dropped, added or swapped, never at the end', () => {
    expect(innerTypo('konstantin', 'konstanin')).toBe(true);
    expect(innerTypo('konstantin', 'konnstantin')).toBe(true);
    expect(innerTypo('aleksandr', 'aleksandra')).toBe(false);
    expect(innerTypo('stanislav', 'stanisla')).toBe(false);
    expect(innerTypo('stanislav', 'tanislav')).toBe(false);
    expect(innerTypo('nikita', 'nikta')).toBe(false);
  });

  it.each([
    ['Konstantin Kotov', 'Konstanin Kotov'],
    ['Valentina Sokolova', 'Valentna Sokolova'],
  ])('%s / %s', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it.each([
    ['Aleksandr Kotov', 'Aleksandra Kotova', 'brother and sister'],
    ['Stanislav Kotov', 'Stanislava Kotov', 'the ending tells'],
    ['Ruslan Kotov', 'Rusla Kotov', 'a short name'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('nm40: an English-led Hong Kong name against its English half', () => {
  it.each([
    ['Ivan Lam', 'Ivan Lam Long-yin'],
    ['Jimmy Lai', 'Jimmy Lai Chee-ying'],
  ])('%s / %s (a Chinese given name on one side, as a middle name)', (a, b) => {
    expect(decide(a, b)).toBe('match');
    expect(decide(b, a)).toBe('match');
  });

  it.each([
    ['Ivan Lam', 'Ivan Lin Long-yin', 'another surname'],
    ['Ivan Lam Kin-fung', 'Ivan Lam Long-yin', 'two Chinese given names'],
    ['Ivan Lam', 'Ian Lam Long-yin', 'another English name'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('nm40: -ovich and -evich', () => {
  it('are two families on one stem', () => {
    expect(decide('Yuras Ziankovich', 'Yuras Zinkevich')).not.toBe('match');
    expect(decide('Siarhei Klimovich', 'Siarhei Klimevich')).not.toBe('match');
    expect(decide('Юрась Зянковіч', 'Юрий Зенкович')).toBe('match');
    expect(decide('Mikalai Klimovich', 'Mikałaj Klimovič')).toBe('match');
  });
});

describe('nm40: Wade-Giles yen and yeh', () => {
  it.each([
    ['Zeng Jinyan', 'Tseng Chin-yen'],
    ['Ye Jianying', 'Yeh Chien-ying'],
    ['Li Yanping', 'Li Yen-p’ing'],
  ])('%s / %s', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it.each([
    ['Zeng Jinyun', 'Tseng Chin-yen', 'another syllable'],
    ['Ye Jianying', 'Ya Jianying', 'ya is no Wade-Giles ye'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe("nm40: Hong Kong people's own spellings of Cantonese syllables", () => {
  it.each([
    ['朱凱廸', 'Chu Hoi-dick', 'd for the Government t, -ck'],
    ['吳靄儀', 'Ng Ngoi-yee', 'ng- before o'],
    ['吳靄儀', 'Ng Oi-yee', 'the Government spelling'],
  ])('%s / %s (%s)', (a, b) => {
    expect(decide(a, b)).toBe('match');
  });

  it.each([
    ['朱凱廸', 'Chu Hoi-tak', 'another syllable'],
    ['吳靄儀', 'Ng Ngoi-yan', 'another syllable'],
    ['朱凱廸', 'Chu Koi-dick', 'k is no h'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('nm40: Lithuanian and Latvian nominative endings (baltic.ts)', () => {
  it.each([
    ['Sergejus Sokolovas', 'Sergei Sokolov', 'Lithuanian -ejus, -ovas'],
    ['Vasilijus Orlovskis', 'Vasily Orlovsky', 'Lithuanian -ijus, -skis'],
    ['Romanas Tichonovas', 'Роман Тихонов', 'a known given name with -as'],
    ['Piotras Jakubovičius', 'Piotr Yakubovich', '-ičius for -ich'],
    ['Demjanas Bednas', 'Demyan Bedny', 'Lithuanian -nas for the Russian adjectival -ный'],
    ['Sergejs Sokolovs', 'Sergei Sokolov', 'Latvian -ejs, -ovs'],
    ['Jurijs Tihonovs', 'Yury Tikhonov', 'Latvian -ijs'],
  ])('%s / %s (%s)', (a, b) => {
    expect(decide(a, b)).toBe('match');
    expect(decide(b, a)).toBe('match');
  });

  it.each([
    ['Sergejus Sokolovas', 'Sergei Sokolova', 'a woman'],
    ['Sergejus Sokolovas', 'Dmitry Sokolov', 'another given name'],
    ['Thomas Davis', 'Thom Davi', 'an English name is read as written'],
    ['Romanas Tichonovas', 'Roman Tikhomirov', 'another surname'],
  ])('%s / %s stay apart: %s', (a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });

  it('are found by a search', async () => {
    const { CandidateIndex } = await import('../../../src/core/names/index.ts');
    const index = new CandidateIndex();
    index.add('P1', 'Сергей Соколов');
    index.add('P2', 'Дмитрий Соколов');
    const hits = index.search('Sergejus Sokolovas');
    expect(hits[0]?.entityId).toBe('P1');
    expect(hits[0]?.decision).toBe('match');
    expect(hits.find((h) => h.entityId === 'P2')?.decision).not.toBe('match');
  });
});
