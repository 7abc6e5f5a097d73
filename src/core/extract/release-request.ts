// A release someone asks for is no release: 'Trump asked Lukashenko to free 1,300 prisoners',
// 'petitioned for the release of 44', 'chiedere la liberazione degli 81'. A count whose clause
// opens with a request word and then a release word counts the people asked for.
import { cueRules } from './lexicon.ts';
import { type Lexicon, orWords, perLexicon } from './lexicons/index.ts';
import { EdgeRule } from './word-edge.ts';

// Verbs and nouns of asking, in the languages the set reads; each language's requestWords
// (a prosecutor's demand, written for detentions) join them.
const REQUEST_BASE = [
  `ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|appeal(?:s|ed|ing)? (?:for|to)|press(?:es|ed|ing)? for|plead(?:s|ed|ing)? for|seek(?:s|ing)?|sought|request(?:s|ed|ing)?`,
  String.raw`потребова\p{L}*|требова\p{L}*|требу\p{L}*|призва\p{L}*|призыва\p{L}*|попроси\p{L}*|проси\p{L}*|добива\p{L}*|вимага\p{L}*|закли\p{L}*`,
  String.raw`pid(?:e|en|ió|ieron|ir|iendo)|exig(?:e|en|ió|ieron|ir|iendo)|reclam\p{L}*|solicit\p{L}*|inst(?:a|ó|aron|an)|ped(?:e|em|iu|iram|ir|indo)|exigiu|exigiram|apel(?:ou|aram|a|am)`,
  String.raw`demand\p{L}*|exig\p{L}*|réclam\p{L}*|appel(?:le|lent|é|ait|er) à|chied\p{L}*|chiest\p{L}*|chiese\p{L}*|sollecit\p{L}*|forder\p{L}*|verlang\p{L}*|bat|bittet|appellier\p{L}*`,
  String.raw`zażąda\p{L}*|żąda\p{L}*|domaga\p{L}*|wezwa\p{L}*|wzywa\p{L}*|apelowa\p{L}*|poprosi\p{L}*|prosi\p{L}*|zatraži\p{L}*|traži\p{L}*|zahtijeva\p{L}*|zahteva\p{L}*|pozva\p{L}*|poziva\p{L}*`,
  String.raw`talep\p{L}*|iste(?:di|miş|yor|mişti)\p{L}*|çağrı\p{L}*|eist\p{L}*|vroeg|vraagt|verzoek\p{L}*|ζήτ\p{L}*|απαίτ\p{L}*`,
  String.raw`طالب\p{L}*|يطالب\p{L}*|تطالب\p{L}*|مطالب\p{L}*|دعا|دعت|يدعو|تدعو|خواستار|درخواست`,
].join('|');
// Han writes no spaces: its words need no edges.
const REQUEST_HAN = '要求|呼籲|呼吁|促請|促请|敦促|請求|请求';

// Infinitives the release cues leave out (they read reports of releases, not requests).
const FREE_VERB =
  /(?<![\p{L}])(?:free|release|освободить|звільнити|liberar|libertar|libérer|liberare|freilassen|freizulassen|uwolnić|pusti\p{L}*|oslobodi\p{L}*)(?![\p{L}])/iu;
// Verb-final languages ask after the release: '60 gazetecinin serbest bırakılmasını talep etti'.
const RELEASE_THEN_REQUEST =
  /^[^.;!?]{0,60}?(?:serbest bırakıl\p{L}*|tahliye\p{L}*|آزادی)\s+(?:\p{L}+\s+)?(?:talep|iste|çağrı|خواستار|درخواست)/iu;

/** How far before a count its request may stand. */
const WINDOW = 120;

const rules = perLexicon((lx: Lexicon) => ({
  // Its lookbehind checked in code (word-edge.ts), not tried first at every position.
  request: new EdgeRule(
    new RegExp(
      String.raw`(?:(?<![\p{L}])(?:${REQUEST_BASE}${orWords(lx, 'requestWords')})(?![\p{L}])|${REQUEST_HAN})`,
      'giu',
    ),
  ),
}));

/**
 * Whether the count at `start` is a release asked for: a request word before it, in its
 * sentence and with no clause end between, and a release word between the request and the count.
 */
export function requestedRelease(s: string, start: number, lx: Lexicon): boolean {
  if (RELEASE_THEN_REQUEST.test(s.slice(start, start + 100))) return true;
  const from = Math.max(0, start - WINDOW);
  const before = s.slice(from, start);
  const cut = Math.max(...['.', ';', '!', '?', '。', '؛'].map((p) => before.lastIndexOf(p)));
  const span = before.slice(cut + 1);
  const m = rules(lx).request.exec(span);
  if (!m) return false;
  const rest = span.slice(m.index + m[0].length);
  return FREE_VERB.test(rest) || cueRules(lx).releaseTest.test(rest);
}

// Between a request word and the release word it asks for: a few words, no comma ('called for
// the release of', 'asked Lukashenko to free', 'pidió la liberación', 'потребовал освободить').
const ASK_GAP = /^(?:(?:\s+[^\s,،.;:!?]+){0,4}\s+|\s*)$/u;
// Verb-final languages put the request after the release noun: 'serbest bırakılmasını talep
// etti', 'خواستار آزادی ... شد' is read by the first test.
const ASK_AFTER = /^[\p{L}\p{M}'’]*(?:\s+[^\s,،.;:!?]+){0,2}?\s+$/u;

/** Whether a request word stands right before `at`, the start of a release word in `clause`. */
export function requestBefore(clause: string, at: number, lx: Lexicon): boolean {
  const before = clause.slice(Math.max(0, at - 80), at);
  for (const m of rules(lx).request.all(before))
    if (ASK_GAP.test(before.slice(m.index + m[0].length))) return true;
  return false;
}

/** Whether a request word stands right after `end`, the end of a release word (verb-final). */
export function requestAfter(clause: string, end: number, lx: Lexicon): boolean {
  const after = clause.slice(end, end + 60);
  for (const m of rules(lx).request.all(after))
    if (ASK_AFTER.test(after.slice(0, m.index))) return true;
  return false;
}
