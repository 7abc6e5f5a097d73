/** Shared shapes of the name engine. Plain data, JSON-serialisable. */

export type Decision = 'match' | 'review' | 'no_match';

export type EvidencePart =
  | 'surname'
  | 'given'
  | 'patronymic'
  | 'gender'
  | 'judgement'
  | 'name'
  | 'script';

export type EvidenceHow =
  | 'exact'
  | 'transliteration'
  | 'given_name_group'
  | 'diminutive'
  | 'translation'
  | 'skeleton'
  | 'phonetic'
  | 'one_edit'
  | 'initial'
  | 'missing'
  | 'mismatch'
  | 'same'
  | 'different'
  | 'unreadable'
  | 'compound';

/** One reason behind a score: which part of the two names matched, how, and how much. */
export interface EvidenceItem {
  part: EvidencePart;
  a: string;
  b: string;
  how: EvidenceHow;
  score: number;
  /** Extra detail, e.g. the case ending stripped from an inflected query ('Колесниковой'). */
  note?: string;
}

export interface CompareResult {
  a: string;
  b: string;
  score: number;
  decision: Decision;
  evidence: EvidenceItem[];
}

/**
 * A match a rule reached by reading one side otherwise (a word set aside, a part dropped): the
 * inner comparison's score and evidence, with the rule's own item last, for the original pair.
 */
export function matchReadOtherwise(
  a: string,
  b: string,
  inner: CompareResult,
  rule: EvidenceItem,
): CompareResult {
  return { a, b, score: inner.score, decision: 'match', evidence: [...inner.evidence, rule] };
}

export type Gender = 'm' | 'f' | null;

/** One given name in its spellings, pet forms and equivalents (given-names-data.ts). */
export interface GivenNameGroup {
  id: string;
  gender: 'm' | 'f';
  names: string[];
  diminutives?: string[];
  diminutiveOf?: string[];
  translations?: string[];
  /** A naming tradition with its own romanisation rules (see families.ts). */
  family?: 'arabic';
}
