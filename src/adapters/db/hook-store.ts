/**
 * Webhooks, their outbox and its mark (core/hooks.ts, docs/whats-new.md). Deliveries are rows
 * written in the transaction that moves the dispatcher's mark past the changes they tell of,
 * and are taken for sending with row locks that skip rows another sender holds.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type {
  AttemptOutcome,
  DeliveryStatus,
  DueDelivery,
  Hook,
  HookDelivery,
  HookEvent,
  HookStore,
  HookWithLog,
} from '../../core/hooks.ts';
import type { SeqCut } from '../../core/model/changes.ts';
import { chunks, type Db, rowsOf } from './query.ts';
import { hookDeliveries, hookMarks, hooks } from './schema.ts';

type DeliveryRow = typeof hookDeliveries.$inferSelect;

function deliveryFromRow(r: DeliveryRow): HookDelivery {
  return {
    id: r.id,
    hookId: r.hookId,
    event: r.event as HookEvent,
    body: r.body,
    createdAt: r.createdAt,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    lastAttemptAt: r.lastAttemptAt,
    lastStatus: r.lastStatus,
    lastError: r.lastError,
    deliveredAt: r.deliveredAt,
  };
}

const hookFromRow = (r: typeof hooks.$inferSelect): Hook => ({
  id: r.id,
  url: r.url,
  events: r.events as HookEvent[],
  secret: r.secret,
  createdAt: r.createdAt,
});

export class SqlHookStore implements HookStore {
  constructor(private readonly db: Db) {}

  async add(hook: Hook): Promise<void> {
    await this.db.insert(hooks).values(hook);
  }

  async list(): Promise<HookWithLog[]> {
    const all = await this.db.select().from(hooks).orderBy(asc(hooks.seq));
    const out: HookWithLog[] = [];
    for (const h of all) {
      const counts = await this.db
        .select({ status: hookDeliveries.status, n: sql<number>`count(*)::int` })
        .from(hookDeliveries)
        .where(eq(hookDeliveries.hookId, h.id))
        .groupBy(hookDeliveries.status);
      const [last] = await this.db
        .select()
        .from(hookDeliveries)
        .where(and(eq(hookDeliveries.hookId, h.id), sql`${hookDeliveries.attempts} > 0`))
        .orderBy(desc(hookDeliveries.lastAttemptAt), desc(hookDeliveries.seq))
        .limit(1);
      const { secret: _secret, ...shown } = hookFromRow(h);
      const deliveries = { pending: 0, delivered: 0, failed: 0 };
      for (const c of counts) deliveries[c.status as DeliveryStatus] = c.n;
      out.push({ ...shown, deliveries, last: last ? deliveryFromRow(last) : null });
    }
    return out;
  }

  async remove(id: string): Promise<boolean> {
    const gone = await this.db.delete(hooks).where(eq(hooks.id, id)).returning({ id: hooks.id });
    return gone.length > 0;
  }

  async active(): Promise<Hook[]> {
    return (await this.db.select().from(hooks).orderBy(asc(hooks.seq))).map(hookFromRow);
  }

  async deliveries(hookId: string, limit: number): Promise<HookDelivery[]> {
    const rows = await this.db
      .select()
      .from(hookDeliveries)
      .where(eq(hookDeliveries.hookId, hookId))
      .orderBy(desc(hookDeliveries.seq))
      .limit(limit);
    return rows.map(deliveryFromRow);
  }

  async mark(start: SeqCut): Promise<SeqCut> {
    await this.db
      .insert(hookMarks)
      .values({ id: 1, claimSeq: start.claims, reviewSeq: start.reviews, updatedAt: '' })
      .onConflictDoNothing();
    const [row] = await this.db.select().from(hookMarks).where(eq(hookMarks.id, 1));
    if (!row) throw new Error('the webhook mark vanished after it was written');
    return { claims: row.claimSeq, reviews: row.reviewSeq };
  }

  commit(
    from: SeqCut,
    to: SeqCut,
    deliveries: readonly HookDelivery[],
    at: string,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // Compare and set: only the dispatcher that read this mark may move it.
      const moved = await tx
        .update(hookMarks)
        .set({ claimSeq: to.claims, reviewSeq: to.reviews, updatedAt: at })
        .where(
          and(
            eq(hookMarks.id, 1),
            eq(hookMarks.claimSeq, from.claims),
            eq(hookMarks.reviewSeq, from.reviews),
          ),
        )
        .returning({ id: hookMarks.id });
      if (!moved.length) return false;
      for (const part of chunks([...deliveries], 200))
        await tx.insert(hookDeliveries).values(
          part.map((d) => ({
            id: d.id,
            hookId: d.hookId,
            event: d.event,
            body: d.body,
            createdAt: d.createdAt,
            status: d.status,
            attempts: d.attempts,
            nextAttemptAt: d.nextAttemptAt,
          })),
        );
      return true;
    });
  }

  async takeDue(now: string, leaseUntil: string, limit: number): Promise<DueDelivery[]> {
    const rows = await rowsOf<DeliveryRow & { url: string; secret: string }>(
      this.db,
      sql`update hook_deliveries d set lease_until = ${leaseUntil}
          from hooks h
          where h.id = d.hook_id and d.id in (
            select id from hook_deliveries
            where status = 'pending' and next_attempt_at <= ${now}
              and (lease_until is null or lease_until <= ${now})
            order by next_attempt_at, seq
            limit ${limit}
            for update skip locked)
          returning d.id, d.hook_id as "hookId", d.event, d.body, d.created_at as "createdAt",
            d.status, d.attempts, d.next_attempt_at as "nextAttemptAt",
            d.last_attempt_at as "lastAttemptAt", d.last_status as "lastStatus",
            d.last_error as "lastError", d.delivered_at as "deliveredAt", d.seq, h.url, h.secret`,
    );
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((r) => ({ ...deliveryFromRow(r), url: r.url, secret: r.secret }));
  }

  async recordAttempt(
    id: string,
    at: string,
    outcome: AttemptOutcome,
    next: { status: DeliveryStatus; nextAttemptAt: string },
  ): Promise<void> {
    await this.db
      .update(hookDeliveries)
      .set({
        attempts: sql`${hookDeliveries.attempts} + 1`,
        lastAttemptAt: at,
        lastStatus: outcome.status,
        lastError: outcome.ok ? null : outcome.error.slice(0, 500),
        status: next.status,
        nextAttemptAt: next.nextAttemptAt,
        leaseUntil: null,
        deliveredAt: next.status === 'delivered' ? at : null,
      })
      .where(eq(hookDeliveries.id, id));
  }
}
