// FreshRead (src/app/fresh-read.ts): callers share reads, and never get one that started
// before they called (it could predate a commit they already saw).
import { describe, expect, it } from 'vitest';
import { FreshRead } from '../../src/app/fresh-read.ts';

/** A read whose every run waits until the test settles it; `runs` counts the runs. */
function controlled() {
  const pending: Array<{ resolve: (v: number) => void; reject: (e: Error) => void }> = [];
  const state = { runs: 0 };
  const read = () =>
    new Promise<number>((resolve, reject) => {
      state.runs++;
      pending.push({ resolve, reject });
    });
  return { read, pending, state };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('FreshRead', () => {
  it('gives callers arriving during a read the next read, one for all of them', async () => {
    const { read, pending, state } = controlled();
    const reads = new FreshRead(read);
    const first = reads.get();
    expect(state.runs).toBe(1);
    // The value in the database moves (a commit) while the first read runs.
    const later = [reads.get(), reads.get(), reads.get()];
    expect(state.runs).toBe(1);
    pending[0]!.resolve(1);
    expect(await first).toBe(1);
    await tick();
    expect(state.runs).toBe(2);
    pending[1]!.resolve(2);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    // Idle again: the next caller starts a read of its own.
    const alone = reads.get();
    expect(state.runs).toBe(3);
    pending[2]!.resolve(3);
    expect(await alone).toBe(3);
  });

  it('passes a failed read to its callers only; the next caller reads again', async () => {
    const { read, pending, state } = controlled();
    const reads = new FreshRead(read);
    const first = reads.get();
    const waiting = reads.get();
    pending[0]!.reject(new Error('connection terminated'));
    await expect(first).rejects.toThrow('connection terminated');
    await tick();
    pending[1]!.resolve(7);
    expect(await waiting).toBe(7);
    expect(state.runs).toBe(2);
  });

  it('survives a read that throws instead of rejecting', async () => {
    let fail = true;
    const reads = new FreshRead<number>(() => {
      if (fail) throw new Error('no connection');
      return Promise.resolve(1);
    });
    await expect(reads.get()).rejects.toThrow('no connection');
    fail = false;
    expect(await reads.get()).toBe(1);
  });
});
