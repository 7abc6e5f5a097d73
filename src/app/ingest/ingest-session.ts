/**
 * The ingest session of a database: created on first use, brought up to date before each
 * report or group (reloaded after a failed write, a merge or split here, or a merge decided
 * through any other route). See ingest-state.ts for what it holds.
 */
import type { Stores } from '../../core/ports.ts';
import { loadInto, mergeStampOf } from './ingest-load.ts';
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
 * Brings the session up to date before ingesting: reloads it when a write failed, or when a
 * merge was accepted or rejected since it was loaded (through any route: a review of the
 * claim, a bulk accept), so resolution obeys reviewers' decisions at once.
 */
export async function readySession(session: SessionState, stores: Stores): Promise<void> {
  if (session.stale || (await mergeStampOf(stores)) !== session.mergeStamp) {
    await reloadSession(session, stores);
  }
}

const sessions = new WeakMap<object, IngestSession>();

/** Marks a database's session stale (after merges and splits) so the next ingest reloads it. */
export function forgetSession(stores: Stores): void {
  const s = sessions.get(stores);
  if (s) s.stale = true;
}

/** The session kept for one database (created on first use, reloaded when stale). */
export async function sessionFor(stores: Stores): Promise<IngestSession> {
  let s = sessions.get(stores);
  if (!s) {
    s = await loadIngestSession(stores);
    sessions.set(stores, s);
  }
  return s;
}
