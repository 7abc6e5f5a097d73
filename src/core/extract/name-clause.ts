// The clause that holds a name, and how that clause tells of a release. A release sentence often
// tells more than one thing: 'The government freed A; Amnesty called for the release of B',
// 'Liberaron a A; la oposición pidió la liberación de B'. Whether a name is among the freed rests
// on its own clause: whether the release word that governs it is done or asked for (its mood),
// and whether the name is the clause's agent ('pardoned by X', 'la notizia arriva da X'). The
// clause ends at ';' and ':', quotes and brackets, a comma with a conjunction that opens another
// clause (release-held.ts), a word that opens what was said ('that', 'que', 'что', 'dass'), and
// a relative clause (from its comma and pronoun to the next comma): the same marks in every
// language family; the words are each language's lists.
import type { SentenceFacts } from './analyse.ts';
import type { Span } from './detention-rules.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';
import { releaseCues } from './release-bystanders.ts';
import { CLAUSE_BREAK } from './release-held.ts';
import { requestAfter, requestBefore } from './release-request.ts';
import { EDGE_AFTER, EDGE_BEFORE, EdgeRule } from './word-edge.ts';

export interface Clause extends Span {
  /** The clause's release words, in order (offsets in the sentence). */
  releases: Span[];
}

// Marks that end a clause wherever they stand: ';', a ':' not between digits, quotes, brackets.
// Not a dash: Slavic languages write the copula with one ('Среди освобождённых — X и Y').
const MARK = /[;；؛]|(?<!\d):(?!\d)|[«»“”„"()（）]/gu;
// A comma and a relative pronoun (or a possessive relative) open a clause about someone named
// before it: ', who was arrested', ', dont le frère', ', cuyo hijo', ', который', ', الذي'.
const RELATIVE = new RegExp(
  String.raw`[,،]\s*(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquels|quien|quienes|cuyo|cuya|cuyos|cuyas|il\s+quale|la\s+quale|i\s+quali|le\s+quali|il\s+cui|la\s+cui|i\s+cui|le\s+cui|welche[rs]?|dessen|deren|котор\p{L}*|чей|чья|чьи|яки\p{L}*|який|яка|які|któr\p{L}*|którego|których|الذي|التي|الذين|اللذان|اللتان|که)${EDGE_AFTER}`,
  'giu',
);

// A word that opens what was said or thought, or a clause a verb takes: 'said that X and Y were
// freed', 'a indiqué que', 'заявил, что', 'sagte, dass', 'ha detto che', 'powiedział, że',
// 'söyledi ki', 'قال إن', 'گفت که'. The names after it are that clause's, not the speaker's.
// Its leading lookbehind is checked in code (word-edge.ts): read on every release sentence.
const COMPLEMENT = new EdgeRule(
  /(?<![\p{L}\p{M}])(?:that|que|qu['’]|что|що|dass|daß|che|że|iż|hogy|ki|أن|بأن|إن|که)(?![\p{L}\p{M}])/giu,
);

/** Where the sentence's clauses end: each mark's span, in order. */
function breaks(s: string): Span[] {
  const out: Span[] = [];
  for (const m of [...allMatches(MARK, s), ...allMatches(CLAUSE_BREAK, s), ...COMPLEMENT.all(s)])
    out.push({ start: m.index, end: m.index + m[0].length });
  // A relative clause ends at the next comma: 'X, who was held in Minsk, and Y were freed' (X and
  // Y are the main clause's).
  for (const m of allMatches(RELATIVE, s)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end });
    const comma = s.slice(end).search(/[,،]/u);
    if (comma >= 0) out.push({ start: end + comma, end: end + comma + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

const memo = new WeakMap<SentenceFacts, Clause[]>();

/** The sentence's clauses with their release words, read once a sentence. */
export function clausesOf(f: SentenceFacts, lx: Lexicon): Clause[] {
  let out = memo.get(f);
  if (out) return out;
  const s = f.sentence.text;
  out = [];
  let from = 0;
  for (const b of [...breaks(s), { start: s.length, end: s.length }]) {
    if (b.start > from) out.push({ start: from, end: b.start, releases: [] });
    from = Math.max(from, b.end);
  }
  for (const r of releaseCues(f, lx))
    out.find((c) => r.start >= c.start && r.start < c.end)?.releases.push(r);
  memo.set(f, out);
  return out;
}

/** The clause holding the span [at, end) of the sentence (offsets in the sentence). */
export function clauseAt(f: SentenceFacts, at: number, lx: Lexicon): Clause | undefined {
  return clausesOf(f, lx).find((c) => at >= c.start && at < c.end);
}

/**
 * The release word that governs the name is asked for, not done: 'Amnesty called for the
 * release of X', 'pidió la liberación de X', 'потребовал освободить X', 'X için serbest
 * bırakılma talep etti'. The governing release word is the nearest one before the name in its
 * clause, or (verb-final) the first one after it; the request stands right before it, or
 * (verb-final) right after it.
 */
export function requestedFor(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  if (!f.release) return false;
  const at = m.start - f.sentence.start;
  const c = clauseAt(f, at, lx);
  if (!c) return false;
  const releases = c.releases;
  if (releases.length === 0) return false;
  const text = f.sentence.text.slice(c.start, c.end);
  const before = releases.findLast((p) => p.end <= at);
  if (before) return requestBefore(text, before.start - c.start, lx);
  const after = releases.find((p) => p.start >= m.end - f.sentence.start);
  return after !== undefined && requestAfter(text, after.end - c.start, lx);
}

// Words that mark who does what a clause tells, right before that person's name: 'by', 'por',
// 'par', 'da'/'dal' (Italian), 'durch' (not 'von', which also marks whose release: 'Freilassung
// von X'), 'przez', 'от', 'від', 'door', 'توسط', 'من قبل';
// Turkish puts 'tarafından' after the name. A title or a few lower-case words may stand between
// ('par le président', 'dal presidente egiziano').
const AGENT_WORDS: Record<string, string> = {
  en: 'by',
  es: 'por',
  pt: 'por|pelo|pela',
  fr: 'par',
  it: 'da|dal|dalla|dallo|dai|dagli|dalle',
  de: 'durch',
  nl: 'door',
  pl: 'przez',
  ru: 'от|со\\s+стороны',
  uk: 'від|з\\s+боку',
  fa: 'توسط|از\\s+سوی|از\\s+طرف',
  ar: 'من\\s+قبل|من\\s+طرف',
};
// Not a possessive after the word: 'por su parte', 'pour sa part', 'da parte sua' set the name
// apart, they mark no agent.
const NO_POSSESSIVE = String.raw`(?!\s+(?:su|sus|sa|son|ses|suo|sua|his|her|their|seu|sua|jego|jej|его|её|його|її)${EDGE_AFTER})`;
// An article may open the words between, not stand among them: 'dal carcere il ricercatore X'
// is 'from prison, the researcher X', no agent.
const ARTICLE = String.raw`(?:the|a|an|il|lo|la|i|gli|le|el|los|las|les|un|una|une|o|os|as|der|die|das|het|de)`;
const GAP_WORD = String.raw`(?!${ARTICLE}${EDGE_AFTER})\p{Ll}[\p{L}\p{M}'’-]*`;
const AGENT_BEFORE = new Map(
  Object.entries(AGENT_WORDS).map(([lang, w]) => [
    lang,
    new RegExp(
      String.raw`${EDGE_BEFORE}(?:${w})${NO_POSSESSIVE}(?:\s+${ARTICLE})?(?:\s+${GAP_WORD}){0,2}\s+$`,
      'iu',
    ),
  ]),
);
const AGENT_AFTER = /^(?:['’]\p{L}*)?\s+tarafından(?![\p{L}\p{M}])/u;

/**
 * The name is the agent of its clause's predicate ('pardoned by X', 'la notizia arriva da X',
 * 'concedida por X', 'X tarafından'): who acts or reports, not the one freed.
 */
export function agentIn(f: SentenceFacts, m: PersonMention, lx: Lexicon, language = ''): boolean {
  const s = f.sentence.text;
  const at = m.start - f.sentence.start;
  const end = m.end - f.sentence.start;
  if (language === 'tr' && AGENT_AFTER.test(s.slice(end, end + 30))) return true;
  const re = AGENT_BEFORE.get(language);
  if (!re) return false;
  const c = clauseAt(f, at, lx);
  return re.test(s.slice(Math.max(c?.start ?? 0, at - 60), at));
}
