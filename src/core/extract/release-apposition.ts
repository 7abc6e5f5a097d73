// A name inside another's apposition is not freed by that mention: 'X, whose brother Y was
// executed, was freed', 'X, amico dello scrittore Y, è stato liberato', 'X, ein Freund des
// Journalisten Y, wurde freigelassen', 'X, муж журналистки Y, вышел на свободу'. The apposition
// is the words set off by commas right after a name; Y stands in it after a word of relation
// (an 'of', a genitive article, a relative pronoun) or, in languages without articles, after
// two lower-case words (a noun and the genitive of a person noun). A list is told apart by its
// items: 'X, the journalist Y and Z were freed' puts one person noun at most before Y.
import type { SentenceFacts } from './analyse.ts';
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';

// A relative pronoun opening the apposition: 'whose brother Y', 'dont le frère Y', 'who
// criticised Y', 'чей брат Y'.
const RELATIVE =
  /(?<![\p{L}])(?:whose|who|which|dont|qui|que|cuy[oa]s?|quien(?:es)?|che|cui|dessen|deren|чей|чья|чьё|чьи|который|которая|которые|которого|которой|чий|чия|чиє|чиї|який|яка|які|którego|której|których|który|która|kimin)(?![\p{L}])/iu;
// 'of' and an article or a person noun right before Y: 'friend of the writer Y', 'amico dello
// scrittore Y', 'ein Freund des Journalisten Y', 'hermano del periodista Y'. 'Laureate of the
// Nobel Prize Y' names the prize, so two words after 'of' are too many.
const OF_ONE_NOUN =
  /(?<![\p{L}])(?:of|de|del|della|dello|dei|degli|delle|des|du|di|da|do|dos|das|von|vom|van)(?:\s+(?:the|a|an|la|le|les|el|los|las|il|lo|gli|i|der|des|dem|den|o|a|os|as|het|de)|\s+l['’])?\s*[\p{L}\p{M}'’-]+\s+$|(?<![\p{L}])(?:des|der|dello|della|dei|degli|delle|del|du)\s+[\p{L}\p{M}'’-]+\s+$/iu;
// Words that make the segment a list of the freed, not an apposition.
const AND = /(?<![\p{L}])(?:and|et|y|e|und|en|и|і|й|i|oraz|ve|ile)(?![\p{L}])/iu;

const kinFirst = perLexicon((lx: Lexicon) => {
  const nouns = bareSource([...wordsOf(lx, 'relativeNouns'), ...wordsOf(lx, 'lawyerNouns')]);
  return nouns
    ? new RegExp(
        String.raw`^(?:(?:the|a|la|le|el|il|der|die|o)\s+)?(?:${nouns})(?![\p{L}\p{M}])`,
        'iu',
      )
    : null;
});

/** `m` stands inside the apposition of the name just before it, after a word of relation. */
export function inApposition(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  const base = f.sentence.start;
  const at = m.start - base;
  const host = f.people.filter((p) => p.end <= m.start).at(-1);
  if (!host) return false;
  const s = f.sentence.text;
  const between = s.slice(host.end - base, at);
  // The apposition opens with a comma right after the host and runs on to Y with no other one.
  const open = /^\s*[,،]\s*/u.exec(between);
  if (!open || /[,،.;:!?()«»"“”]/u.test(between.slice(open[0].length))) return false;
  const lead = between.slice(open[0].length);
  // French 'dont' is 'whose' here and 'among them' in lists: a release word only past it.
  if (AND.test(lead) || cueRules(lx).release.test(lead.replace(RELATIVE, ''))) return false;
  // It closes with a comma after Y, before the sentence goes on.
  const rest = s.slice(m.end - base);
  const close = rest.search(/[,،]/u);
  if (close < 0 || cueRules(lx).release.test(rest.slice(0, close))) return false;
  return RELATIVE.test(lead) || OF_ONE_NOUN.test(lead) || kinFirst(lx)?.test(lead) === true;
}
