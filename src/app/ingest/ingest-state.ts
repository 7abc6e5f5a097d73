/**
 * What ingestion keeps in memory between reports: the person and actor name indexes, the known
 * release events filed by country and month, the fingerprints of stored reports, and which
 * status change, deal and concession belong to which event. Loaded from the ledger once, then
 * kept current as reports are stored, so a batch never rebuilds an index per report.
 *
 * The session is a cache of the ledger, kept in the ledger cache and checked against the ledger
 * version before each report: when storing a report fails, or anything else wrote the ledger
 * (a review here, another process), it is reloaded first (ingest-session.ts). Ingests through
 * one session run one at a time (`exclusive`).
 */
import {
  ActorRegistry,
  EventIndex,
  type KeyFacts,
  NearDuplicateIndex,
  PersonRegistry,
} from '../../core/resolve/index.ts';
import { DetentionEpisodes } from './detention-episodes.ts';

/** What the `assignment` claim of an event stores about one report (JSON text). */
export interface AssignmentRecord {
  sourceId: string;
  role: 'main' | 'background';
  score: number;
  explanation: string[];
  published: string | null;
  language: string;
  facts: KeyFacts;
  people: string[];
}

/** What makes two reports' unnamed counts one: country, status, day and the number. */
export function aggregateKey(
  country: string | null,
  status: string,
  date: string,
  count: number,
): string {
  return `${country ?? ''}|${status}|${date}|${count}`;
}

/** What makes two reports' status change of a person one: the person, the status, the day. */
export function personChangeKey(personId: string, status: string, date: string): string {
  return `${personId}|${status}|${date}`;
}

/** The data of a session; ingest-session.ts adds loading (`reload`, `ready`). */
export class SessionState {
  persons = new PersonRegistry();
  actors = new ActorRegistry();
  events = new EventIndex();
  copies = new NearDuplicateIndex();
  /** `${personId}|${eventId}` -> status change id. */
  statusChanges = new Map<string, string>();
  /** Status changes that already have a date claim. */
  datedStatusChanges = new Set<string>();
  /** Stored detentions by person, and the days people were freed (detention-episodes.ts). */
  episodes = new DetentionEpisodes();
  /**
   * Status changes of no release (detained, sentenced, recognised...) by `personChangeKey`, so
   * two reports of one arrest make one arrest, with both reports' evidence.
   */
  personChanges = new Map<string, string>();
  /** Unnamed detention counts by `aggregateKey`, so five reports of one protest make one. */
  aggregates = new Map<string, string>();
  /** event id -> deal id. */
  deals = new Map<string, string>();
  /** `${eventId}|${kind}|${target}` -> concession id. */
  concessions = new Map<string, string>();
  /** source id -> the event it is mainly about. */
  mainEventOf = new Map<string, string>();
  /** Content hashes of stored reports, so most exact duplicates cost no query. */
  hashes = new Set<string>();
  /** Events of reports stored through this session, for the answer to a repeat. */
  eventsOfSource = new Map<
    string,
    Array<{ id: string; role: 'main' | 'background'; created: boolean; explanation: string[] }>
  >();
  /** merged event id -> survivor. */
  mergedEvents = new Map<string, string>();
  stale = false;
  /**
   * The ledger version the session has seen: read when loaded, moved by its own commits
   * (ingest-session.ts `noteStored`); any other is a write it has not seen. Null in fakes.
   */
  version: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs fn after every earlier call on this session has finished. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Event `id` merged into `into` (by ingest): later reports find its facts under the survivor. */
  foldEvent(id: string, into: string): void {
    if (id === into) return;
    this.mergedEvents.set(id, into);
    this.events.merge(into, id);
    this.foldLinks();
  }

  /**
   * Status changes, deals and concessions of merged events are reused under their survivor
   * rather than made again (where both have one, the survivor's own stays). One pass over them.
   */
  foldLinks(): void {
    if (this.mergedEvents.size === 0) return;
    for (const [key, sc] of [...this.statusChanges]) {
      const cut = key.lastIndexOf('|');
      const into = this.survivingEvent(key.slice(cut + 1));
      const moved = `${key.slice(0, cut)}|${into}`;
      if (!this.statusChanges.has(moved)) this.statusChanges.set(moved, sc);
    }
    for (const [event, deal] of [...this.deals]) {
      const into = this.survivingEvent(event);
      if (!this.deals.has(into)) this.deals.set(into, deal);
    }
    for (const [key, con] of [...this.concessions]) {
      const cut = key.indexOf('|');
      const moved = `${this.survivingEvent(key.slice(0, cut))}${key.slice(cut)}`;
      if (!this.concessions.has(moved)) this.concessions.set(moved, con);
    }
  }

  survivingEvent(id: string): string {
    let cur = id;
    for (let i = 0; i < 50; i++) {
      const next = this.mergedEvents.get(cur);
      if (!next) break;
      cur = next;
    }
    return cur;
  }
}
