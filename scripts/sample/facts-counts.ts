/**
 * Reported counts of political prisoners still held in Belarus, each with who gave it:
 * the figures that a release is weighed against.
 */
import type { Qualifier } from '../../src/core/model/values.ts';
import { num, text } from '../../src/core/model/values.ts';
import { dv } from './helpers.ts';
import type { FactOptions, LedgerBuilder } from './ledger-builder.ts';

interface CountRow {
  id: string;
  source: string;
  count: [number, Qualifier, string];
  attributedTo: [string, string];
  asOf: [string, string];
  country: string;
  state?: FactOptions['state'];
}

const rows: CountRow[] = [
  {
    id: 'cc_2024_08_viasna',
    source: 'src_2024_08_16_pardon',
    count: [1400, 'about', 'about 1,400 political prisoners'],
    attributedTo: ['Viasna', 'Viasna counts'],
    asOf: ['2024-08-16', '16 August 2024'],
    country: 'in Belarus',
  },
  {
    id: 'cc_2024_12_rights',
    source: 'src_2024_12_digest',
    count: [1000, 'more_than', 'well above a thousand'],
    attributedTo: ['rights groups', 'rights groups'],
    asOf: ['2024-12', 'end of 2024'],
    country: 'pardons in Belarus',
    // 'Well above a thousand' is vague: a reviewer decides whether to keep it as a figure.
    state: 'proposed',
  },
  {
    id: 'cc_2025_02_rights',
    source: 'src_2025_02_12_three',
    count: [1200, 'more_than', 'more than 1,200 political prisoners'],
    attributedTo: ['rights groups', 'according to rights groups'],
    asOf: ['2025-02-12', 'Feb 12'],
    country: 'Belarus',
  },
  {
    id: 'cc_2025_06_tsikhanouskaya',
    source: 'src_2025_06_21_wire',
    count: [1150, 'exact', '1,150 political prisoners were still behind bars'],
    attributedTo: ['Sviatlana Tsikhanouskaya', 'Sviatlana Tsikhanouskaya'],
    asOf: ['2025-06-21', 'June 21'],
    country: 'Belarus',
  },
  {
    id: 'cc_2025_09_nauseda',
    source: 'src_2025_09_11_wire',
    count: [1000, 'more_than', 'more than 1,000 political prisoners'],
    attributedTo: ['Gitanas Nauseda', 'Gitanas Nauseda'],
    asOf: ['2025-09-11', 'Sept 11'],
    country: 'Belarus still holds',
  },
  {
    id: 'cc_2025_09_viasna',
    source: 'src_2025_09_12_ru',
    count: [1100, 'more_than', 'более 1100 политзаключённых'],
    attributedTo: ['Viasna', 'правозащитного центра «Вясна»'],
    asOf: ['2025-09-11', '11 сентября 2025 года'],
    country: 'в стране остаются',
  },
  {
    id: 'cc_2025_12_coale',
    source: 'src_2025_12_13_wire',
    count: [1000, 'about', 'about 1,000'],
    attributedTo: ['John Coale', 'Coale put the number'],
    asOf: ['2025-12-13', 'Dec 13'],
    country: 'still held in Belarus',
  },
  {
    id: 'cc_2025_12_hrw',
    source: 'src_2025_12_counts',
    count: [1100, 'more_than', 'more than 1,100 people remained behind bars'],
    attributedTo: ['Human Rights Watch', 'Human Rights Watch'],
    asOf: ['2025-12-15', '15 December 2025'],
    country: 'political prisoners in Belarus',
  },
  {
    id: 'cc_2025_12_viasna',
    source: 'src_2025_12_counts',
    count: [1135, 'exact', 'at 1,135'],
    attributedTo: ['Viasna', "Viasna's year-end review"],
    asOf: ['2025-12-23', '23 December 2025'],
    country: 'political prisoners in Belarus',
  },
];

export function addCounts(b: LedgerBuilder): void {
  for (const r of rows) {
    b.entity(r.id, 'count_claim');
    const opts: FactOptions = r.state ? { state: r.state } : {};
    b.facts(r.id, r.source, [
      ['country', text('BY'), r.country],
      ['count', num(r.count[0], r.count[1]), r.count[2], opts],
      ['attributedTo', text(r.attributedTo[0]), r.attributedTo[1]],
      ['asOf', dv(r.asOf[0]), r.asOf[1]],
    ]);
  }
}
