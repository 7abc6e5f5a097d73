// Claims of how many political prisoners remain: "more than 1,000 ... according to Viasna".
import type { CountQualifier } from './contract.ts';
import { hintSource, initialCaseSource, wordsOf, wordsSource } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';

/** '|' and every language's entries of a list, or nothing: splices them into a rule. */
function more(field: Parameters<typeof wordsOf>[0]): string {
  const src = wordsSource(wordsOf(field));
  return src ? `|${src}` : '';
}

export interface RemainingFound {
  value: number;
  qualifier: CountQualifier;
  attributedTo: string | null;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const NOUN_AFTER = new RegExp(
  String.raw`^\s+(?:(?:more|other|people|jailed|imprisoned)\s+)?(?:political prisoners|prisoners of conscience|people|prisoners|dissidents|detainees|inmates|belarusians|cubans|nicaraguans|venezuelans|iranians|russians|политзаключенн\p{L}*|политзаключённ\p{L}*|политических заключенных|заключенн\p{L}*|человек)(?![\p{L}])|^\s+(?=remain|are still|still${more('prisonerNouns')})`,
  'iu',
);
const REMAIN_BASE =
  'remain|still|are (?:being |currently )?(?:held|behind bars|in prison|jailed|imprisoned|detained)|behind bars|languish|currently|continue to be|holds|stands at|остаются|остается|по-прежнему|все еще|всё ещё|за решеткой|за решёткой|находятся';
const REMAIN = new RegExp(`(?:${REMAIN_BASE}${more('remainAfter')})`, 'iu');
const TALLY_BASE =
  'according to|counts?|estimates?|tally|lists|reckon|number of political prisoners|(?:says|say|said|reports?) (?:that )?(?:there are )?|по данным|по подсчетам|насчитывает|считает|называют';
// Cheap first test: a remain word or a tally word, with the stems of the word lists' entries
// (hintSource) in place of their full alternations.
const GATE_WORDS = hintSource([...wordsOf('remainAfter'), ...wordsOf('accordingTo')]);
const GATE = new RegExp(
  `(?:${REMAIN_BASE}|${TALLY_BASE}${GATE_WORDS ? `|${GATE_WORDS}` : ''})`,
  'iu',
);
// A tally verb right before the figure: "Viasna counts 1,100", "says there are 1,100".
const TALLY_BEFORE =
  /(?:according to [^,.;]{1,40},|counts?|estimates?|lists|tally (?:of|at)|says|say|said|reports?|reckons?|stands at|holds|насчитыва\p{L}*|называют цифру|по данным [^,.;]{1,40},)(?:\s+that)?(?:\s+there\s+(?:are|were))?\s+$/iu;
const VERB =
  '(?:say|says|said|report|reports|reported|count|counts|estimate|estimates|believe|reckon|caution|warn|warns|list|lists)';
// Case-sensitive rule (capitals mark the source's name): the cue may start with either case.
const ACCORDING_TO = initialCaseSource(wordsOf('accordingTo'));
const ATTRIBUTIONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(Viasna|Вясна|Vyasna|Wiasna)/u, (m) => m[1]!],
  [
    /according to (?:the )?((?:[\p{Lu}][\p{L}'’-]*\s?){1,4}|(?:human )?rights (?:groups|defenders|activists|organi[sz]ations)|activists|rights groups)/u,
    (m) => m[1]!.trim(),
  ],
  [
    new RegExp(
      String.raw`(?:group|centre|center|organi[sz]ation|monitor)\s((?:[\p{Lu}\d][\p{L}\d]*\s?){1,3})\s*${VERB}\b`,
      'u',
    ),
    (m) => m[1]!.trim(),
  ],
  [
    new RegExp(
      String.raw`((?:[Hh]uman )?[Rr]ights (?:groups?|defenders|activists|organi[sz]ations|monitors|centre|center)|[Aa]ctivists|[Mm]onitors|[Cc]ampaigners)\s+${VERB}\b`,
      'u',
    ),
    (m) => m[1]!.trim(),
  ],
  [
    /(?:по данным|по подсчетам|по словам)\s+((?:правозащитн\p{L}+\s+)?(?:центра\s+)?[«"]?[\p{Lu}][\p{L}-]*[»"]?|правозащитник\p{L}*)/u,
    (m) => m[1]!.replace(/[«»"]/g, '').trim(),
  ],
  [/([Пп]равозащитник\p{L}*)/u, (m) => m[1]!],
  // 'secondo Viasna', 'según la ONG Foro Penal', 'laut Viasna': other languages' 'according to'.
  ...(ACCORDING_TO
    ? ([
        [
          // Only the cue ignores case: under the 'i' flag \p{Lu} would take any letter, and the
          // name would start at the first lowercase word ('organizacije Vjasna').
          new RegExp(
            String.raw`(?<![\p{L}])${ACCORDING_TO}\s+(?:\p{Ll}+\s+){0,3}?((?:[\p{Lu}][\p{L}'’-]*\s?){1,4})`,
            'u',
          ),
          (m: RegExpExecArray) => m[1]!.trim(),
        ],
      ] as [RegExp, (m: RegExpExecArray) => string][])
    : []),
  [new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]+\s){1,3})${VERB}\b`, 'u'), (m) => m[1]!.trim()],
];

function attribution(s: string): string | null {
  for (const [re, pick] of ATTRIBUTIONS) {
    const m = re.exec(s);
    if (m) return pick(m);
  }
  return null;
}

export function findRemaining(s: string): RemainingFound[] {
  if (!GATE.test(s)) return [];
  const out: RemainingFound[] = [];
  let attributedTo: string | null | undefined;
  for (const q of findQuantities(s)) {
    const noun = NOUN_AFTER.exec(s.slice(q.end, q.end + 60));
    if (!noun || q.value < 20) continue;
    // A stop between digits groups thousands ('1.100'): it does not end the clause.
    const clause =
      s.slice(q.start, q.start + 140).split(/(?<!\d)[.;]|[.;](?!\d)|,\s*(?:but|while|and)\s/u)[0] ??
      '';
    const before = s.slice(Math.max(0, q.start - 80), q.start);
    if (!REMAIN.test(clause) && !REMAIN.test(before) && !TALLY_BEFORE.test(before)) continue;
    if (
      /(?:(?:freed|released|pardoned|освобо|помилова)\p{L}*|(?:release|releasing|freeing) of)\s*$/iu.test(
        before,
      )
    )
      continue;
    if (attributedTo === undefined) attributedTo = attribution(s);
    out.push({
      value: q.value,
      qualifier: q.qualifier,
      attributedTo,
      start: q.start,
      end: q.end + noun[0].length,
    });
  }
  return out;
}
