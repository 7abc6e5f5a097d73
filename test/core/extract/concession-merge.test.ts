// One deal told several times is one concession; further sanctions are a second one (issue 13).
// Sentences are our own; the facts (potash, Belavia) are from public reporting.
import { describe, expect, it } from 'vitest';
import { FURTHER, mergeRelief } from '../../../src/core/extract/concession-merge.ts';
import { findConcessions } from '../../../src/core/extract/concessions.ts';
import type { Concession } from '../../../src/core/extract/contract.ts';

const reliefs = (s: string) =>
  findConcessions(s)
    .filter((c) => c.kind === 'sanctions_relief')
    .map((c) => c.target);

describe('findConcessions: other or further sanctions beside a named target', () => {
  const both = [
    'The United States lifted the sanctions on potash and promised to ease other restrictions later.',
    'США сняли санкции с калия и пообещали отменить другие ограничения.',
    'USA zniosły sankcje na potas i zapowiedziały zniesienie kolejnych sankcji.',
    'Die USA hoben die Sanktionen gegen Kali auf und kündigten die Aufhebung weiterer Sanktionen an.',
    "Les États-Unis ont levé les sanctions sur la potasse et lèveront d'autres sanctions.",
    'Washington levantó las sanciones a la potasa y levantará otras sanciones más adelante.',
    'Os EUA suspenderam as sanções sobre o potássio e vão retirar outras sanções.',
    'Gli Stati Uniti hanno revocato le sanzioni sulla potassa e toglieranno ulteriori sanzioni.',
    'ABD potas yaptırımlarını kaldırdı ve diğer yaptırımları da kaldıracak.',
    'رفعت الولايات المتحدة العقوبات عن البوتاس وسترفع العقوبات الأخرى لاحقا.',
    '美国解除了对钾肥的制裁，并将解除其他制裁。',
    'SAD su ukinule sankcije na potašu i najavile ukidanje drugih sankcija.',
    'JAV atšaukė sankcijas kalio trąšoms ir atšauks kitas sankcijas.',
    'De VS hieven de sancties tegen kali op en zullen ook andere sancties opheffen.',
    'Az Egyesült Államok feloldotta a káliumra vonatkozó szankciókat, és további szankciókat is felold.',
  ];
  it.each(both)('keeps the named relief and a further one: %s', (s) => {
    expect(reliefs(s)).toEqual(['potash', FURTHER]);
  });

  const onlyFurther = [
    'Washington will also lift further sanctions as relations improve.',
    'Вашингтон снимет и остальные санкции в течение года.',
    'Власти ожидают снятия и других ограничений.',
    'Washington levantó las sanciones adicionales.',
  ];
  it.each(onlyFurther)('marks a relief of further sanctions alone: %s', (s) => {
    expect(reliefs(s)).toEqual([FURTHER]);
  });

  const named = [
    'The US lifted sanctions on potash.',
    'США сняли санкции с калия.',
    'The EU and other Western states kept their sanctions, while the US lifted those on potash.',
    'Among other things, the US lifted sanctions on potash.',
  ];
  it.each(named)('finds no further step where other qualifies something else: %s', (s) => {
    expect(reliefs(s)).toEqual(['potash']);
  });
  it('reads other before a noun that is no sanction as no further step', () => {
    expect(reliefs('Washington lifted sanctions on Belavia and on other companies.')).toEqual([
      'Belavia',
    ]);
  });
});

const relief = (target: string | null): Concession => ({
  kind: 'sanctions_relief',
  grantedBy: 'US',
  target,
  description: '',
  evidence: { start: 0, end: 0, quote: '' },
});

function merged(...targets: (string | null)[]): (string | null)[] {
  const list: Concession[] = [];
  for (const t of targets) mergeRelief(list, relief(t));
  return list.map((c) => c.target);
}

describe('mergeRelief: one relief told twice is one', () => {
  it('folds bare sanctions into a named target, in either order', () => {
    expect(merged(null, 'potash')).toEqual(['potash']);
    expect(merged('potash', null)).toEqual(['potash']);
    expect(merged(null, null)).toEqual([null]);
  });
  it('takes the national airline and Belavia for one target', () => {
    expect(merged('airline', 'Belavia')).toEqual(['airline']);
    expect(merged('Belavia', 'airline')).toEqual(['Belavia']);
  });
  it('keeps further sanctions and distinct targets apart', () => {
    expect(merged('potash', FURTHER, null)).toEqual(['potash', FURTHER]);
    expect(merged('potash', 'Belavia')).toEqual(['potash', 'Belavia']);
  });
  it('leaves other kinds to the caller', () => {
    expect(mergeRelief([], { ...relief(null), kind: 'diplomatic_step' })).toBe(false);
  });
});
