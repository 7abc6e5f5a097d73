/**
 * SqlDatabase.rowsRead, the measure of the answer ceilings and of the hostile check: table rows
 * scanned plus index entries read, which PostgreSQL's statistics views give as
 * pg_stat_user_tables.seq_tup_read and pg_stat_user_indexes.idx_tup_read. rowsRead reads the
 * same counter without the views; it must give exactly their sum, and grow with reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/ports.ts';
import { backends } from '../../support/databases.ts';
import { makeSource } from '../../support/factories.ts';
import { raw } from './helpers.ts';

const viewsSql = `select
  (select coalesce(sum(seq_tup_read), 0) from pg_stat_user_tables)
  + (select coalesce(sum(idx_tup_read), 0) from pg_stat_user_indexes) as n`;

describe.each(backends())('rows read on $name', (backend) => {
  let db: Database;
  beforeEach(async () => {
    db = await backend.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it("equals the statistics views' sum, and counts the rows a scan reads", async () => {
    const sql = raw(db);
    const views = async () => Number((await sql.rawQuery(viewsSql))[0]?.n);
    for (let i = 0; i < 5; i++)
      await sql.sources.insertSource(makeSource({ contentHash: `h${i}` }));
    const before = await sql.rowsRead();
    expect(before).toBe(await views());

    // A select of every source, a sequential scan, reads each row.
    expect(await sql.rawQuery('select * from sources')).toHaveLength(5);
    const scanned = await sql.rowsRead();
    expect(scanned - before).toBeGreaterThanOrEqual(5);
    expect(scanned).toBe(await views());
  });
});
