/**
 * The ingest session of a database: created on first use and kept in the ledger cache
 * (AppContext.cache), brought up to date before each report or group. It follows the ledger
 * version: its own commits move the version by the one step it expects, so it stays; any other
 * commit (a review, a merge, another process's ingest) or a failed write makes it reload. See
 * ingest-state.ts for what it holds.
 */
import type { Stores } from '../../core/ports.ts';
import type { AppContext } from '../context.ts';
import { loadInto } from './ingest-load.ts';
import { SessionState } from './ingest-state.ts';

export { parseAssignment } from './ingest-load.ts';
export type { AssignmentRecord } from './ingest-state.ts';

export class IngestSession extends SessionState {
  /** Replaces everything the session holds with a fresh load (another process wrote, say). */
  reload(stores: Stores): Promise<void> {
    return reloadSession(this, stores);
  }

  ready(stores: Stores): Promise<void> {
    return readySession(this, stores);
  }
}

export function loadIngestSession(stores: Stores): Promise<IngestSession> {
  return loadInto(stores, new IngestSession());
}

/** Replaces everything a session holds with a fresh load from the ledger. */
export async function reloadSession(session: SessionState, stores: Stores): Promise<void> {
  const fresh = await loadInto(stores, new SessionState());
  // Everything but the lock queue: callers waiting on this session must keep waiting on it.
  const fields = { ...fresh } as unknown as Record<string, unknown>;
  delete fields.queue;
  Object.assign(session, fields, { stale: false });
}

/**
 * Brings the session up to date before ingesting: reloads it when a write failed, or when the
 * ledger version is not the one it loaded or wrote itself (someone else committed: through
 * any route, in any process), so resolution sees every stored entity and obeys reviewers'
 * decisions at once.
 */
export async function readySession(session: SessionState, stores: Stores): Promise<void> {
  const version = stores.stamps ? await stores.stamps.ledger() : null;
  if (session.stale || version !== session.version) await reloadSession(session, stores);
}

/**
 * Call in a transaction that stored through the session, after its last write: when the
 * version it commits as follows the one the session was at, nothing else was committed in
 * between and the session (updated as it stored) stays current. Otherwise it keeps its old
 * version and reloads before the next ingest. A rollback marks it stale anyway.
 */
export async function noteStored(session: SessionState, tx: Stores): Promise<void> {
  const written = tx.stamps ? await tx.stamps.written() : null;
  if (written !== null && session.version !== null && written === session.version + 1) {
    session.version = written;
  }
}

/** The session kept for one database (created on first use, reloaded when stale). */
export function sessionFor(ctx: Pick<AppContext, 'cache' | 'db'>): Promise<IngestSession> {
  return ctx.cache.keep('ingest-session', () => loadIngestSession(ctx.db));
}
