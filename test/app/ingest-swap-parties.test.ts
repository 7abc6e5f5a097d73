// One swap told from two of its countries (src/core/resolve/release-facts.ts, swapParties): a
// wire report from Moscow and a Turkish report from the venue, which gives Türkiye as the
// release's country and names the countries the freed went to. Whichever comes first, and
// after the ingest session is loaded again from the ledger, they are one event. Own sentences.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { sessionFor } from '../../src/app/ingest/ingest-session.ts';
import { openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';

const wire =
  'MOSCOW (Wire) - Russia released 26 prisoners on Thursday in a swap with the United States and Germany, among them Evan Gershkovich and Paul Whelan. The exchange took place at Ankara airport.';
const venue =
  "ANKARA - Türkiye'nin arabuluculuğunda dün Ankara'da gerçekleştirilen takasta 26 kişi serbest bırakıldı. Serbest bırakılanlar ABD'ye, Almanya'ya ve Rusya'ya gönderildi. Takas, Milli İstihbarat Teşkilatı tarafından yürütüldü.";
// Another swap of the same venue and size, told by its own country with no party named.
const otherSwap =
  "ANKARA - Türkiye'de dün gerçekleştirilen bir takasta 26 kişi serbest bırakıldı ve ülkelerine döndü.";

describe('a swap told from the venue joins the swap told from Moscow', () => {
  let ctx: AppContext;
  beforeEach(async () => {
    ctx = await openAppContext(pgliteBackend);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  it('whichever comes first', async () => {
    const a = await ingestReport(ctx, { text: venue });
    const b = await ingestReport(ctx, { text: wire });
    expect(b.events[0]!.id).toBe(a.events[0]!.id);
    expect(b.events[0]!.explanation.join('; ')).toMatch(
      /country RU vs TR, both parties of one swap/,
    );
  });

  it('after the session is loaded again from the ledger (destinations read back as parties)', async () => {
    const a = await ingestReport(ctx, { text: venue });
    await (await sessionFor(ctx)).reload(ctx.db);
    const b = await ingestReport(ctx, { text: wire });
    expect(b.events[0]!.id).toBe(a.events[0]!.id);
  });

  it('but not a swap of the venue that names no other party', async () => {
    const a = await ingestReport(ctx, { text: wire });
    const b = await ingestReport(ctx, { text: otherSwap });
    expect(b.events[0]!.id).not.toBe(a.events[0]!.id);
  });
});
