/**
 * The response schemas (src/server/schemas) say exactly what the server sends:
 * - at compile time, each schema's output type equals the type its use case returns, so a view
 *   that gains, loses or changes a field no longer type checks until its schema follows (tsc
 *   runs over this file in `npm test`);
 * - at run time, on the sample ledger and both databases, every answer read back through its
 *   schema is unchanged: nothing the server sends is undescribed. This matters most for the
 *   routes that skip the zod serializer (src/server/schemas/plain-json.ts).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { AppContext } from '../../src/app/context.ts';
import type {
  getSource,
  listSources,
  setSourceConfidential,
} from '../../src/app/ingest/sources.ts';
import type { countPrisoners } from '../../src/app/read/count-prisoners.ts';
import type { DealView, listDeals } from '../../src/app/read/deals.ts';
import type { FilteredPersons } from '../../src/app/read/filter-persons.ts';
import type { PersonDossier } from '../../src/app/read/get-person.ts';
import type { HeldOverTime, prisonerFlow } from '../../src/app/read/held-over-time.ts';
import type { listPersons, PersonSummary } from '../../src/app/read/list-persons.ts';
import type { listReleaseEvents, ReleaseEventView } from '../../src/app/read/release-events.ts';
import type { PersonHit } from '../../src/app/read/search-persons.ts';
import type { listAudit } from '../../src/app/review/audit-log.ts';
import type { correctClaim } from '../../src/app/review/correct-claim.ts';
import type { keepApart, MergeResult } from '../../src/app/review/merge-entities.ts';
import type { proposeClaim } from '../../src/app/review/propose-claim.ts';
import type { RevertResult } from '../../src/app/review/revert-change.ts';
import type { reviewClaim } from '../../src/app/review/review-claim.ts';
import type { pendingCount, QueueItem, reviewQueue } from '../../src/app/review/review-queue.ts';
import type { SplitResult } from '../../src/app/review/split-entity.ts';
import type { ImportSummary } from '../../src/app/transfer/import-ledger.ts';
import type { AuditLine, ReadAuditLine } from '../../src/core/model/audit.ts';
import type { Claim, ClaimWithState, Review } from '../../src/core/model/claim.ts';
import type { Projection } from '../../src/core/model/reconcile.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { Value } from '../../src/core/model/values.ts';
import * as claims from '../../src/server/schemas/claims.ts';
import * as counts from '../../src/server/schemas/counts.ts';
import type { importSummary } from '../../src/server/schemas/ledger.ts';
import type * as model from '../../src/server/schemas/model.ts';
import * as persons from '../../src/server/schemas/persons.ts';
import * as releases from '../../src/server/schemas/releases.ts';
import * as review from '../../src/server/schemas/review.ts';
import * as sources from '../../src/server/schemas/sources.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';

type Out<S extends z.ZodType> = z.output<S>;
type Returns<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
/** An intersection as one object type: expectTypeOf tells `A & { b?: B }` from its flat form. */
type Flat<T> = { [K in keyof T]: T[K] };

describe('response schemas and the types the use cases return', () => {
  it('the model: values, claims, reviews, projections, sources, audit lines', () => {
    expectTypeOf<Out<typeof model.value>>().toEqualTypeOf<Value>();
    expectTypeOf<Out<typeof model.claim>>().toEqualTypeOf<Claim>();
    expectTypeOf<Out<typeof model.claimWithState>>().toEqualTypeOf<ClaimWithState>();
    expectTypeOf<Out<typeof model.review>>().toEqualTypeOf<Review>();
    expectTypeOf<Out<typeof model.projection>>().toEqualTypeOf<Projection>();
    expectTypeOf<Out<typeof model.source>>().toEqualTypeOf<Source>();
    expectTypeOf<Out<typeof model.auditLine>>().toEqualTypeOf<ReadAuditLine>();
    expectTypeOf<Out<typeof model.fitAuditLine>>().toEqualTypeOf<AuditLine>();
  });

  it('persons: list, name search, filter, dossier', () => {
    expectTypeOf<Out<typeof persons.personSummary>>().toEqualTypeOf<PersonSummary>();
    expectTypeOf<Out<typeof persons.personDossier>>().toEqualTypeOf<PersonDossier>();
    type Filtered = Out<typeof persons.filteredPersons>;
    expectTypeOf<Filtered['items'][number]>().toEqualTypeOf<
      Flat<FilteredPersons['items'][number]>
    >();
    expectTypeOf<Omit<Filtered, 'items'>>().toEqualTypeOf<Omit<FilteredPersons, 'items'>>();
    // GET /persons answers listPersons, or (with q) the hits as the route shapes them.
    type Hit = PersonHit['person'] & {
      match?: { name: string; score: number; decision: string; evidence: unknown[] };
    };
    type Row = Returns<typeof listPersons>['items'][number];
    expectTypeOf<Out<typeof persons.personList>['items'][number]>().toEqualTypeOf<Flat<Hit>>();
    expectTypeOf<Row>().toExtend<Out<typeof persons.personList>['items'][number]>();
    expectTypeOf<Out<typeof persons.personList>['total']>().toEqualTypeOf<number>();
  });

  it('releases, deals and counts', () => {
    expectTypeOf<Out<typeof releases.releaseEventView>>().toEqualTypeOf<ReleaseEventView>();
    expectTypeOf<Out<typeof releases.releaseList>>().toEqualTypeOf<
      Returns<typeof listReleaseEvents>
    >();
    expectTypeOf<Out<typeof releases.dealView>>().toEqualTypeOf<DealView>();
    expectTypeOf<Out<typeof releases.dealList>>().toEqualTypeOf<Returns<typeof listDeals>>();
    expectTypeOf<Out<typeof counts.heldOnDate>>().toEqualTypeOf<Returns<typeof countPrisoners>>();
    expectTypeOf<Out<typeof counts.monthlyFlows>>().toEqualTypeOf<Returns<typeof prisonerFlow>>();
    expectTypeOf<Out<typeof counts.heldSeries>>().toEqualTypeOf<HeldOverTime>();
  });

  it('sources, claims, merges, the review queue and the audit log', () => {
    expectTypeOf<Out<typeof sources.sourceList>>().toEqualTypeOf<Returns<typeof listSources>>();
    expectTypeOf<Out<typeof sources.sourceDetail>>().toEqualTypeOf<Returns<typeof getSource>>();
    expectTypeOf<Out<typeof sources.confidentialFlag>>().toEqualTypeOf<
      Returns<typeof setSourceConfidential>
    >();
    expectTypeOf<Out<typeof claims.claimPage>>().toEqualTypeOf<{
      items: ClaimWithState[];
      total: number;
    }>();
    expectTypeOf<Out<typeof claims.claimDetail>>().toEqualTypeOf<{
      claim: ClaimWithState;
      reviews: Review[];
    }>();
    expectTypeOf<Out<typeof model.claim>>().toEqualTypeOf<Returns<typeof proposeClaim>>();
    expectTypeOf<Out<typeof model.claim>>().toEqualTypeOf<Returns<typeof correctClaim>>();
    expectTypeOf<Out<typeof model.claimWithState>>().toEqualTypeOf<Returns<typeof reviewClaim>>();
    expectTypeOf<Out<typeof claims.mergeResult>>().toEqualTypeOf<MergeResult>();
    expectTypeOf<Out<typeof claims.keptApart>>().toEqualTypeOf<Returns<typeof keepApart>>();
    expectTypeOf<Out<typeof claims.splitResult>>().toEqualTypeOf<SplitResult>();
    expectTypeOf<Out<typeof review.queueItem>>().toEqualTypeOf<QueueItem>();
    expectTypeOf<Out<typeof review.queuePage>>().toEqualTypeOf<Returns<typeof reviewQueue>>();
    expectTypeOf<Out<typeof review.pendingTotal>>().toEqualTypeOf<Returns<typeof pendingCount>>();
    expectTypeOf<Out<typeof review.auditPage>>().toEqualTypeOf<Returns<typeof listAudit>>();
    expectTypeOf<Out<typeof review.revertResult>>().toEqualTypeOf<RevertResult>();
    expectTypeOf<Out<typeof importSummary>>().toEqualTypeOf<ImportSummary>();
  });
});

describe.each(backends())('answers read back through their schemas on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let staff: AuthHeaders;

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend));
    staff = await signIn(app, ctx, 'editor');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  /** The answer, and the same answer parsed by the schema: equal when nothing is undescribed. */
  async function roundTrip(url: string, schema: z.ZodType, as: 'staff' | 'public' = 'staff') {
    const r = await app.inject({ method: 'GET', url, headers: as === 'staff' ? staff : {} });
    expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    const body = r.json();
    return { body, parsed: schema.parse(body) };
  }

  const reads: Array<[string, z.ZodType]> = [
    ['/api/persons?limit=1000', persons.personList],
    ['/api/persons?q=Kolesnikova', persons.personList],
    ['/api/persons/per_kalesnikava', persons.personDossier],
    ['/api/persons/filter?limit=1000', persons.filteredPersons],
    ['/api/persons/filter?q=Kalesnikava', persons.filteredPersons],
    ['/api/releases?limit=1000', releases.releaseList],
    ['/api/releases/rel_2025_12_13', releases.releaseEventView],
    ['/api/deals', releases.dealList],
    ['/api/counts?country=BY&at=2025-12-31', counts.heldOnDate],
    ['/api/counts?country=BY&at=2025-12-31&ids=false', counts.heldOnDate],
    ['/api/counts?country=BY&at=2025-06-01&limit=2', counts.heldOnDate],
    ['/api/counts/flow?country=BY&from=2024-01&to=2025-12', counts.monthlyFlows],
    ['/api/counts/series?country=BY&from=2024-01&to=2025-12', counts.heldSeries],
    ['/api/sources', sources.sourceList],
    ['/api/claims?limit=1000', claims.claimPage],
    ['/api/review-queue?state=any&limit=1000', review.queuePage],
    ['/api/review-queue/count', review.pendingTotal],
    ['/api/audit', review.auditPage],
  ];

  it.each(reads)('%s', async (url, schema) => {
    const { body, parsed } = await roundTrip(url, schema);
    expect(parsed).toStrictEqual(body);
  });

  // The public reads published views (docs/privacy.md): withheld names, confidential sources.
  const staffOnly = /review-queue|audit/;
  it.each(reads.filter(([url]) => !staffOnly.test(url)))('%s (public)', async (url, schema) => {
    const { body, parsed } = await roundTrip(url, schema, 'public');
    expect(parsed).toStrictEqual(body);
  });

  it('a source, a claim and a deal by id', async () => {
    const list = await roundTrip('/api/sources?limit=1', sources.sourceList);
    const source = list.body.items[0].id;
    const one = await roundTrip(`/api/sources/${source}`, sources.sourceDetail);
    expect(one.parsed).toStrictEqual(one.body);
    const claimId = one.body.claims[0].id;
    const c = await roundTrip(`/api/claims/${claimId}`, claims.claimDetail);
    expect(c.parsed).toStrictEqual(c.body);
    const deals = await roundTrip('/api/deals', releases.dealList);
    const d = await roundTrip(`/api/deals/${deals.body.items[0].id}`, releases.dealView);
    expect(d.parsed).toStrictEqual(d.body);
  });
});
