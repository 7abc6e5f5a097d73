/**
 * The ledger lock, held in PostgreSQL by the workers of the ingest queue. Reconciling a report
 * reads the ledger (known events, people) and then writes to it, so two workers reconciling
 * two reports of one release at the same moment would each create the event. Workers take a
 * job and do it while holding this lock, so reports are reconciled one at a time, in the order
 * they were enqueued, whatever the number of workers.
 *
 * It is an advisory lock on a connection of its own: if the process dies, the server drops
 * the connection and the lock with it, so a killed worker never blocks the others. And since
 * every job is done under the lock, a job still 'active' when someone else holds the lock was
 * left by a worker that died (see reapLostJobs).
 */
import pg from 'pg';

// Any fixed number, distinct from the migration lock's (7_242_019).
const ledgerLockKey = 7_242_020;

async function connect(databaseUrl: string, name: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 10_000,
    application_name: name,
  });
  await client.connect();
  // A dropped connection must not crash the process; the next lock call reports it.
  client.on('error', (e) =>
    process.stderr.write(`habeas: ${name} connection lost: ${e.message}\n`),
  );
  return client;
}

export class WorkerLocks {
  private local: Promise<unknown> = Promise.resolve();

  private constructor(private readonly ledger: pg.Client) {}

  static async open(databaseUrl: string): Promise<WorkerLocks> {
    return new WorkerLocks(await connect(databaseUrl, 'habeas-ledger-lock'));
  }

  /**
   * Runs fn while holding the ledger lock; waits for other holders first, in this process too
   * (a session's advisory locks re-enter, so the process queues its own callers itself).
   */
  withLedger<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.local.then(async () => {
      await this.ledger.query('select pg_advisory_lock($1)', [ledgerLockKey]);
      try {
        return await fn();
      } finally {
        await this.ledger
          .query('select pg_advisory_unlock($1)', [ledgerLockKey])
          .catch(() => undefined);
      }
    });
    this.local = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.ledger.end().catch(() => undefined);
  }
}
