// People a detention sentence names who are not held in it: who speaks ('said X', 'affirme
// Walid N.', 'X, ..., informó que'), the lawyer of someone ('Mohammadi's lawyer, X', 'el abogado
// defensor de S., X'), and people the story only refers to ('the death of X', 'памяти X', 'que
// lidera X', 'yerno de X'). The words are each language's lists (speechVerbs, lawyerNouns,
// referenceBefore); the shapes around them are the same in every language. See detentions.ts.

import { creditedAt } from './credits.ts';
import { possessor } from './detention-possessors.ts';
import type { Span } from './detention-rules.ts';
import {
  bareSource,
  hintRegExp,
  hintSource,
  type Lexicon,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import { listAround } from './name-list.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

// Words that open a clause of what was said ('said that X was ...'): a name after one is the
// clause's subject, not the speaker.
const THAT =
  '(?:that|que|qu|что|што|що|dass|daß|che|że|iż|kad|da|že|ki|hogy|jog|how|como|wie|как|як|comment|if|si|ob)';
// Between a verb of saying and the speaker's name: words or titles ('a indiqué Me', 'додає
// адвокат', 'sako žmogaus teisių centro „Viasna“ teisininkas'), none opening a clause; more than
// three only when a lawyer noun is among them.
const GAP = String.raw`((?:\s+(?!${THAT}(?![\p{L}]))[\p{L}.'’«»„“"-]+){0,6})`;
const SHORT_GAP = 3;
// 'his lawyer', "Mohammadi's lawyer", 'su abogado', 'его адвокат': someone's lawyer.
const POSSESSED =
  /(?:['’]s|(?<![\p{L}])(?:his|her|their|su|sus|son|sa|ses|leur|sein\p{L}*|ihr\p{L}*|его|её|ее|их|jego|jej|ich|suo|sua|seu|onun|jo|jos))\s+(?:\p{Ll}+\s+)?$/iu;
// 'abogado defensor de Suazo', 'lawyer for the family', 'avocat de': the lawyer of someone.
const OF = /(?<![\p{L}])(?:of|for|de|del|di|von|des|du|da)\s/iu;

const rules = perLexicon((lx: Lexicon) => {
  const src = (field: 'speechVerbs' | 'lawyerNouns' | 'referenceBefore') =>
    bareSource(wordsOf(lx, field));
  const [speech, lawyer, reference] = [
    src('speechVerbs'),
    src('lawyerNouns'),
    src('referenceBefore'),
  ];
  // After a name only verbs say it speaks: 'X, ..., according to Turkish sources' cites others.
  const sources = new Set(['according to', ...wordsOf(lx, 'accordingTo')]);
  const verbs = bareSource(wordsOf(lx, 'speechVerbs').filter((w) => !sources.has(w)));
  // Cheap pre-tests: a piece of text every word of the list holds.
  const hint = (field: 'speechVerbs' | 'lawyerNouns' | 'referenceBefore') => {
    const h = hintSource(wordsOf(lx, field));
    return h ? hintRegExp(h) : null;
  };
  const word = (s: string) => String.raw`(?<![\p{L}])(?:${s})(?![\p{L}])`;
  return {
    speechBefore: speech ? new RegExp(String.raw`${word(speech)}${GAP}[,:]?\s+$`, 'iu') : null,
    // 'X informó', 'X, ..., a déclaré', 'X (phó giám đốc ...) cho biết': the verb after the
    // name, or after an apposition between commas or brackets.
    speechAfter: verbs
      ? new RegExp(
          String.raw`^(?:\s*[,،][^,،.;:]{1,80}[,،]|\s*\([^().;]{1,80}\))?\s*${word(verbs)}`,
          'iu',
        )
      : null,
    speechHint: hint('speechVerbs'),
    // '..., Juan G., afirmó': a name between commas, the verb right after the second (Arabic
    // script's comma '،' too).
    speechAfterComma: verbs ? new RegExp(String.raw`^[,،]\s*${word(verbs)}`, 'iu') : null,
    lawyer: lawyer ? new RegExp(word(lawyer), 'iu') : null,
    lawyerHint: hint('lawyerNouns'),
    referenceHint: hint('referenceBefore'),
    lawyerBefore: lawyer
      ? new RegExp(String.raw`${word(lawyer)}((?:\s+[\p{L}.'’-]+){0,3})[,\s]*$`, 'iu')
      : null,
    // 'the death of 22-year-old X', 'Tod der jungen Kurdin X': up to three words between.
    referenceBefore: reference
      ? new RegExp(String.raw`${word(reference)}(?:\s+[\p{L}\d'’-]+){0,3}\s+[«"„“]?$`, 'iu')
      : null,
  };
});

// 'Alexei Navalny's wife Yulia', 'Mohammadi's lawyer': the name owns who the sentence is about.
const KIN_AFTER =
  /^['’]s?\s+(?:\p{Ll}+\s+)?(?:wife|husband|widow|son|daughter|mother|father|brother|sister|family|relatives|colleague|spokes\p{L}+|office|team|supporters?|lawyers?|attorneys?)(?![\p{L}])/u;

// A name followed by a clause mark or the sentence's end ('said Michael Page, deputy director'),
// or by where it was said ('ha concluido el activista X en Twitter.', 'à l’AFP').
const ENDS_CLAUSE =
  /^\s*(?:[,.;:)»"“”—–]|\s-\s|$)|^\s+\p{Ll}{1,3}\s+(?:\p{Ll}{1,3}['’]?\s*)?\p{Lu}[\p{L}'’-]*\s*(?:[,.;:]|$)/u;

// The verb's own speaker right after it, ending the sentence: 'X, ..., a déclaré le ministre.',
// '..., said the minister.' The name before is what was said about, not who said it.
const INVERTED =
  /^\s+(?:the|le|la|les|l['’]|el|il|lo|der|die|das|de|het|o|a|his|her|its|son|sa|su|sein\p{L}*|ihr\p{L}*)\s*\p{L}+(?:\s+\p{L}+)?\s*(?:[.;]|$)/iu;

/**
 * Whether `p`, named in sentence `s` with event cues `cues` (offsets in the sentence: detention
 * or release words), is a speaker, a lawyer or someone the story refers to rather than one of the
 * people it is about.
 */
export function bystander(
  p: PersonMention,
  s: Sentence,
  cues: readonly Span[],
  lx: Lexicon,
): boolean {
  const r = rules(lx);
  const at = p.start - s.start;
  const end = p.end - s.start;
  if (at < 0 || end > s.text.length) return false;
  const before = s.text.slice(Math.max(0, at - 80), at);
  const after = s.text.slice(end);
  if (KIN_AFTER.test(after) || creditedAt(s.text, at, end)) return true;
  const has = wordsIn(s, r);
  // An event word between the verb and the name makes the name its subject ('said X was held').
  const cueIn = (from: number, to: number) => cues.some((c) => c.start >= from && c.end <= to);
  const sb = has.speech ? r.speechBefore?.exec(before) : null;
  if (sb && !cueIn(at - before.length + sb.index, at)) {
    // 'a indiqué Me X à l'AFP': a lawyer after the verb speaks whatever follows the name.
    const lawyer = r.lawyer?.test(sb[1]!) ?? false;
    const words = sb[1]!.trim().split(/\s+/u).length;
    // 'Según el presidente de la organización, X, ...': a speaker set off by commas.
    const set = /,\s*$/u.test(sb[0]) && /^\s*,/u.test(after);
    if (lawyer || set || (words <= SHORT_GAP && ENDS_CLAUSE.test(after))) return true;
  }
  const sa = has.speech ? r.speechAfter?.exec(after) : null;
  // 'X повідомили про підозру', 'Y оголосили підозру': a verb of saying that opens an event's
  // phrase is that event's predicate, and the name its patient, not the speaker.
  const opens = (from: number, to: number) => cues.some((c) => c.start >= from && c.start < to);
  if (
    sa &&
    !cueIn(end, end + sa[0].length) &&
    !opens(end, end + sa[0].length) &&
    !INVERTED.test(after.slice(sa[0].length))
  )
    return true;
  // Not 'задержали блогера X, сообщили его родные', where the speakers follow the verb.
  if (has.speech && /[,،]\s*$/u.test(before) && r.speechAfterComma?.test(after)) return true;
  // 'The jailed lawyer X', 'Die Anwältin X' may be the prisoner; someone's lawyer is not.
  const lb = has.lawyer ? r.lawyerBefore?.exec(before) : null;
  if (lb && (OF.test(lb[1] ?? '') || POSSESSED.test(before.slice(0, lb.index)))) return true;
  return (has.reference && r.referenceBefore?.test(before)) ?? false;
}

type Rules = ReturnType<typeof rules>;
interface Has {
  speech: boolean;
  lawyer: boolean;
  reference: boolean;
}

// Which lists' words the sentence holds at all, kept for its next person: most hold none.
let lastSentence: Sentence | null = null;
let lastRules: Rules | null = null;
let lastHas: Has = { speech: false, lawyer: false, reference: false };

function wordsIn(s: Sentence, r: Rules): Has {
  if (s !== lastSentence || r !== lastRules) {
    lastHas = {
      speech: r.speechHint?.test(s.text) ?? false,
      lawyer: r.lawyerHint?.test(s.text) ?? false,
      reference: r.referenceHint?.test(s.text) ?? false,
    };
    lastSentence = s;
    lastRules = r;
  }
  return lastHas;
}

/**
 * The people of `all` (sorted, of sentence `s`) who may be held: not bystanders, nor in one list
 * with a bystander ('la libertad ... especialmente la de A, B y C').
 */
export function heldOnly(
  all: readonly PersonMention[],
  s: Sentence,
  cues: readonly Span[],
  lx: Lexicon,
): PersonMention[] {
  const out = new Set(all);
  all.forEach((p, i) => {
    if (!out.has(p) || !bystander(p, s, cues, lx)) return;
    const [first, last] = listAround(all as PersonMention[], i, s);
    for (let k = first; k <= last; k++) out.delete(all[k]!);
  });
  // 'a supporter of X': X owns who is held; only that name goes, not its list.
  return all.filter((p) => out.has(p) && !possessor(p, s, lx));
}
