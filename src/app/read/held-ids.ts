/**
 * The ids of the persons held in a country on a day, one page at a time (docs/api.md, "Paged
 * ids"), so no answer carries every id of a large registry. With the read model the page is
 * read in SQL (`person_id > cursor order by person_id limit n` over held_spans); without it
 * (in-memory fakes) from the replay of every status change, paged the same way.
 *
 * Private persons count in every figure, but their ids are on no page the public reads, and
 * `total` is the number of ids this caller can page through (`named` minus the withheld).
 */
import {
  checkPageLimit,
  decodeCursor,
  type IdPage,
  pageAfter,
  pageOfFetched,
} from '../../core/cursor.ts';
import { heldAt } from '../../core/model/counts.ts';
import type { HeldIdsPlan } from '../../core/model/held-spans.ts';
import type { Stores } from '../../core/ports.ts';
import { countingStores, hiddenIds } from '../publish/public-view.ts';
import { countInput } from './count-input.ts';

/** Ids per page when the caller does not say. */
export const defaultIdsLimit = 100;

/** A page as the caller asks for it: `cursor` is the nextCursor of the page before. */
export interface IdsRequest {
  limit?: number;
  cursor?: string | null;
}

/** Where a page starts and how long it is, checked (a ValidationError names the parameter). */
export interface IdsPage {
  after: string | null;
  limit: number;
}

export function readIdsRequest(req: IdsRequest = {}): IdsPage {
  return {
    limit: checkPageLimit(req.limit ?? defaultIdsLimit),
    after: req.cursor ? decodeCursor(req.cursor) : null,
  };
}

/**
 * One page of the ids held in `country` on `day` (YYYY-MM-DD, checked by the caller).
 * `named`, when the caller reads it anyway (the figures), saves reading it twice.
 */
export async function heldIds(
  stores: Stores,
  country: string,
  day: string,
  page: IdsPage,
  named?: Promise<number>,
  plan?: Promise<HeldIdsPlan>,
): Promise<IdPage> {
  const hidden = hiddenIds(stores);
  const counting = countingStores(stores);
  const held = counting.held;
  if (!held) {
    const all = heldAt(await countInput(counting), country, day).personIds;
    return pageAfter(
      all.filter((id) => !hidden.has(id)),
      page.after,
      page.limit,
    );
  }
  // One id more than the page: whether there is a next page, without an empty last one.
  const ask = { after: page.after, limit: page.limit + 1, exclude: [...hidden] };
  const [count, { ids, excluded }] = await Promise.all([
    named ?? held.namedOn(country, day),
    (plan ?? Promise.resolve(undefined)).then((p) => held.idsOn(country, day, ask, p)),
  ]);
  return pageOfFetched(ids, page.limit, count - excluded);
}
