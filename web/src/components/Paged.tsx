import type { ReactNode } from 'react';
import { useSearchParams } from '../router.tsx';
import { Pager } from './Async.tsx';

/** Rows a list page asks the API for at a time. */
export const PAGE_SIZE = 50;

/**
 * The list's offset, kept in the address (`?offset=`) so a page of a list can be linked,
 * reloaded and gone back to.
 */
export function useOffset(): number {
  const [params] = useSearchParams();
  return Number(params.get('offset') ?? 0) || 0;
}

/** The pager of a list whose offset is in the address; the first page leaves no `offset`. */
export function AddressPager({ total }: { total: number }) {
  const [, update] = useSearchParams();
  return (
    <Pager
      offset={useOffset()}
      limit={PAGE_SIZE}
      total={total}
      onChange={(o) => update({ offset: o || null })}
    />
  );
}

/**
 * One page of a list as a table: the empty message when there is nothing, else the rows in a
 * scrolling table and the pager under it. `headers` are the column heads in order.
 */
export function PagedTable<T>({
  page,
  empty,
  headers,
  row,
}: {
  page: { items: T[]; total: number };
  empty: string;
  headers: ReactNode[];
  row: (item: T) => ReactNode;
}) {
  if (page.items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              {headers.map((h, i) => (
                // The heads are fixed for the table's life: their place is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{page.items.map(row)}</tbody>
        </table>
      </div>
      <AddressPager total={page.total} />
    </>
  );
}
