// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AddressPager, PAGE_SIZE, PagedTable } from '../../web/src/components/Paged.tsx';
import { renderAt } from './support.tsx';

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
}

const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `w_${i}`, name: `source ${i}` }));

function table(page: { items: Item[]; total: number }) {
  return (
    <PagedTable
      page={page}
      empty="Nothing watched yet"
      headers={[
        'Source',
        <span key="x" className="sr-only">
          Actions
        </span>,
      ]}
      row={(w) => (
        <tr key={w.id}>
          <td>{w.name}</td>
          <td />
        </tr>
      )}
    />
  );
}

describe('PagedTable (the list pages: audit, watched sources)', () => {
  it('says the empty message and draws no table when the page has no rows', () => {
    renderAt('/sources', table({ items: [], total: 0 }));
    expect(screen.getByText('Nothing watched yet')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('draws one head per header, one row per item, and no pager when all fit', () => {
    renderAt('/sources', table({ items: items(3), total: 3 }));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Source',
      'Actions',
    ]);
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('pages through the address: next puts the offset in it, previous takes it out', () => {
    renderAt('/audit?actor=rolf', table({ items: items(PAGE_SIZE), total: 120 }));
    expect(screen.getByRole('navigation').textContent).toContain(`1–${PAGE_SIZE} of 120`);
    fireEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(window.location.search).toBe(`?actor=rolf&offset=${PAGE_SIZE}`);
    expect(screen.getByRole('navigation').textContent).toContain(`51–100 of 120`);
    fireEvent.click(screen.getByRole('button', { name: /previous/i }));
    expect(window.location.search).toBe('?actor=rolf');
  });

  it('starts on the page the address names and stops at the last', () => {
    renderAt('/people?offset=100', <AddressPager total={120} />);
    expect(screen.getByRole('navigation').textContent).toContain('101–120 of 120');
    const next = screen.getByRole('button', { name: /next/i }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
  });
});
