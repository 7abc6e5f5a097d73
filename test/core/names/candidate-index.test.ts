import { describe, expect, it } from 'vitest';
import { CandidateIndex, Judgements } from '../../../src/core/names/index.ts';

function registry(judgements?: Judgements) {
  const index = new CandidateIndex(judgements ? { judgements } : {});
  const rows: Array<[string, string]> = [
    ['kalesnikava', 'Maria Kalesnikava'],
    ['kalesnikava', 'Марыя Калеснікава'],
    ['tsikhanouski', 'Siarhei Tsikhanouski'],
    ['tsikhanouski', 'Сяргей Ціханоўскі'],
    ['tsikhanouskaya', 'Sviatlana Tsikhanouskaya'],
    ['statkevich', 'Mikalai Statkevich'],
    ['losik', 'Ihar Losik'],
    ['losik-d', 'Darya Losik'],
    ['babaryka-v', 'Viktar Babaryka'],
    ['babaryka-e', 'Eduard Babaryka'],
    ['pushkin-a', 'Ales Pushkin'],
    ['pushkin-p', 'Aleksandr Pushkin'],
  ];
  for (const [id, alias] of rows) index.add(id, alias);
  return index;
}

describe('CandidateIndex', () => {
  it('counts aliases', () => {
    expect(registry().size).toBe(12);
  });

  it('finds a person from another script, system or inflected form', () => {
    const index = registry();
    expect(index.search('Мария Колесникова')[0]).toMatchObject({
      entityId: 'kalesnikava',
      decision: 'match',
    });
    expect(index.search('Sergei Tikhanovsky')[0]).toMatchObject({
      entityId: 'tsikhanouski',
      decision: 'match',
    });
    expect(index.search('Николая Статкевича')[0]).toMatchObject({
      entityId: 'statkevich',
      decision: 'match',
    });
    expect(index.search('KOLESNIKOVA Maria')[0]?.entityId).toBe('kalesnikava');
  });

  it('finds names filed in the scripts read this round, from their press spelling', () => {
    const index = new CandidateIndex();
    index.add('suu-kyi', 'အောင်ဆန်းစုကြည်');
    index.add('tohti', 'ئىلھام توختى');
    index.add('teltumbde', 'आनंद तेलतुम्बडे');
    index.add('nega', 'እስክንድር ነጋ');
    index.add('navalny', 'Alexei Navalny');
    const top = (q: string) => index.search(q)[0];
    expect(top('Aung San Suu Kyi')).toMatchObject({ entityId: 'suu-kyi', decision: 'match' });
    expect(top('Ilham Tohti')).toMatchObject({ entityId: 'tohti', decision: 'match' });
    expect(top('Anand Teltumbde')).toMatchObject({ entityId: 'teltumbde', decision: 'match' });
    expect(top('Eskinder Nega')).toMatchObject({ entityId: 'nega', decision: 'match' });
    expect(top('アレクセイ・ナワリヌイ')).toMatchObject({ entityId: 'navalny', decision: 'match' });
    expect(index.search('Win Myint')).toEqual([]);
  });

  it('finds a Han name from its Japanese or Cantonese reading, and the reading from the name', () => {
    const rows: Array<[string, string, string, string]> = [
      ['wong', '黃之鋒', 'Wong Chi-fung', 'reading:yue'],
      ['lai', '黎智英', 'Lai Chee-ying', 'reading:yue'],
      ['law', '羅冠聰', 'Nathan Law Kwun-chung', 'reading:yue'],
      ['kubota', '久保田徹', 'Toru Kubota', 'reading:ja'],
      ['hakamada', '袴田巌', 'Hakamada Iwao', 'reading:ja'],
    ];
    const han = new CandidateIndex();
    const latin = new CandidateIndex();
    for (const [id, h, l] of rows) {
      han.add(id, h);
      latin.add(id, l);
    }
    // Namesakes of the surname only: found by none of these queries.
    han.add('wong-km', '黃家明');
    latin.add('wong-km', 'Wong Ka-ming');
    latin.add('kubota-m', 'Masaki Kubota');
    for (const [id, h, l, rule] of rows) {
      const fromLatin = han.search(l);
      expect(fromLatin.map((x) => x.entityId)).toEqual([id]);
      expect(fromLatin[0]?.decision).toBe('match');
      const fromHan = latin.search(h);
      expect(fromHan.map((x) => x.entityId)).toEqual([id]);
      expect(fromHan[0]?.decision).toBe('match');
      // The evidence names the reading, as compare does.
      expect(fromHan[0]?.evidence.some((e) => e.note?.startsWith(rule))).toBe(true);
    }
    expect(han.search('Joshua Wong Chi-fung')[0]).toMatchObject({
      entityId: 'wong',
      decision: 'match',
    });
    expect(han.search('Kubota Tōru')[0]).toMatchObject({ entityId: 'kubota', decision: 'match' });
  });

  it('finds a name in Thai, which it cannot read, only from its own spelling', () => {
    const index = new CandidateIndex();
    index.add('arnon', 'อานนท์ นำภา');
    index.add('somchai', 'สมชาย ใจดี');
    expect(index.search('อานนท์ นำภา').map((h) => [h.entityId, h.decision])).toEqual([
      ['arnon', 'match'],
    ]);
    // Another name that any-ascii would read alike (smchay), and a Latin spelling.
    expect(index.search('สมชัย ใจดี')).toEqual([]);
    expect(index.search('Arnon Nampa')).toEqual([]);
  });

  it('returns one hit per entity, best alias first, with evidence', () => {
    const hits = registry().search('Maryia Kalesnikava');
    expect(hits.map((h) => h.entityId)).toEqual(['kalesnikava']);
    expect(hits[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('keeps relatives apart; a surname alone finds the whole family for review', () => {
    const index = registry();
    expect(index.search('Igor Losik').map((h) => h.entityId)).toEqual(['losik']);
    expect(index.search('Viktor Babariko').map((h) => h.entityId)).toEqual(['babaryka-v']);
    const family = index.search('Babariko', { includeNoMatch: true });
    expect(family.map((h) => h.entityId).sort()).toEqual(['babaryka-e', 'babaryka-v']);
    expect(family.every((h) => h.decision === 'review')).toBe(true);
  });

  it('finds initial queries as a match and surname-only queries for review', () => {
    const index = registry();
    expect(index.search('S. Tsikhanouski')[0]).toMatchObject({
      entityId: 'tsikhanouski',
      decision: 'match',
    });
    expect(index.search('Statkevich')[0]).toMatchObject({
      entityId: 'statkevich',
      decision: 'review',
    });
  });

  it('finds misspellings one consonant away', () => {
    const hits = registry().search('Mikalai Stakevich');
    expect(hits[0]?.entityId).toBe('statkevich');
  });

  it('obeys name judgements and entity judgements', () => {
    const judgements = new Judgements([
      { kind: 'names', a: 'Ales Pushkin', b: 'Aleksandr Pushkin', verdict: 'different' },
      { kind: 'entities', a: 'pushkin-a', b: 'pushkin-p', verdict: 'different' },
    ]);
    const plain = registry()
      .search('Ales Pushkin')
      .map((h) => h.entityId);
    expect(plain).toEqual(expect.arrayContaining(['pushkin-a', 'pushkin-p']));
    const index = registry(judgements);
    expect(index.search('Ales Pushkin').map((h) => h.entityId)).toEqual(['pushkin-a']);
    const asEntity = index
      .search('Alesь Pushkin', { entityId: 'pushkin-a' })
      .map((h) => h.entityId);
    expect(asEntity).not.toContain('pushkin-p');
  });

  it('widens a search with names judged the same person', () => {
    const judgements = new Judgements([
      { kind: 'names', a: 'Zianon Pazniak', b: 'Zenon Poznyak', verdict: 'same' },
    ]);
    const index = new CandidateIndex({ judgements });
    index.add('pazniak', 'Zenon Poznyak');
    expect(index.search('Zianon Pazniak')[0]).toMatchObject({
      entityId: 'pazniak',
      decision: 'match',
    });
  });

  it('respects the limit', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 30; i++) index.add(`e${i}`, 'Ivan Petrov');
    expect(index.search('Ivan Petrov', { limit: 5 })).toHaveLength(5);
  });
});
