/**
 * A ledger of persons held in BY since 2024-01-01, for tests of the held persons' ids (paging,
 * privacy): each person a name and one status change (detained, BY); a private one also has an
 * accepted `visibility: private` claim, so the public counts it without its id.
 *
 *   await importLedger(db, heldLedger(['per_a', 'per_b'], ['per_hidden']));
 */
import type { Claim } from '../../src/core/model/claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import type { Value } from '../../src/core/model/values.ts';
import type { EntityRecord } from '../../src/core/ports.ts';

const createdAt = '2024-12-01T00:00:00.000Z';
const author = { kind: 'import', name: 'held-ledger' } as const;
let n = 0;

function claim(
  subjectId: string,
  subjectType: Claim['subjectType'],
  property: string,
  value: Value,
): Claim {
  n += 1;
  return {
    id: `clm_held${String(n).padStart(6, '0')}`,
    subjectId,
    subjectType,
    property,
    value,
    sourceId: null,
    evidence: null,
    author,
    createdAt,
    confidence: 1,
    initialState: 'accepted',
    supersedes: null,
  };
}

/** The entities and claims that make person `id` held in BY from 2024-01-01. */
export function heldPerson(
  id: string,
  visibility?: 'private',
): { entities: EntityRecord[]; claims: Claim[] } {
  const change = `sc_${id}`;
  const entities: EntityRecord[] = [
    { id, type: 'person', createdAt },
    { id: change, type: 'status_change', createdAt },
  ];
  const claims = [
    claim(id, 'person', 'name', {
      type: 'name',
      name: { value: `Held ${id}`, script: 'latin', language: null, kind: 'official' },
    }),
    claim(change, 'status_change', 'person', { type: 'ref', id }),
    claim(change, 'status_change', 'status', { type: 'text', text: 'detained' }),
    claim(change, 'status_change', 'date', {
      type: 'date',
      date: { value: '2024-01-01', precision: 'day' },
    }),
    claim(change, 'status_change', 'country', { type: 'text', text: 'BY' }),
  ];
  if (visibility)
    claims.push(claim(id, 'person', 'visibility', { type: 'text', text: visibility }));
  return { entities, claims };
}

/** Published persons `ids` and private persons `privateIds`, all held in BY. */
export function heldLedger(ids: readonly string[], privateIds: readonly string[] = []): LedgerDump {
  const people = [
    ...ids.map((id) => heldPerson(id)),
    ...privateIds.map((id) => heldPerson(id, 'private')),
  ];
  return {
    format: 'habeas-ledger',
    version: 1,
    sources: [],
    entities: people.flatMap((p) => p.entities),
    claims: people.flatMap((p) => p.claims),
    reviews: [],
  };
}
