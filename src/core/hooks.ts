/**
 * Webhooks (docs/whats-new.md): addresses told by an HTTP POST when the ledger changes. The
 * rules here are pure: which events there are, what a payload holds, when a failed delivery is
 * tried again. Storage is a port (HookStore); signing and sending are adapters
 * (src/adapters/hooks).
 */
import { ValidationError } from './errors.ts';
import type { EntityChange, SeqCut } from './model/changes.ts';

/** The events a hook may ask for; each is an EntityChange kind (core/model/changes.ts). */
export const hookEvents = ['release.created', 'release.changed', 'conflict.created'] as const;
export type HookEvent = (typeof hookEvents)[number];

export interface Hook {
  id: string;
  url: string;
  events: HookEvent[];
  /** Signs each delivery (HMAC-SHA256); shown once when generated. */
  secret: string;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event for one hook, sent until it is taken (2xx) or the attempts run out. */
export interface HookDelivery {
  id: string;
  hookId: string;
  event: HookEvent;
  /** The exact JSON body, the same on every attempt. */
  body: string;
  createdAt: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  /** HTTP status of the last attempt; null when none came (network error, timeout). */
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

/** A delivery taken for sending, with where it goes and the secret that signs it. */
export interface DueDelivery extends HookDelivery {
  url: string;
  secret: string;
}

/** A hook with the log of its deliveries, for `habeas hooks list`. */
export interface HookWithLog extends Omit<Hook, 'secret'> {
  deliveries: Record<DeliveryStatus, number>;
  /** The newest delivery attempted, if any. */
  last: HookDelivery | null;
}

/**
 * What one attempt gave: taken (2xx), or refused / unreachable with why; `permanent`: trying
 * again cannot help (the address is one the fetch rules refuse).
 */
export type AttemptOutcome =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; permanent?: boolean };

export interface HookStore {
  add(hook: Hook): Promise<void>;
  list(): Promise<HookWithLog[]>;
  remove(id: string): Promise<boolean>;
  /** The hooks deliveries are made for now. */
  active(): Promise<Hook[]>;
  /** The newest deliveries of a hook, newest first. */
  deliveries(hookId: string, limit: number): Promise<HookDelivery[]>;
  /** How far the dispatcher has read the ledger (set to `start` the first time it is asked). */
  mark(start: SeqCut): Promise<SeqCut>;
  /**
   * In one transaction: moves the mark from `from` to `to` and stores the deliveries of the
   * changes in between. False (nothing stored) when the mark is no longer `from`: another
   * dispatcher got there first, and its deliveries stand.
   */
  commit(
    from: SeqCut,
    to: SeqCut,
    deliveries: readonly HookDelivery[],
    at: string,
  ): Promise<boolean>;
  /**
   * Up to `limit` pending deliveries due at `now` that no sender holds, held until
   * `leaseUntil`: two senders never take the same delivery, and one whose sender died is due
   * again when the lease ends.
   */
  takeDue(now: string, leaseUntil: string, limit: number): Promise<DueDelivery[]>;
  /** Records an attempt: delivered, pending again at `nextAttemptAt`, or failed for good. */
  recordAttempt(
    id: string,
    at: string,
    outcome: AttemptOutcome,
    next: { status: DeliveryStatus; nextAttemptAt: string },
  ): Promise<void>;
}

/** How deliveries are tried. */
export const deliveryRules = {
  /** Attempts before a delivery is given up (failed). */
  maxAttempts: 8,
  /** The wait after the first failure; doubled after each further one. */
  firstRetrySeconds: 30,
  /** The longest wait between two attempts. */
  maxRetrySeconds: 6 * 3600,
  /** How long a sender holds a delivery it took: more than the send deadline. */
  leaseSeconds: 60,
  /** Deadline of one attempt: connection, request and answer. */
  timeoutMs: 10_000,
  /** Deliveries taken at once by one sender. */
  batch: 20,
} as const;

/** The Retry schedule: 30 s, 1 min, 2 min, ... at most 6 h; null once the attempts run out. */
export function retryDelaySeconds(
  attempts: number,
  rules: {
    maxAttempts: number;
    firstRetrySeconds: number;
    maxRetrySeconds: number;
  } = deliveryRules,
): number | null {
  if (attempts >= rules.maxAttempts) return null;
  const delay = rules.firstRetrySeconds * 2 ** Math.max(0, attempts - 1);
  return Math.min(delay, rules.maxRetrySeconds);
}

/** A list of event names as typed ('release.created,conflict.created'); refuses unknown ones. */
export function parseHookEvents(text: string): HookEvent[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length)
    throw new ValidationError(`give at least one event: ${hookEvents.join(', ')}`, 'events');
  const unknown = names.filter((n) => !(hookEvents as readonly string[]).includes(n));
  if (unknown.length)
    throw new ValidationError(
      `unknown event '${unknown[0]}': expected ${hookEvents.join(', ')}`,
      'events',
    );
  return [...new Set(names)] as HookEvent[];
}

/** The shortest secret taken: guessable secrets make signatures worthless. */
export const minSecretLength = 16;

export function checkSecret(secret: string): void {
  if (secret.length < minSecretLength || secret.length > 256)
    throw new ValidationError(
      `must be ${minSecretLength} to 256 characters (got ${secret.length})`,
      'secret',
    );
}

/** The JSON body of one event: the same for every hook that asked for it. */
export interface HookPayload {
  /** The event's id (`evt_...`): a receiver seeing it twice has seen it already. */
  id: string;
  event: HookEvent;
  /** When Habeas noticed the change (the dispatcher's clock). */
  occurredAt: string;
  /** The entity's page in the web app, from the server's root. */
  path: string;
  data: EntityChange;
}

const pages: Record<string, string> = {
  release_event: '/releases/',
  person: '/people/',
  deal: '/deals/',
};

/** The web app's page of an entity, or null for a type without one. */
export function pageOf(type: string, id: string): string | null {
  const base = pages[type];
  return base ? `${base}${encodeURIComponent(id)}` : null;
}

export function hookPayload(id: string, change: EntityChange, occurredAt: string): HookPayload {
  return {
    id,
    event: change.kind,
    occurredAt,
    path: pageOf(change.type, change.id) ?? '/',
    data: change,
  };
}
