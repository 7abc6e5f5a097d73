// Go-betweens read from a clause's structure with per-language word classes rather than fixed
// phrases: the subject of a go-between's verb ('Oman negotiated the release', 'Catar medió',
// 'Turcja pośredniczyła'), of 'acted as mediator' ('Turquía, que actuó como mediadora'), of
// 'played a key role in the exchange' ('Die Türkei spielte eine Schlüsselrolle beim
// Austausch', 'أدت تركيا دورا'). Verb-last and caseless languages (tr, ar, fa, zh) name the
// subject as the clause's first state before the verb or noun.
import {
  bareSource,
  hintSource,
  initialCaseSource,
  type Lexicon,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import type { NameSpan } from './mediator-phrases.ts';
import { nameAfter } from './name-after-cue.ts';
import { findPlaces, placeCode } from './places.ts';

// Function words that may stand between a subject and its verb in any covered language ('has',
// 'also', 'reportedly', 'ha', 'a', 'hat', 'también', 'также', 'też'): nothing else may, so a
// noun before the verb ('the Qatar-US deal brokered by') names no subject.
const BETWEEN =
  'has|have|had|also|reportedly|personally|successfully|then|later|quietly|ha|hanno|a|ont|avait|avaient|aussi|hat|haben|hatte|hatten|auch|también|ya|había|habían|ha|han|também|já|tinha|anche|aveva|также|тоже|лично|успешно|też|również|już|osobiście|також|особисто|je|su|је|су|so|sta';
// A relative pronoun after the subject ('Qatar, which mediated', 'Turquía, que actuó').
const RELATIVE =
  'which|who|that|que|quien|qui|lequel|laquelle|che|il quale|la quale|der|die|das|welche|welcher|который|которая|которое|которые|який|яка|яке|які|który|która|które|którzy|koji|koja|koje|који|која|које|ki|kuris|kuri|kurie|kurios|amely|aki';
// A capitalised run of up to four words (an acronym in brackets after it), ending right before
// the verb over BETWEEN words or a relative pronoun (with or without its comma: 'Predsedništva
// Turske koje je posredovalo').
const SUBJECT = new RegExp(
  String.raw`(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s\(\p{Lu}[\p{L}]*\))?)(?:\s*,?\s*(?:${RELATIVE})\s+|\s+)(?:(?:${BETWEEN})\s+){0,2}$`,
  'u',
);
// Capitalised articles that open a sentence before a state ('La Turquie', 'Die Türkei').
const ARTICLE = /^(?:The|La|Le|Les|L['’]|El|Los|Las|Il|Lo|Der|Die|Das|O|A|Os|As)(?:\s+|(?<=['’]))/u;
// A Turkish case ending after an apostrophe ('Katar'ın', 'MİT'in').
const TURKISH_ENDING = /['’]\p{Ll}{1,5}$/u;
const COORDINATED =
  /(?:^|\s)(?:and|y|e|et|und|и|і|та|i|oraz|ve|with|con|avec|mit|с|з|z)\s+(?:the\s+)?$/iu;
// 'for' after thanks, in the languages of the lists.
const FOR = 'for|por|pela|pelo|pelos|pelas|pour|per|für|за|za|na|на|už';
// After a participle, 'by' makes the name the agent of a passive, read by the cues instead.
const BY_AFTER = /^\s+(?:by|por|pelo|pela|par|da|dal|dalla|von|przez|от)\s/u;
// A clause's end: the subject of a verb-last clause is looked for after it.
const CLAUSE_END = /[.;:!?。；！？]/gu;
const VERB_LAST = /[\p{sc=Arabic}\p{sc=Han}]/u;
const TURKISH_LETTERS = /[ığşə]/u;

const rules = perLexicon((lx) => {
  const src = (field: Parameters<typeof wordsOf>[1]) => initialCaseSource(wordsOf(lx, field));
  const verbs = src('goBetweenVerbs');
  const nouns = src('mediatorNouns');
  const acting = src('actingAs');
  const roleVerbs = src('roleVerbs');
  const roleNouns = src('roleNouns');
  const deal = bareSource(wordsOf(lx, 'dealWords'));
  const thank = src('thankVerbs');
  const help = src('helpVerbs');
  const part = src('partNouns');
  // Word edges, except in Chinese, which writes no spaces between words ('梵蒂冈促成了').
  const edge = (body: string) =>
    new RegExp(String.raw`(?<!(?!\p{sc=Han})[\p{L}\p{M}])(?:${body})(?!(?!\p{sc=Han})\p{L})`, 'gu');
  const hint = hintSource(
    ['goBetweenVerbs', 'mediatorNouns', 'roleNouns', 'thankVerbs', 'helpVerbs'].flatMap((f) =>
      wordsOf(lx, f as Parameters<typeof wordsOf>[1]),
    ),
  );
  return {
    hint: hint ? new RegExp(hint, 'iu') : null,
    verb: verbs ? edge(verbs) : null,
    acting:
      acting && nouns
        ? edge(
            String.raw`(?:${acting})\s*(?:(?:an?|the|un|una|une|uno|el|la|le|il|lo|o|a|ein|eine|einen)\s+(?:\p{Ll}+\s+)?)?(?:${nouns})`,
          )
        : null,
    // The verb, up to six words, the part (a German compound 'Schlüsselrolle' included).
    role:
      roleVerbs && roleNouns
        ? edge(String.raw`(?:${roleVerbs})(?:\s+[^\s.;:!?]+){0,6}?\s+(?:\p{L}*(?:${roleNouns}))`)
        : null,
    // Verb-last order: the part, up to three words, the verb ('kilit rol oynadı', 'نقش کلیدی ... ایفا کرد').
    roleLast:
      roleVerbs && roleNouns
        ? new RegExp(String.raw`(?:${roleNouns})(?:\s*[^\s.;:!?]+){0,4}?\s*(?:${roleVerbs})`, 'gu')
        : null,
    // A caseless script writes no spaces (zh) or puts the subject between verb and part (ar
    // 'أدت تركيا دورا'): the verb, anything short of a clause's end, the part.
    roleSpaceless:
      roleVerbs && roleNouns
        ? new RegExp(`(?:${roleVerbs})[^.;:!?。；！？]{0,30}?(?:${roleNouns})`, 'gu')
        : null,
    help: help ? edge(help) : null,
    deal: deal ? new RegExp(deal, 'iu') : null,
    // Thanks, the thanked, 'for' and the part they played ('agradeció a Catar por su mediación',
    // 'dankte Katar für die Vermittlung', 'поблагодарил Катар за посредничество').
    thanks:
      thank && part
        ? edge(
            String.raw`(?:${thank})(?=[^.;!?]{0,80}?\s(?:${FOR})\s(?:[\p{L}'’]+\s){0,2}?(?:\p{L}+['’])?(?:${part})(?![\p{L}]))`,
          )
        : null,
    turkish: lx.lists.some((l) => l.languages.includes('tr') || l.languages.includes('az')),
  };
});

/** Words of the lists that every shape here needs: a sentence without one is not scanned. */
export function shapeHint(lx: Lexicon): RegExp | null {
  return rules(lx).hint;
}

/** The subject written right before `at`: a capitalised run, its article and case ending off. */
function subjectBefore(s: string, at: number): NameSpan | null {
  const head = s.slice(Math.max(0, at - 90), at);
  const m = SUBJECT.exec(head);
  // 'Russia and the United States negotiated': joined subjects are the deal's two sides.
  if (!m || COORDINATED.test(head.slice(0, m.index))) return null;
  let name = m.groups!.name!;
  let start = at - head.length + m.index;
  const article = ARTICLE.exec(name);
  if (article && name.length > article[0].length) {
    name = name.slice(article[0].length);
    start += article[0].length;
  }
  name = name.replace(TURKISH_ENDING, '');
  // Inside a sentence a capitalised word before a state is the name's own ('Predsedništva Turske').
  if (/^[\s"“«(]*$/u.test(s.slice(0, start))) name = leadingWordOff(name);
  start = at - head.length + m.index + m.groups!.name!.indexOf(name);
  if (!likelyName(s, start, name)) return null;
  return { name, start, end: start + name.length };
}

// A lowercase article before a capitalised word: a German noun ('die Mutter'), not a name.
const ARTICLE_BEFORE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|einem|the|a|an|la|le|les|el|los|las|il|lo|gli|un|una|une|o|os|as)\s+$/u;

/**
 * A state, an agency's acronym or a name of two words or more; one other capitalised word only
 * inside the sentence and with no article before it ('Witkoff brokered'), since a sentence's
 * first word and German nouns are capitalised too ('Officials', 'die Mutter half').
 */
function likelyName(s: string, start: number, name: string): boolean {
  if (placeCode(name) || /^\p{Lu}{2,}$/u.test(name) || /\s/u.test(name)) return true;
  const before = s.slice(Math.max(0, start - 12), start);
  return !/^[\s"“«(]*$/u.test(s.slice(0, start)) && !ARTICLE_BEFORE.test(before);
}

/**
 * A sentence's first word is capitalised too ('With Qatar', 'Thanks Qatar'): a run whose tail is
 * a state and whose first word is not keeps the state.
 */
function leadingWordOff(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && !placeCode(words[0]!) && placeCode(words.slice(1).join(' ')))
    words.shift();
  return words.join(' ');
}

/** In a verb-last or caseless clause: its first state before `at`, as written. */
function firstStateBefore(s: string, at: number): NameSpan | null {
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(s); m && m.index < at; m = CLAUSE_END.exec(s)) from = m.index + 1;
  const place = findPlaces(s.slice(from, at))[0];
  if (!place) return null;
  let start = from + place.start;
  let name = s.slice(start, from + place.end).replace(TURKISH_ENDING, '');
  // A clitic 'و' or 'ب' before an Arabic place is no part of its name.
  if (/^[وب]/u.test(name) && placeCode(name.slice(1))) {
    name = name.slice(1);
    start += 1;
  }
  return { name, start, end: start + name.length };
}

const ARABIC = /\p{sc=Arabic}/u;

/** Arabic's verb-first clause: the state right after the verb ('توسطت الإمارات في ...'). */
function stateRightAfter(s: string, end: number): NameSpan | null {
  const place = findPlaces(s.slice(end, end + 40))[0];
  if (!place || !/^\s+$/u.test(s.slice(end, end + place.start))) return null;
  return {
    name: s.slice(end + place.start, end + place.end),
    start: end + place.start,
    end: end + place.end,
  };
}

function subjectOf(s: string, at: number, verbLast: boolean): NameSpan | null {
  return verbLast ? firstStateBefore(s, at) : subjectBefore(s, at);
}

// Words between a help verb and the deal's word: prepositions and articles ('bei der', 'a la',
// 'в', 'w') or a verb of getting ('helped secure the release'); a noun there is whom the help
// went to ('half der Familie nach der Freilassung').
const HELP_GAP = /^(?:\p{L}{1,4}['’]?|secure|win|obtain|arrange|bring|get|achieve)$/u;

/** The deal's word comes within three words after a help verb, over HELP_GAP words only. */
function helpsTheDeal(next: string, deal: RegExp): boolean {
  const words = next.trim().split(/\s+/u).slice(0, 4);
  for (const w of words) {
    if (deal.test(w)) return true;
    if (!HELP_GAP.test(w.toLowerCase())) return false;
  }
  return false;
}

/** The one thanked for a part in the deal, read after the verb as a cue's object is. */
function thanked(s: string, re: RegExp | null, out: NameSpan[]): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const found = nameAfter(s, m.index + m[0].length);
    if (found) out.push({ name: found.name, start: found.start, end: found.end });
  }
}

/** Go-betweens named as the subject of one of the shapes above. */
export function goBetweenShapes(s: string, lx: Lexicon): NameSpan[] {
  const out: NameSpan[] = [];
  const r = rules(lx);
  const verbLast = VERB_LAST.test(s) || (r.turkish && TURKISH_LETTERS.test(s));
  for (const re of [r.verb, r.acting]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const end = m.index + m[0].length;
      if (re === r.verb && BY_AFTER.test(s.slice(end, end + 8))) continue;
      // 'Qatar, acting as mediator, said': an apposed participle's subject is before the comma.
      const comma = re === r.acting ? /,\s*$/u.exec(s.slice(0, m.index)) : null;
      // The text up to the comma, a space for it, is read as if the verb came there.
      const found =
        (comma
          ? subjectOf(`${s.slice(0, comma.index)} `, comma.index + 1, verbLast)
          : subjectOf(s, m.index, verbLast)) ??
        (re === r.verb && ARABIC.test(m[0]) ? stateRightAfter(s, end) : null);
      if (found) out.push(found);
    }
  }
  thanked(s, r.thanks, out);
  if (!r.deal?.test(s)) return out;
  // Help given to the release itself: the deal's word within the next few words (anywhere
  // before the verb, in a verb-last clause).
  if (r.help) {
    r.help.lastIndex = 0;
    for (let m = r.help.exec(s); m; m = r.help.exec(s)) {
      const end = m.index + m[0].length;
      const next = /^[^.;:!?。；]{0,50}/u.exec(s.slice(end))![0];
      if (!verbLast && !helpsTheDeal(next, r.deal)) continue;
      // Verb-first Arabic names its subject after the verb: the clause's first state, up to
      // the end of the words read.
      const found = subjectOf(s, verbLast ? end + next.length : m.index, verbLast);
      if (found) out.push(found);
    }
  }
  // The part is played in the release, the swap or the talks, which the sentence names.
  const roles = verbLast ? [r.roleLast, r.roleSpaceless] : [r.role];
  for (const re of roles) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // Verb-last, the subject comes before the part; Arabic's after the verb, before the part.
      const at = re === r.roleSpaceless ? m.index + m[0].length : m.index;
      const found = subjectOf(s, at, verbLast);
      if (found) out.push(found);
    }
  }
  return out;
}
