/**
 * Kept answers of the read models (read_docs) and the marks that invalidate them (read_marks,
 * written by the triggers of migration 0014): docs/read-models.md.
 */
import { sql } from 'drizzle-orm';
import type { ReadDoc, ReadModelStore, ReadScope } from '../../core/ports.ts';
import { chunks, type Db, rowsOf, textArray } from './query.ts';

type Key = Pick<ReadDoc, 'kind' | 'scope' | 'id'>;

export class SqlReadModels implements ReadModelStore {
  constructor(private readonly db: Db) {}

  async valid(kind: string, scope: ReadScope, ids: readonly string[]) {
    const out = new Map<string, string>();
    if (ids.length === 0) return out;
    // One statement: the answers and, per answer, a probe of the marks of each id it read.
    const rows = await rowsOf<{ id: string; body: string }>(
      this.db,
      sql`select d.id, d.body from read_docs d
          where d.kind = ${kind} and d.scope = ${scope} and d.id = any(${textArray(ids)})
            and not exists (select 1 from read_marks m
                            where m.id = any(d.deps) and m.version > d.version)`,
    );
    for (const r of rows) out.set(r.id, r.body);
    return out;
  }

  async put(docs: readonly ReadDoc[]) {
    // One parameter per body, not a text[] of them: the driver would escape every quote of
    // every answer into one array literal (dossiers are ~13 KB of JSON each), which cost more
    // CPU and garbage than building the answers. Newest wins: a slow builder's older answer
    // never replaces a fresher one.
    for (const part of chunks(docs, 250)) {
      const rows = part.map(
        (d) =>
          sql`(${d.kind}, ${d.scope}, ${d.id}, ${d.body}, ${textArray(d.deps)}, ${d.version}::bigint)`,
      );
      await this.db.execute(sql`insert into read_docs (kind, scope, id, body, deps, version)
        values ${sql.join(rows, sql`, `)}
        on conflict (kind, scope, id) do update
          set body = excluded.body, deps = excluded.deps, version = excluded.version
          where read_docs.version <= excluded.version`);
    }
  }

  async changedSince(version: number) {
    const rows = await rowsOf<{ id: string }>(
      this.db,
      sql`select id from read_marks where version > ${version}`,
    );
    return rows.map((r) => r.id);
  }

  async readersOf(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return rowsOf<Key>(
      this.db,
      sql`select kind, scope, id from read_docs where deps && ${textArray(ids)}`,
    );
  }

  keys(kind?: string) {
    return rowsOf<Key>(
      this.db,
      kind === undefined
        ? sql`select kind, scope, id from read_docs`
        : sql`select kind, scope, id from read_docs where kind = ${kind}`,
    );
  }

  async drop(keys: readonly Key[]) {
    for (const part of chunks(keys, 1000))
      await this.db.execute(sql`delete from read_docs d using unnest(
          ${textArray(part.map((k) => k.kind))}, ${textArray(part.map((k) => k.scope))},
          ${textArray(part.map((k) => k.id))}) as k(kind, scope, id)
        where d.kind = k.kind and d.scope = k.scope and d.id = k.id`);
  }

  async clear() {
    await this.db.execute(sql`delete from read_docs`);
    await this.db.execute(sql`delete from read_state`);
  }

  async position(name: string) {
    const [row] = await rowsOf<{ version: unknown }>(
      this.db,
      sql`select version from read_state where name = ${name}`,
    );
    return row ? Number(row.version) : 0;
  }

  async setPosition(name: string, version: number) {
    await this.db.execute(sql`insert into read_state (name, version) values (${name}, ${version})
      on conflict (name) do update set version = greatest(read_state.version, excluded.version)`);
  }

  async pendingSince(version: number) {
    const [row] = await rowsOf<{ n: unknown; oldest: unknown }>(
      this.db,
      sql`select count(*) as n, min(at) as oldest from read_marks where version > ${version}`,
    );
    return {
      marks: Number(row?.n ?? 0),
      oldestAt: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest),
    };
  }
}
