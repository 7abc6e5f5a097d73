import { describe, expect, it } from 'vitest';
import { currentState, type Review } from '../../../src/core/model/claim.ts';
import { num, ref, text } from '../../../src/core/model/values.ts';
import { DuplicateRecordError, MissingReferenceError } from '../../../src/core/ports.ts';
import { makeClaim, makeReview, makeSource } from '../../support/factories.ts';
import { at, claimsOfEveryKind, freshDatabase, type OpenDb, person, raw } from './helpers.ts';

export function claimsSuite(open: OpenDb): void {
  describe('claims and reviews', () => {
    const db = freshDatabase(open);

    /** per_1 (person), sc_1 (status change of per_1), src_1: what most claims point at. */
    async function seed() {
      await db().sources.insertSource(makeSource({ id: 'src_1', contentHash: 'h1' }));
      await db().sources.insertSource(makeSource({ id: 'src_2', contentHash: 'h2' }));
      await db().entities.createEntities([
        person('per_1'),
        person('per_2'),
        { id: 'sc_1', type: 'status_change', createdAt: at },
      ]);
    }

    it('stores every value type and gives it back unchanged, key order included', async () => {
      await seed();
      const claims = claimsOfEveryKind('per_1', 'sc_1', 'src_1');
      await db().claims.appendClaims(claims);
      // Byte-identical JSON is what makes an export of an import equal to the original.
      expect(JSON.stringify(await db().claims.allClaims())).toBe(JSON.stringify(claims));
      const first = claims[0]!;
      expect(await db().claims.getClaim(first.id)).toEqual({ ...first, state: 'proposed' });
      expect((await db().claims.getClaim(claims[2]!.id))?.state).toBe('accepted');
      expect(await db().claims.getClaim('clm_missing')).toBeNull();
    });

    it('lists by subject, reference, property, type, source and state, in insertion order', async () => {
      await seed();
      const nameOf1 = makeClaim({ subjectId: 'per_1', sourceId: 'src_1' });
      const nameOf2 = makeClaim({
        subjectId: 'per_2',
        sourceId: 'src_2',
        initialState: 'accepted',
      });
      const year1 = makeClaim({
        subjectId: 'per_1',
        property: 'birthYear',
        value: num(1982),
        sourceId: 'src_2',
      });
      const personOfSc = makeClaim({
        subjectId: 'sc_1',
        subjectType: 'status_change',
        property: 'person',
        value: ref('per_1'),
        sourceId: 'src_1',
      });
      const statusOfSc = makeClaim({
        subjectId: 'sc_1',
        subjectType: 'status_change',
        property: 'status',
        value: text('released'),
        sourceId: 'src_1',
      });
      await db().claims.appendClaims([nameOf1, nameOf2]);
      await db().claims.appendClaims([year1, personOfSc, statusOfSc]);
      const ids = (cs: Array<{ id: string }>) => cs.map((c) => c.id);

      expect(ids(await db().claims.claimsFor(['per_2', 'per_1']))).toEqual(
        ids([nameOf1, nameOf2, year1]),
      );
      expect(ids(await db().claims.claimsReferring(['per_1']))).toEqual([personOfSc.id]);
      expect(await db().claims.claimsReferring(['per_1'], 'release')).toEqual([]);
      expect(ids(await db().claims.listClaims())).toEqual(
        ids([nameOf1, nameOf2, year1, personOfSc, statusOfSc]),
      );
      expect(ids(await db().claims.listClaims({ property: 'name' }))).toEqual(
        ids([nameOf1, nameOf2]),
      );
      expect(ids(await db().claims.listClaims({ subjectType: 'status_change' }))).toEqual(
        ids([personOfSc, statusOfSc]),
      );
      expect(ids(await db().claims.listClaims({ sourceId: 'src_2' }))).toEqual(
        ids([nameOf2, year1]),
      );
      expect(ids(await db().claims.listClaims({ state: 'accepted' }))).toEqual([nameOf2.id]);
      expect(ids(await db().claims.listClaims({ sourceId: 'src_1', limit: 2, offset: 1 }))).toEqual(
        ids([personOfSc, statusOfSc]),
      );
      expect(await db().claims.countClaims({ sourceId: 'src_1' })).toBe(3);
      expect(await db().claims.countClaims({ state: 'proposed', subjectType: 'person' })).toBe(2);
    });

    it('takes the state from the latest review (time, then id) and never changes the claim', async () => {
      await seed();
      const claim = makeClaim({ subjectId: 'per_1', sourceId: 'src_1' });
      await db().claims.appendClaims([claim]);
      const late = makeReview({
        id: 'rev_b',
        claimId: claim.id,
        state: 'rejected',
        at: '2025-09-13T10:00:00.000Z',
      });
      // Appended after, but decided earlier: the later decision still wins.
      const early = makeReview({
        id: 'rev_a',
        claimId: claim.id,
        state: 'accepted',
        at: '2025-09-13T09:00:00.000Z',
      });
      await db().claims.appendReviews([late]);
      await db().claims.appendReviews([early]);
      expect((await db().claims.getClaim(claim.id))?.state).toBe('rejected');
      expect(await db().claims.countClaims({ state: 'rejected' })).toBe(1);

      // Same time as rev_b: the larger id decides, as in the core's currentState.
      const tie = makeReview({ id: 'rev_c', claimId: claim.id, state: 'accepted', at: late.at });
      await db().claims.appendReviews([tie]);
      const all: Review[] = [late, early, tie];
      expect((await db().claims.getClaim(claim.id))?.state).toBe(currentState(claim, all));
      expect((await db().claims.listClaims({ state: 'accepted' })).map((c) => c.id)).toEqual([
        claim.id,
      ]);

      expect(await db().claims.reviewsFor(claim.id)).toEqual(all);
      expect(await db().claims.allReviews()).toEqual(all);
      expect(await db().claims.allClaims()).toEqual([claim]);
    });

    it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
      await seed();
      const claim = makeClaim({ subjectId: 'per_1', sourceId: 'src_1' });
      await db().claims.appendClaims([claim]);
      await db().claims.appendReviews([makeReview({ claimId: claim.id })]);
      const sql = raw(db());
      for (const statement of [
        'update claims set confidence = 0',
        'delete from claims',
        'truncate claims cascade',
        "update reviews set state = 'rejected'",
        'delete from reviews',
      ]) {
        await expect(sql.rawQuery(statement), statement).rejects.toThrow(/append-only/);
      }
      expect(await db().claims.allClaims()).toEqual([claim]);
      expect(await db().claims.countClaims({ state: 'accepted' })).toBe(1);
    });

    it('refuses a batch with a missing subject, source, ref or superseded claim, storing none of it', async () => {
      await seed();
      const good = makeClaim({ subjectId: 'per_1', sourceId: 'src_1' });
      const noSubject = makeClaim({ subjectId: 'per_ghost', sourceId: 'src_1' });
      const noSource = makeClaim({ subjectId: 'per_1', sourceId: 'src_ghost' });
      const noTarget = makeClaim({
        subjectId: 'sc_1',
        subjectType: 'status_change',
        property: 'person',
        value: ref('per_elsewhere'),
        sourceId: 'src_1',
      });
      const noSuperseded = makeClaim({
        subjectId: 'per_1',
        sourceId: null,
        supersedes: 'clm_gone',
      });
      const wrongType = makeClaim({ subjectId: 'sc_1', sourceId: 'src_1' });
      const batch = [good, noSubject, noSource, noTarget, noSuperseded, wrongType];

      const error = await db()
        .claims.appendClaims(batch)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingReferenceError);
      expect((error as MissingReferenceError).missing).toEqual([
        { from: noSubject.id, kind: 'subject', id: 'per_ghost' },
        { from: noSource.id, kind: 'source', id: 'src_ghost' },
        { from: noTarget.id, kind: 'ref', id: 'per_elsewhere' },
        { from: noSuperseded.id, kind: 'supersedes', id: 'clm_gone' },
        {
          from: wrongType.id,
          kind: 'subject_type',
          id: 'sc_1',
          detail: 'subject sc_1 is a status_change, not a person',
        },
      ]);
      const message = (error as Error).message;
      expect(message).toContain(`${noSubject.id}: subject per_ghost does not exist`);
      expect(message).toContain(`${noSource.id}: source src_ghost does not exist`);
      expect(message).toContain(`${noTarget.id}: ref per_elsewhere does not exist`);
      expect(await db().claims.countClaims()).toBe(0);
    });

    it('accepts corrections of stored or same-batch claims, refuses duplicate ids and orphan reviews', async () => {
      await seed();
      const original = makeClaim({ subjectId: 'per_1', sourceId: 'src_1' });
      await db().claims.appendClaims([original]);
      const fix = makeClaim({ subjectId: 'per_1', sourceId: null, supersedes: original.id });
      const fixOfFix = makeClaim({ subjectId: 'per_1', sourceId: null, supersedes: fix.id });
      await db().claims.appendClaims([fix, fixOfFix]);
      expect((await db().claims.getClaim(fixOfFix.id))?.supersedes).toBe(fix.id);

      const again = db().claims.appendClaims([
        makeClaim({ subjectId: 'per_1', sourceId: null }),
        { ...original },
      ]);
      await expect(again).rejects.toThrow(DuplicateRecordError);
      await expect(again).rejects.toThrow(original.id);
      expect(await db().claims.countClaims()).toBe(3);

      const orphan = makeReview({ id: 'rev_x', claimId: 'clm_nowhere' });
      const refused = db().claims.appendReviews([makeReview({ claimId: original.id }), orphan]);
      await expect(refused).rejects.toThrow(/rev_x: claim clm_nowhere does not exist/);
      expect(await db().claims.allReviews()).toEqual([]);
    });
  });
}
