// One person a detention sentence does not name (issue 20, det45): an indefinite article and a
// noun saying who they are ('an activist', 'un manifestant') make an aggregate of one, as the
// annotations count them. Short reports in the team's own words.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';

const counts = (text: string) =>
  extractReport({ text })
    .detentions.filter((d) => d.role === 'main' && !d.person && d.count)
    .map((d) => [d.kind, d.count!.value]);

describe('an unnamed person is an aggregate of one', () => {
  it('reads the object of a verdict verb (English)', () => {
    expect(
      counts('A regional court on Tuesday sentenced an anti-war blogger to six years in prison.'),
    ).toContainEqual(['sentence', 1]);
  });

  it('reads the subject of a passive verdict (French)', () => {
    expect(counts('Un manifestant a été condamné à trois ans de prison ferme.')).toContainEqual([
      'sentence',
      1,
    ]);
  });

  it('reads an arrest (Spanish)', () => {
    expect(counts('La policía detuvo a una periodista en la capital el lunes.')).toContainEqual([
      'arrest',
      1,
    ]);
  });

  it('not when the sentence names the person', () => {
    expect(counts('A court sentenced an activist, Olga Petrova, to six years.')).toEqual([]);
    expect(counts('Olga Petrova, an activist, was sentenced to six years.')).toEqual([]);
  });

  it('not when the noun belongs to someone else', () => {
    expect(counts('The wife of a journalist was detained at the airport.')).toEqual([]);
  });

  it('not when the noun is far from the event word', () => {
    expect(
      counts(
        'An activist who had organised the vigil for the victims of the flood in the spring and led the marches in the capital through the summer was arrested.',
      ),
    ).toEqual([]);
  });
});
