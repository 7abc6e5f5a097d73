import { sql } from 'drizzle-orm';
import type { EntityType } from '../../core/model/claim.ts';
import type { ChangeStamps } from '../../core/ports.ts';
import { claimState, type Db, rowsOf } from './query.ts';

/**
 * Change stamps from the identity columns: claims and reviews are append-only, so the largest
 * `seq` of a kind of claim, with the largest review `seq`, changes exactly when something that
 * could change them was written. Two index look-ups (max over claims_type_property_idx and
 * reviews_seq_key), where counting the claims read every one of them.
 */
export class SqlStamps implements ChangeStamps {
  constructor(private readonly db: Db) {}

  async claimsOf(subjectType: EntityType, property: string): Promise<string> {
    const [row] = await rowsOf<{ c: unknown; r: unknown }>(
      this.db,
      sql`select (select max(seq) from claims where subject_type = ${subjectType}
                  and property = ${property}) as c,
                 (select max(seq) from reviews) as r`,
    );
    return `${row?.c ?? 0}|${row?.r ?? 0}`;
  }

  async merges(): Promise<string> {
    // One statement where four counts cost four plannings (most of their time on PGlite).
    const rows = await rowsOf<{ t: string; s: string; n: unknown }>(
      this.db,
      sql`select subject_type as t, ${claimState} as s, count(*) as n from claims
          where subject_type in ('person', 'release_event') and property = 'mergedInto'
          group by 1, 2`,
    );
    const n = (t: string, s: string) => Number(rows.find((r) => r.t === t && r.s === s)?.n ?? 0);
    return ['person', 'release_event']
      .flatMap((t) => ['accepted', 'rejected'].map((s) => n(t, s)))
      .join('|');
  }

  async ledger(): Promise<string> {
    const [row] = await rowsOf<{ e: unknown; c: unknown; r: unknown }>(
      this.db,
      sql`select (select max(seq) from entities) as e, (select max(seq) from claims) as c,
                 (select max(seq) from reviews) as r`,
    );
    return `${row?.e ?? 0}|${row?.c ?? 0}|${row?.r ?? 0}`;
  }
}
