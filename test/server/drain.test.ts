/**
 * A server stopped while requests run lets them finish before the database may close: closing
 * under a running handler turned its next query into a 500 (seen when a load run ended while
 * its last requests were still queued).
 */

import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/core/ports.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';

/** The real database, with entity reads held at a gate until the test opens it. */
function gated(db: Database) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let waiting = 0;
  const entities = Object.create(db.entities) as Database['entities'];
  entities.getEntity = async (id) => {
    waiting += 1;
    await gate;
    return db.entities.getEntity(id);
  };
  const view = Object.assign(Object.create(db) as Database, { entities });
  return { db: view, open, waiting: () => waiting };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(backends())('closing the server on $name', (backend) => {
  it('waits for a running request, which then answers from the database', async () => {
    const db = await backend.open();
    const g = gated(db);
    const app = await buildServer(appContext(g.db));
    try {
      const answer = app.inject({ method: 'GET', url: '/api/health' });
      while (g.waiting() === 0) await tick(5);
      let closed = false;
      const closing = app.close().then(() => {
        closed = true;
      });
      await tick(200);
      expect(closed).toBe(false);
      g.open();
      const r = await answer;
      await closing;
      expect(closed).toBe(true);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ ok: true });
    } finally {
      g.open();
      await app.close();
      await db.close();
    }
  });

  it('counts no request as running once answered, whatever the answer', async () => {
    const db = await backend.open();
    // A request left counted would hold close for this long: far past the test's timeout.
    const app = await buildServer(appContext(db), { drainMs: 3_600_000, bodyLimit: 1000 });
    try {
      const answers = await Promise.all([
        app.inject({ method: 'GET', url: '/api/health' }),
        app.inject({ method: 'GET', url: '/api/nowhere' }),
        app.inject({ method: 'GET', url: '/api/persons/no-such-person' }),
        app.inject({ method: 'POST', url: '/api/claims', payload: {} }),
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '{"username": ',
        }),
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'x'.repeat(2000) },
        }),
      ]);
      expect(answers.map((r) => r.statusCode)).toEqual([200, 404, 404, 401, 400, 413]);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
