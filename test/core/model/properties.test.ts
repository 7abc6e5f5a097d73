import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../src/core/model/claim.ts';
import { day } from '../../../src/core/model/dates.ts';
import {
  checkPropertyValue,
  InvalidClaimError,
  isPrivateProperty,
  privateProperties,
  schema,
  statuses,
} from '../../../src/core/model/properties.ts';
import { date, num, ref, text } from '../../../src/core/model/values.ts';

describe('schema', () => {
  it('covers every entity type', () => {
    for (const t of entityTypes) expect(Object.keys(schema[t]).length).toBeGreaterThan(0);
  });

  it('lists every private property as data, exactly those isPrivateProperty refuses', () => {
    const listed = privateProperties();
    expect(listed).toContainEqual({ subjectType: 'person', property: 'familyContact' });
    expect(listed).toContainEqual({ subjectType: 'release_event', property: 'assignment' });
    for (const t of entityTypes)
      expect(listed).toContainEqual({ subjectType: t, property: 'visibility' });
    const all = entityTypes.flatMap((t) => Object.keys(schema[t]).map((p) => [t, p] as const));
    expect(all.filter(([t, p]) => isPrivateProperty(t, p)).length).toBe(listed.length);
    for (const { subjectType, property } of listed)
      expect(isPrivateProperty(subjectType, property)).toBe(true);
    expect(listed).not.toContainEqual({ subjectType: 'person', property: 'name' });
  });

  it('lets refusing exile and re-arrest be recorded as statuses', () => {
    expect(statuses).toContain('refused_exile');
    expect(statuses).toContain('re_arrested');
  });
});

describe('checkPropertyValue', () => {
  it('returns the spec of a valid value', () => {
    expect(checkPropertyValue('release_event', 'releasedCount', num(52)).cardinality).toBe('one');
    expect(checkPropertyValue('person', 'occupation', text('journalist')).cardinality).toBe('many');
    expect(checkPropertyValue('status_change', 'date', date(day('2025-09-11'))).type).toBe('date');
  });

  it('names an unknown property and lists the known ones', () => {
    expect(() => checkPropertyValue('person', 'shoeSize', num(42))).toThrow(
      /unknown property 'shoeSize' for person \(known: name, gender, birthYear/,
    );
  });

  it('does not take prototype names for properties', () => {
    expect(() => checkPropertyValue('person', 'constructor', text('x'))).toThrow(
      "unknown property 'constructor' for person",
    );
    expect(() => checkPropertyValue('person', 'toString', text('x'))).toThrow(InvalidClaimError);
  });

  it('names an unknown entity type', () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bad input from outside
    expect(() => checkPropertyValue('planet' as any, 'name', text('x'))).toThrow(
      "unknown entity type 'planet'",
    );
  });

  it('names the property when the value type is wrong', () => {
    expect(() => checkPropertyValue('person', 'birthYear', text('1962'))).toThrow(
      'person.birthYear takes a number value, got text',
    );
    expect(() => checkPropertyValue('detention', 'person', text('per_1'))).toThrow(
      'detention.person takes a ref value, got text',
    );
  });

  it('names the property and the allowed words for a closed vocabulary', () => {
    expect(() => checkPropertyValue('status_change', 'status', text('freed'))).toThrow(
      /status_change\.status must be one of detained, .*; got 'freed'/,
    );
    expect(() => checkPropertyValue('concession', 'kind', ref('x'))).toThrow(InvalidClaimError);
  });

  it('refuses numbers that are not finite', () => {
    expect(() => checkPropertyValue('release_event', 'releasedCount', num(Number.NaN))).toThrow(
      'release_event.releasedCount must be a finite number',
    );
    expect(() => checkPropertyValue('person', 'birthYear', num(Infinity))).toThrow(
      'person.birthYear',
    );
  });
});
