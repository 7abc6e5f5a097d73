/** Who changes the ledger from the command line: the OS user, recorded as 'cli:<user>'. */
import { userInfo } from 'node:os';
import type { Actor } from '../core/model/audit.ts';

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): the uid still says who.
    return `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}

export function cliActor(): Actor {
  const name = `cli:${osUser()}`;
  return { name, role: null, origin: 'cli', author: { kind: 'user', id: name } };
}

/** The ingest worker: origin 'worker', whoever queued the report. */
export function workerActor(): Actor {
  return { name: 'worker', role: null, origin: 'worker', author: { kind: 'user', id: 'worker' } };
}

/** The watch schedule (docs/watch.md): reports a watched source brought in, origin 'watch'. */
export function watchActor(): Actor {
  return { name: 'watch', role: null, origin: 'watch', author: { kind: 'user', id: 'watch' } };
}
