// A count whose own predicate arrests, charges or sentences its people counts the detained,
// not the freed: '45人被判…罪成', '12 activists were arrested', 'были осуждены 30 человек'.
// In Han script a count before 案 names a case ('初選47人案'), and a release verb joined to
// the count by 的 ('獲釋的4人', the four freed) is the count's own verb.
import { type Lexicon, orWords, perLexicon } from './lexicons/index.ts';

const PASSIVE = String.raw`(?:were|have been|had been|got|being)\s+(?:\p{L}+ly\s+)?(?:arrested|detained|sentenced|convicted|charged|jailed|imprisoned|indicted|tried)|(?:были\s+)?(?:арестован\p{L}*|задержан\p{L}*|осужден\p{L}*|осуждён\p{L}*|приговорен\p{L}*|приговорён\p{L}*)|(?:fueron|han sido|foram|ont été|sono stati|wurden|zostali|su)\s+(?:\p{L}+\s+)?(?:detenid\p{L}*|arrestad\p{L}*|condenad\p{L}*|pres[oa]s|encarcelad\p{L}*|arrêtés|condamnés|arrestati|condannati|festgenommen|verhaftet|verurteilt|aresztowan\p{L}*|skazan\p{L}*|zatrzyman\p{L}*|uhapšen\p{L}*|osuđen\p{L}*)|(?:\p{L}+\s+){0,2}?(?:verhaftet|festgenommen|verurteilt|inhaftiert)`;
// (German puts the participle after the noun: 'wurden 14 Aktivisten verhaftet'.)

const rules = perLexicon((lx: Lexicon) => ({
  // Right after the count's noun (Han: '均', 'all', may come between).
  detainedAfter: new RegExp(
    String.raw`^(?:\s*(?:${PASSIVE})(?![\p{L}])|[均皆都已]?(?:被判|被捕|被控|被起訴|被起诉|被拘|被關押|被关押|被定罪${orWords(lx, 'arrestWords')}${orWords(lx, 'sentenceWords')}))`,
    'iu',
  ),
  // 'the four freed': a Han release verb joined to the count by 的/之.
  hanFreedBefore: new RegExp(
    String.raw`(?:獲釋|获释|釋放|释放|出獄|出狱|刑滿|刑满|特赦|赦免${orWords(lx, 'releasedAfterCount')})[的之]\s*$`,
    'u',
  ),
}));

// The clause after a count: to the next clause or sentence end (Han commas included).
const CLAUSE_END = /[.;!?。,,;]/u;

/** Whether the count whose noun ends at `end` is a count of people detained, not freed. */
export function countsDetained(s: string, start: number, end: number, lx: Lexicon): boolean {
  if (hanFreedBefore(s, start, lx)) return false;
  if (/^\s*案/u.test(s.slice(end, end + 3))) return true;
  const rest = s.slice(end, end + 120);
  const stop = rest.search(CLAUSE_END);
  return rules(lx).detainedAfter.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** Whether a Han release verb joined by 的 stands right before a count ('獲釋的4人'). */
export function hanFreedBefore(s: string, start: number, lx: Lexicon): boolean {
  return rules(lx).hanFreedBefore.test(s.slice(Math.max(0, start - 12), start));
}
