/**
 * The result of comparing a name by a table's reading (kanji.ts, cantonese-reading.ts): the
 * parts' evidence and a last item that names the reading (`note`), for the pair in the order
 * it was given. `flip` when the name read by the table was the second one compared.
 */
import type { CompareResult, Decision, EvidenceItem } from './types.ts';

export function readingResult(
  read: string,
  other: string,
  flip: boolean,
  decision: Decision,
  score: number,
  items: EvidenceItem[],
  note: string,
): CompareResult {
  const [a, b] = flip ? [other, read] : [read, other];
  const script: EvidenceItem = { part: 'script', a, b, how: 'transliteration', score: 1, note };
  return { a, b, score, decision, evidence: [...items, script] };
}
