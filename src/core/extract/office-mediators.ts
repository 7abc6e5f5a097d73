// A go-between named by a state's office rather than by the state or a person: after a mediator
// cue, 'the foreign ministry of Qatar', 'Oman's foreign ministry', 'Turkey's intelligence
// service', 'le gouvernement américain', 'die US-Regierung'. Annotators and readers keep the
// office's words, so the whole phrase is the name; the state in it must not be the releaser.
import { initialCaseSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { listedAdjective } from './mediator-phrases.ts';
import { placeCode } from './places.ts';

export interface OfficeFound {
  name: string;
  code: string;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const ARTICLE = String.raw`(?:the|le|la|l['’]|les|el|los|las|il|lo|o|a|die|der|des|dem|den|het|de)\s+`;
const STATE = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}\p{L}*(?:[\s-]\p{Lu}\p{L}*){0,2}`;
const LEAD = String.raw`(?:(?:of|de|del|della|dello|du|des|di|do|da|dos|das|von|van)\s+)?`;

const rules = perLexicon((lx) => {
  const offices = initialCaseSource(wordsOf(lx, 'officeNouns'));
  if (!offices) return null;
  return new RegExp(
    [
      // 'the foreign ministry of Qatar', 'le gouvernement du Qatar', 'правительства Катара'
      String.raw`^\s*${LEAD}(?:${ARTICLE})?(?<o1>${offices})\s+(?:(?:of|de|du|des|del|della|dello|di|do|da|dos|von|van)\s+|d['’]|dell['’])?(?:${ARTICLE})?(?<s1>${STATE})`,
      // "Oman's foreign ministry", 'Katars Regierung'
      String.raw`^\s*(?:${ARTICLE})?(?<s2>${STATE})(?:['’]s|s)?\s+(?<o2>${offices})(?![\p{L}])`,
      // 'le gouvernement américain', 'il governo qatariota': the office, then the adjective
      String.raw`^\s*${LEAD}(?:${ARTICLE})?(?<o3>${offices})\s+(?<a3>\p{Ll}+)(?![\p{L}])`,
      // 'die US-Regierung', 'the Qatari government', 'katarische Regierung'
      String.raw`^\s*(?:${ARTICLE})?(?<a4>\p{L}+)(?:-|\s+)(?<o4>${offices})(?![\p{L}])`,
    ].join('|'),
    'u',
  );
});

/** The office phrase right after `from` (a cue's end), or null. */
export function officeAfter(s: string, from: number, lx: Lexicon): OfficeFound | null {
  const re = rules(lx);
  if (!re) return null;
  const m = re.exec(s.slice(from, from + 120));
  if (!m) return null;
  const g = m.groups!;
  let state = g.s1 ?? g.s2 ?? g.a3 ?? g.a4 ?? '';
  let text = m[0];
  // 'правительства Катара Иран освободил': the state's words stop where a place ends.
  // An adjective in a case its list lacks ('при содействии турецких служб').
  let code = placeCode(state) ?? (g.a3 || g.a4 ? placeCode(listedAdjective(state) ?? '') : null);
  while (!code && g.s1 && /\s/u.test(state)) {
    const cut = state.length - state.replace(/\s\S+$/u, '').length;
    state = state.slice(0, -cut);
    text = text.slice(0, -cut);
    code = placeCode(state);
  }
  code ??= state === 'US' ? 'US' : null;
  if (!code) return null;
  // "Oman's foreign ministry": an English possessive names the state, whose office is its
  // instrument; the state is the go-between, as the team's fixtures name it.
  if (g.s2 && /['’]s$/u.test(m[0].slice(0, m[0].indexOf(g.o2!)).trimEnd()))
    return { name: state, code, start: from + m[0].indexOf(state), end: from + m[0].length };
  const lead = text.length - text.trimStart().length;
  return { name: text.trimStart(), code, start: from + lead, end: from + text.length };
}
