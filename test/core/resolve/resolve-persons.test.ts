import { describe, expect, it } from 'vitest';
import { ActorRegistry, actorKey, PersonRegistry } from '../../../src/core/resolve/index.ts';

describe('PersonRegistry', () => {
  it('matches spellings across scripts and keeps the evidence', () => {
    const r = new PersonRegistry();
    r.addName('per_losik', 'Ihar Losik');
    for (const m of ['Igor Losik', 'Игорь Лосик', 'Ihor Lossik']) {
      const res = r.resolve(m);
      expect(res).toMatchObject({ decision: 'match', personId: 'per_losik' });
      expect(res.score).toBeGreaterThanOrEqual(0.88);
      expect(res.evidence.length).toBeGreaterThan(0);
    }
  });

  it('sends a doubtful name to review and an unknown one to a new person', () => {
    const r = new PersonRegistry();
    r.addName('per_d', 'Dzmitry Dashkevich');
    // A consonant lost from the surname (sh -> s) is doubtful; 'Dashkevic', a Czech-style
    // spelling without the háček, is read as the same name.
    expect(r.resolve('Dmitri Daskevich')).toMatchObject({
      decision: 'review',
      candidateId: 'per_d',
      personId: null,
    });
    expect(r.resolve('Maria Kalesnikava')).toMatchObject({ decision: 'new', personId: null });
  });

  it('follows merges to the survivor and prefers an exact spelling judged different', () => {
    const r = new PersonRegistry();
    r.addName('per_d', 'Dzmitry Dashkevich');
    r.addName('per_press', 'Dmitri Dashkevic');
    r.setDifferent('per_press', 'per_d');
    expect(r.resolve('Dmitri Dashkevic')).toMatchObject({
      decision: 'match',
      personId: 'per_press',
    });
    r.setMerged('per_press', 'per_d');
    expect(r.resolve('Dmitri Dashkevic')).toMatchObject({ decision: 'match', personId: 'per_d' });
    r.setMerged('per_d', 'per_press');
    expect(['per_d', 'per_press']).toContain(r.survivor('per_d'));
  });
});

describe('ActorRegistry', () => {
  it('finds actors by folded name and by a person-name match', () => {
    const a = new ActorRegistry();
    a.addName('act_v', 'the Vatican');
    a.addName('act_c', 'John Coale');
    expect(actorKey('The Vatican')).toBe('vatican');
    expect(a.resolve('Vatican').actorId).toBe('act_v');
    expect(a.resolve('Qatar').actorId).toBeNull();
    expect(a.resolve('John Coale').actorId).toBe('act_c');
  });
});
