import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentKey, jobIdFor } from '../../../src/adapters/jobs/job-key.ts';
import { JobQueue, type JobStatus, jobSchema } from '../../../src/adapters/jobs/queue.ts';
import { postgresNotConfigured, postgresTestUrl } from '../../support/databases.ts';
import { type FreshDatabase, freshDatabase } from './fresh-database.ts';

describe('job keys', () => {
  it('are the same for equal content whatever the key order, and differ otherwise', () => {
    const a = contentKey({ url: 'https://x.example/1', text: 'Ten freed.' });
    expect(contentKey({ text: 'Ten freed.', url: 'https://x.example/1' })).toBe(a);
    expect(contentKey({ text: 'Ten freed.', url: 'https://x.example/2' })).not.toBe(a);
    expect(contentKey({ text: 'Ten freed.', title: undefined })).toBe(
      contentKey({ text: 'Ten freed.' }),
    );
  });

  it('make valid UUIDs', () => {
    const id = jobIdFor(contentKey({ text: 'x' }));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

const url = postgresTestUrl();
if (!url) {
  describe('job queue on PostgreSQL', () => postgresNotConfigured('job queue'));
} else {
  describe('job queue on PostgreSQL', () => {
    let db: FreshDatabase;
    let queue: JobQueue<{ text: string }, { length: number }>;

    beforeAll(async () => {
      db = await freshDatabase(url);
      queue = await JobQueue.open({ databaseUrl: db.url, queue: 'test-queue', retryLimit: 0 });
    });
    afterAll(async () => {
      await queue?.stop(5000);
      await db?.drop();
    });

    it('enqueues each content once, processes each job once, reports outputs', async () => {
      const items = ['one', 'two', 'three', 'two'].map((text) => ({ text }));
      const first = await queue.enqueue(items);
      expect(first.map((j) => j.created)).toEqual([true, true, true, false]);
      expect(first[3]?.id).toBe(first[1]?.id);
      const again = await queue.enqueue([{ text: 'one' }]);
      expect(again[0]).toMatchObject({ id: first[0]?.id, created: false });

      const seen: string[] = [];
      await queue.work(async (data) => {
        seen.push(data.text);
        return { length: data.text.length };
      }, 2);
      const settled: JobStatus<{ length: number }>[] = [];
      await queue.waitFor([...new Set(first.map((j) => j.id))], (s) => settled.push(s), {
        pollMs: 100,
      });
      expect(seen.sort()).toEqual(['one', 'three', 'two']);
      expect(settled.map((s) => s.state)).toEqual(['completed', 'completed', 'completed']);
      expect(settled.map((s) => s.output?.length).sort()).toEqual([3, 3, 5]);
      expect(await queue.pendingCount()).toBe(0);

      // Enqueueing done work again finds the finished job; nothing runs twice.
      const redo = await queue.enqueue([{ text: 'three' }]);
      expect(redo[0]?.created).toBe(false);
      expect((await queue.statuses([redo[0]!.id])).get(redo[0]!.id)?.state).toBe('completed');
    });
  });

  describe('jobs of a dead worker on PostgreSQL', () => {
    let db: FreshDatabase;
    let queue: JobQueue<{ text: string }, { ok: boolean }>;

    beforeAll(async () => {
      db = await freshDatabase(url);
      queue = await JobQueue.open({ databaseUrl: db.url, queue: 'lost-queue' });
    });
    afterAll(async () => {
      await queue?.stop(5000);
      await db?.drop();
    });

    it('are found active and handed out again, ahead of later jobs', async () => {
      const [lost, later] = await queue.enqueue([{ text: 'first' }, { text: 'second' }]);
      // Another process takes the first job and vanishes without finishing it.
      const other = new PgBoss({ connectionString: db.url, schema: jobSchema, supervise: false });
      await other.start();
      const [taken] = await other.fetch<{ text: string }>('lost-queue');
      expect(taken?.id).toBe(lost?.id);
      await other.stop({ graceful: false, close: true });

      expect(await queue.activeFor(0)).toEqual([lost?.id]);
      await queue.requeueLost([lost!.id]);
      const order: string[] = [];
      await queue.work(async (data) => {
        order.push(data.text);
        return { ok: true };
      });
      await queue.waitFor([lost!.id, later!.id], () => undefined, { pollMs: 100 });
      expect(order).toEqual(['first', 'second']);
    });
  });

  describe('job queue failures on PostgreSQL', () => {
    let db: FreshDatabase;
    let queue: JobQueue<{ text: string }, { ok: boolean }>;
    let failing = true;

    beforeAll(async () => {
      db = await freshDatabase(url);
      queue = await JobQueue.open({ databaseUrl: db.url, queue: 'fail-queue', retryLimit: 0 });
      await queue.work(async (data) => {
        if (failing) throw new Error(`cannot do ${data.text}`);
        return { ok: true };
      });
    });
    afterAll(async () => {
      await queue?.stop(5000);
      await db?.drop();
    });

    it('reports a failed job with its error, and enqueueing it again retries it', async () => {
      const [job] = await queue.enqueue([{ text: 'bad' }]);
      const out: JobStatus<{ ok: boolean }>[] = [];
      await queue.waitFor([job!.id], (s) => out.push(s), { pollMs: 100 });
      expect(out[0]).toMatchObject({ state: 'failed', error: 'cannot do bad', output: null });

      failing = false;
      const [again] = await queue.enqueue([{ text: 'bad' }]);
      expect(again).toMatchObject({ id: job!.id, created: false });
      const after: JobStatus<{ ok: boolean }>[] = [];
      await queue.waitFor([job!.id], (s) => after.push(s), { pollMs: 100 });
      expect(after[0]).toMatchObject({ state: 'completed', output: { ok: true } });
    });
  });
}
