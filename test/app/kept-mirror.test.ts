/**
 * The kept answers held in memory (src/app/read/kept-mirror.ts): what a catch-up drops, what
 * a late put may not bring back, and the memory bound. The store behind it is a fake of the
 * two reads the mirror makes (marks since a version, answers reading ids); the mirror on real
 * databases is exercised by read-models.test.ts and every route test.
 */
import { describe, expect, it } from 'vitest';
import { KeptMirror } from '../../src/app/read/kept-mirror.ts';

/** Marks by version and which kept answers read which ids. */
function fakeReads() {
  const marks: Array<{ id: string; version: number }> = [];
  const deps = new Map<string, { kind: string; scope: 'public' | 'staff'; id: string }[]>();
  return {
    marks,
    deps,
    reads: {
      changedSince: async (v: number) => marks.filter((m) => m.version > v).map((m) => m.id),
      readersOf: async (ids: readonly string[]) => ids.flatMap((id) => deps.get(id) ?? []),
    },
  };
}

const dossier = (id: string) => ({ kind: 'dossier.1', scope: 'public' as const, id });

describe('kept answers in memory', () => {
  it('drops the answers reading what changed, keeps the others', async () => {
    const f = fakeReads();
    const m = new KeptMirror(f.reads, 1_000_000);
    await m.advance(5);
    m.put(dossier('p1'), '{"a":1}', 5);
    m.put(dossier('p2'), '{"b":2}', 5);
    f.deps.set('claim-9', [dossier('p1')]);
    f.marks.push({ id: 'claim-9', version: 6 });
    await m.advance(6);
    expect(m.get(dossier('p1'))).toBeUndefined();
    expect(m.get(dossier('p2'))).toBe('{"b":2}');
  });

  it('drops everything on a merge or a change of policy', async () => {
    const f = fakeReads();
    const m = new KeptMirror(f.reads, 1_000_000);
    await m.advance(1);
    m.put(dossier('p1'), '{}', 1);
    f.marks.push({ id: 'policy', version: 2 });
    await m.advance(2);
    expect(m.get(dossier('p1'))).toBeUndefined();
  });

  it('refuses an answer read before a catch-up it might have missed', async () => {
    const f = fakeReads();
    const m = new KeptMirror(f.reads, 1_000_000);
    await m.advance(3);
    // Read valid at version 3, but the mirror moved to 4 before the put: the change at 4
    // may have touched it and was applied before the answer arrived.
    f.marks.push({ id: 'c', version: 4 });
    await m.advance(4);
    m.put(dossier('p1'), 'old', 3);
    expect(m.get(dossier('p1'))).toBeUndefined();
    m.put(dossier('p1'), 'new', 4);
    expect(m.get(dossier('p1'))).toBe('new');
  });

  it('keeps the kind within its share of the budget, least recently used out first', async () => {
    const f = fakeReads();
    // Dossiers get half of 4,000 bytes: 2,000, that is 1,000 UTF-16 units.
    const m = new KeptMirror(f.reads, 4_000);
    await m.advance(1);
    const body = 'x'.repeat(400);
    m.put(dossier('a'), body, 1);
    m.put(dossier('b'), body, 1);
    expect(m.get(dossier('a'))).toBe(body); // a is now the most recent
    m.put(dossier('c'), body, 1);
    expect(m.get(dossier('b'))).toBeUndefined();
    expect(m.get(dossier('a'))).toBe(body);
    expect(m.get(dossier('c'))).toBe(body);
    // An answer larger than the whole share is not held at all.
    m.put(dossier('huge'), 'y'.repeat(5_000), 1);
    expect(m.get(dossier('huge'))).toBeUndefined();
    expect(m.get(dossier('a'))).toBe(body);
  });

  it('brings concurrent readers to their version with one catch-up', async () => {
    const f = fakeReads();
    let asked = 0;
    const reads = {
      ...f.reads,
      changedSince: async (v: number) => {
        asked++;
        return f.reads.changedSince(v);
      },
    };
    const m = new KeptMirror(reads, 1_000_000);
    await m.advance(1);
    await Promise.all([m.advance(2), m.advance(2), m.advance(2)]);
    expect(asked).toBe(1);
  });
});
