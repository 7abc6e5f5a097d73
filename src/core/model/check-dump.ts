import { checkReportUrl } from '../report-address.ts';
import { findUnstorable } from '../unicode.ts';
import { checkEvidence } from './claim.ts';
import type { LedgerDump } from './dump.ts';
import { checkPropertyValue } from './properties.ts';

/**
 * Checks that a ledger dump holds together on its own: unique ids, every reference resolves
 * inside the dump, values fit the schema and evidence quotes its source exactly. Returns one
 * 'path: problem' line per fault so an import can refuse the file and say every reason.
 */
export function checkDump(dump: LedgerDump, limit = 50): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const sources = uniqueIds(dump.sources, 'sources', add);
  const entities = uniqueIds(dump.entities, 'entities', add);
  const claims = uniqueIds(dump.claims, 'claims', add);
  uniqueIds(dump.reviews, 'reviews', add);
  const entityType = new Map(dump.entities.map((e) => [e.id, e.type]));
  const sourceText = new Map(dump.sources.map((s) => [s.id, s.text]));

  dump.sources.forEach((s, i) => {
    if (s.duplicateOf && !sources.has(s.duplicateOf))
      add(`sources[${i}].duplicateOf: source '${s.duplicateOf}' is not in the file`);
    const url = s.url === null ? null : checkReportUrl(s.url);
    if (url && !url.ok) add(`sources[${i}].url: ${url.problem.replace(/^url /, '')}`);
  });
  dump.claims.forEach((c, i) => {
    const at = `claims[${i}]`;
    const type = entityType.get(c.subjectId);
    if (!entities.has(c.subjectId))
      add(`${at}.subjectId: entity '${c.subjectId}' is not in the file`);
    else if (type !== c.subjectType)
      add(`${at}.subjectType: '${c.subjectType}' but entity '${c.subjectId}' is a ${type}`);
    try {
      checkPropertyValue(c.subjectType, c.property, c.value);
    } catch (e) {
      add(`${at}: ${(e as Error).message}`);
    }
    if (c.value.type === 'ref' && !entities.has(c.value.id))
      add(`${at}.value: refers to entity '${c.value.id}', which is not in the file`);
    if (c.supersedes && !claims.has(c.supersedes))
      add(`${at}.supersedes: claim '${c.supersedes}' is not in the file`);
    checkClaimSource(c, at, sourceText, add);
  });
  for (const part of ['sources', 'entities', 'claims', 'reviews'] as const)
    dump[part].forEach((record, i) => {
      findUnstorable(record, `${part}[${i}]`, add);
    });
  dump.reviews.forEach((r, i) => {
    if (!claims.has(r.claimId))
      add(`reviews[${i}].claimId: claim '${r.claimId}' is not in the file`);
  });
  return problems;
}

function uniqueIds(
  items: ReadonlyArray<{ id: string }>,
  what: string,
  add: (p: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id)) add(`${what}[${i}].id: '${x.id}' appears more than once`);
    seen.add(x.id);
  });
  return seen;
}

function checkClaimSource(
  c: LedgerDump['claims'][number],
  at: string,
  sourceText: ReadonlyMap<string, string>,
  add: (p: string) => void,
): void {
  if (c.sourceId === null) {
    if (c.evidence) add(`${at}.evidence: evidence needs a sourceId`);
    return;
  }
  const text = sourceText.get(c.sourceId);
  if (text === undefined) {
    add(`${at}.sourceId: source '${c.sourceId}' is not in the file`);
    return;
  }
  if (!c.evidence) return;
  try {
    checkEvidence(c.evidence, text);
  } catch (e) {
    add(`${at}.evidence: ${(e as Error).message}`);
  }
}
