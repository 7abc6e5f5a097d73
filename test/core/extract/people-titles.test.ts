// Names beside offices and organisations, and in quotes (people.ts, noun-led-people.ts,
// quoted-people.ts). Our own sentences.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { reportLexicon } from '../../../src/core/extract/language.ts';
import { nounLedPeople } from '../../../src/core/extract/noun-led-people.ts';
import { findPeople } from '../../../src/core/extract/people.ts';

const sentence = (text: string) => ({ text, start: 0, end: text.length, index: 0 });
const names = (text: string, language: string) => {
  const s = sentence(text);
  const people = findPeople(text, s);
  const lx = reportLexicon(text, language, []);
  return [...people, ...nounLedPeople(text, s, people, lx)].map((p) => p.name);
};

describe('names beside offices and organisations', () => {
  it('reads a name after a capitalised office inside a title', () => {
    expect(
      names(
        'Polis, Basın Derneği (BD) Eşbaşkanı Serdar Kaya, Yeni Haber Müdürü Safiye Demirtaş ile gözaltına aldı.',
        'tr',
      ),
    ).toEqual(expect.arrayContaining(['Serdar Kaya', 'Safiye Demirtaş']));
  });

  it('reads no person in an organisation’s name', () => {
    expect(names('Üyeleri Dicle Fırat Gazeteciler Derneği binasında toplandı.', 'tr')).toEqual([]);
    expect(names('Members of the Azerbaijan Popular Front Party met on Monday.', 'en')).toEqual([]);
  });

  it('reads no name after an office in a Title Case headline', () => {
    expect(
      names('Managua Bishop Álvarez Walks Free, Flown Abroad After Long Detention', 'en'),
    ).toEqual([]);
  });
});

describe('names in quotes', () => {
  const quoted = (text: string, language: string) => {
    const r = extractReport({ text, language, publishedAt: '2024-01-10' });
    return r.detentions.map((d) => [d.kind, d.person?.name ?? d.count?.value]);
  };

  it('reads no quoted offence as a name', () => {
    expect(quoted('He was sentenced for “Extremist Activity” to two years.', 'en')).toEqual([]);
    expect(
      quoted('وقررت المحكمة حبسه بتهمة «نشر أخبار كاذبة» لمدة عام.', 'ar').map(([, who]) => who),
    ).not.toContain('نشر أخبار كاذبة');
  });
});

describe('organisations opened by their noun', () => {
  it('reads no person in a party or movement named after its noun', () => {
    expect(
      names('Ayer arrestaron a un legislador del partido opositor Voluntad Popular.', 'es'),
    ).toEqual([]);
    expect(
      names('Es miembro del Movimiento Opositor Juventud Despierta desde 2019.', 'es'),
    ).toEqual([]);
  });
});

describe('organisations in brackets', () => {
  it('reads no person in a movement named in brackets after a name', () => {
    const r = extractReport({
      text: 'Los nuevos presos políticos son Luis Santos Caballero (Movimiento Opositor Juventud Despierta) y Leudys Reyes Cuza.',
      language: 'es',
      publishedAt: '2020-01-10',
    });
    expect(r.detentions.map((d) => d.person?.name)).not.toContain('Juventud Despierta');
  });
});

describe('roles in quotes', () => {
  it('makes a person after a quoted role an actor', () => {
    const s = sentence('Цю постанову підписав “суддя” Петро Коваленко.');
    const judge = findPeople(s.text, s).find((p) => p.name === 'Петро Коваленко');
    expect(judge?.role).toBe('actor');
  });
});
