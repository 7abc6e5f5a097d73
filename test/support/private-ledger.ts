/**
 * A small ledger holding everything the public must not see (docs/privacy.md), each private
 * value carrying a unique marker, so a test can search any response for a leak:
 *
 *   const dump = privateLedger();  await importLedger(db, dump);
 *   expect(leaks(body)).toEqual([]);
 *
 * What is in it: a public person with a private family contact, a private note, a proposed
 * name and a rejected occupation (with a review note); a private person (visibility claim,
 * accepted) held in BY, with a detention, released with the public one in one release event;
 * a second record of that person merged into it; a confidential source (text, url, title,
 * publisher) whose quote backs a published claim.
 */
import type { Claim, Review } from '../../src/core/model/claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { Value } from '../../src/core/model/values.ts';
import type { EntityRecord } from '../../src/core/ports.ts';

/** Every private string; none may appear in anything the anonymous public reads. */
export const markers = {
  privateName: 'Zzprivname Qxhidden',
  privateId: 'per_hidden',
  familyContact: 'PRIVFAMILY7F3A',
  privateNote: 'PRIVNOTE2B9C',
  sourceText: 'PRIVSRCTEXT4B2E',
  quote: 'PRIVQUOTE77AA',
  url: 'privurl-aa11',
  title: 'PRIVTITLEE5F6',
  publisher: 'PRIVPUB0D0D',
  proposedName: 'Privproposed Nameone',
  rejected: 'PRIVREJECTED2222',
  reviewNote: 'PRIVREVIEWNOTE3333',
  charge: 'PRIVCHARGE4444',
  mergedAlias: 'Privalias Fivefive',
} as const;

/** The markers found in a text (case-insensitive: search folds names). */
export function leaks(text: string): string[] {
  const t = text.toLowerCase();
  return Object.entries(markers).flatMap(([k, m]) => (t.includes(m.toLowerCase()) ? [k] : []));
}

const at = '2025-01-01T00:00:00.000Z';
const user = { kind: 'user', id: 'editor' } as const;

const publicText =
  'Alpha Publicperson, a teacher, was freed on 12 June 2025 with another prisoner, rights groups said.';
const confidentialText = `${markers.sourceText} told us that ${markers.quote} Alpha Publicperson worked as a journalist.`;

export const publicPersonId = 'per_public';
export const releaseId = 'rel_june';
export const confidentialSourceId = 'src_conf';
export const publicSourceId = 'src_pub';

export function privateLedger(): LedgerDump {
  const sources: Source[] = [
    {
      id: publicSourceId,
      url: 'https://news.example.org/freed',
      title: 'Two freed',
      publisher: 'Example News',
      publishedAt: '2025-06-12',
      language: 'en',
      contentHash: 'hash-public',
      text: publicText,
      ingestedAt: at,
      duplicateOf: null,
    },
    {
      id: confidentialSourceId,
      url: `https://${markers.url}.example.org/tip`,
      title: markers.title,
      publisher: markers.publisher,
      publishedAt: '2025-06-13',
      language: 'en',
      contentHash: 'hash-confidential',
      text: confidentialText,
      ingestedAt: at,
      duplicateOf: null,
      confidential: true,
    },
  ];
  const entities: EntityRecord[] = [
    [publicPersonId, 'person'],
    [markers.privateId, 'person'],
    ['per_alias', 'person'],
    ['det_hidden', 'detention'],
    ['sc_hidden_1', 'status_change'],
    ['sc_hidden_2', 'status_change'],
    ['sc_public_1', 'status_change'],
    ['sc_public_2', 'status_change'],
    [releaseId, 'release_event'],
    ['deal_june', 'deal'],
  ].map(([id, type]) => ({ id: id!, type: type as EntityRecord['type'], createdAt: at }));

  let n = 0;
  const claims: Claim[] = [];
  const claim = (
    subjectId: string,
    property: string,
    value: Value,
    more: Partial<Claim> = {},
  ): Claim => {
    n += 1;
    const c: Claim = {
      id: `clm_${String(n).padStart(3, '0')}`,
      subjectId,
      subjectType: entities.find((e) => e.id === subjectId)!.type,
      property,
      value,
      sourceId: publicSourceId,
      evidence: null,
      author: user,
      createdAt: `2025-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
      confidence: 1,
      initialState: 'accepted',
      supersedes: null,
      ...more,
    };
    claims.push(c);
    return c;
  };
  const name = (v: string): Value => ({
    type: 'name',
    name: { value: v, script: 'latin', language: null, kind: 'official' },
  });
  const text = (t: string): Value => ({ type: 'text', text: t });
  const ref = (id: string): Value => ({ type: 'ref', id });
  const day = (d: string): Value => ({ type: 'date', date: { value: d, precision: 'day' } });
  const quoteStart = confidentialText.indexOf(markers.quote);
  const quote = confidentialText.slice(quoteStart, confidentialText.indexOf(' worked'));

  // The public person: published name and occupations, private fields, unpublished claims.
  claim(publicPersonId, 'name', name('Alpha Publicperson'), {
    evidence: { start: 0, end: 18, quote: 'Alpha Publicperson' },
  });
  claim(publicPersonId, 'occupation', text('teacher'));
  claim(publicPersonId, 'occupation', text('journalist'), {
    sourceId: confidentialSourceId,
    evidence: { start: quoteStart, end: quoteStart + quote.length, quote },
  });
  claim(publicPersonId, 'familyContact', text(`sister, ${markers.familyContact}`), {
    sourceId: null,
  });
  claim(publicPersonId, 'privateNote', text(`do not call: ${markers.privateNote}`), {
    sourceId: null,
  });
  claim(publicPersonId, 'name', name(markers.proposedName), { initialState: 'proposed' });
  const rejected = claim(publicPersonId, 'occupation', text(markers.rejected), {
    initialState: 'proposed',
  });

  // The private person: the family asked that the name not be published.
  claim(markers.privateId, 'name', name(markers.privateName), { sourceId: null });
  claim(markers.privateId, 'occupation', text('lawyer'), { sourceId: null });
  claim(markers.privateId, 'visibility', text('private'), { sourceId: null });
  // A second record of the same person, merged into the private one: withheld with it.
  claim('per_alias', 'name', name(markers.mergedAlias), { sourceId: null });
  claim('per_alias', 'mergedInto', ref(markers.privateId), { sourceId: null });
  claim('det_hidden', 'person', ref(markers.privateId), { sourceId: null });
  claim('det_hidden', 'country', text('BY'), { sourceId: null });
  claim('det_hidden', 'charge', text(markers.charge), { sourceId: null });

  // Both held in BY from 2024, both released in June 2025: counts include both.
  for (const [sc, person, status, d] of [
    ['sc_hidden_1', markers.privateId, 'detained', '2024-03-01'],
    ['sc_hidden_2', markers.privateId, 'released', '2025-06-12'],
    ['sc_public_1', publicPersonId, 'detained', '2024-02-01'],
    ['sc_public_2', publicPersonId, 'released', '2025-06-12'],
  ] as const) {
    claim(sc, 'person', ref(person), { sourceId: null });
    claim(sc, 'status', text(status), { sourceId: null });
    claim(sc, 'date', day(d), { sourceId: null });
    claim(sc, 'country', text('BY'), { sourceId: null });
    if (status === 'released') claim(sc, 'release', ref(releaseId), { sourceId: null });
  }
  claim(releaseId, 'title', text('Two freed in June'));
  claim(releaseId, 'country', text('BY'));
  claim(releaseId, 'date', day('2025-06-12'));
  claim(releaseId, 'releasedCount', { type: 'number', number: 2, qualifier: 'exact' });
  claim(releaseId, 'released', ref(publicPersonId));
  claim(releaseId, 'released', ref(markers.privateId));
  claim(releaseId, 'mainReport', text(publicSourceId));
  claim(releaseId, 'mainReport', text(confidentialSourceId), { sourceId: confidentialSourceId });
  claim('deal_june', 'title', text('June understanding'));
  claim('deal_june', 'release', ref(releaseId));

  const reviews: Review[] = [
    {
      id: 'rev_001',
      claimId: rejected.id,
      state: 'rejected',
      author: user,
      at: '2025-01-02T00:00:00.000Z',
      note: `not a job: ${markers.reviewNote}`,
    },
  ];
  return { format: 'habeas-ledger', version: 1, sources, entities, claims, reviews };
}
