/** Shared by the store suites: fresh databases per test, records and claims to store. */
import { afterEach, beforeEach } from 'vitest';
import { SqlDatabase } from '../../../src/adapters/db/sql-database.ts';
import type { Claim } from '../../../src/core/model/claim.ts';
import { day } from '../../../src/core/model/dates.ts';
import { bool, date, name, num, ref, text } from '../../../src/core/model/values.ts';
import type { Database, EntityRecord } from '../../../src/core/ports.ts';
import type { OpenOptions } from '../../support/databases.ts';
import { makeClaim, makeName, resetFactories } from '../../support/factories.ts';

export type OpenDb = (options?: OpenOptions) => Promise<Database>;

export const at = '2025-09-12T09:00:00.000Z';
export const person = (id: string): EntityRecord => ({ id, type: 'person', createdAt: at });

export function raw(db: Database): SqlDatabase {
  if (!(db instanceof SqlDatabase)) throw new Error('expected a SqlDatabase');
  return db;
}

/** Opens a fresh database before each test and closes it after; returns a getter. */
export function freshDatabase(open: OpenDb, options?: () => OpenOptions): () => Database {
  let db: Database | null = null;
  beforeEach(async () => {
    resetFactories();
    db = await open(options?.());
  });
  afterEach(async () => {
    await db?.close();
    db = null;
  });
  return () => {
    if (!db) throw new Error('no database open');
    return db;
  };
}

/** One claim of every value type, with evidence and each kind of author. */
export function claimsOfEveryKind(subjectId: string, target: string, sourceId: string): Claim[] {
  const base = { subjectId, sourceId };
  return [
    makeClaim({
      ...base,
      value: name(makeName('Марыя Калеснікава', { language: 'be', kind: 'official' })),
      evidence: { start: 0, end: 5, quote: 'Fifty' },
    }),
    makeClaim({ ...base, property: 'birthYear', value: num(1982), confidence: 0.123456789 }),
    makeClaim({
      ...base,
      property: 'description',
      value: text('flautist'),
      author: { kind: 'user', id: 'usr_1' },
      initialState: 'accepted',
    }),
    makeClaim({
      ...base,
      subjectId: target,
      subjectType: 'status_change',
      property: 'person',
      value: ref(subjectId),
      author: { kind: 'import', name: 'csv' },
    }),
    makeClaim({
      ...base,
      subjectId: target,
      subjectType: 'status_change',
      property: 'date',
      value: date(day('2025-09-11')),
    }),
    // The store does not check the property schema (the core does): any value type goes.
    makeClaim({ ...base, property: 'flagged', value: bool(true), sourceId: null }),
  ];
}
