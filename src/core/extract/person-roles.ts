// What a named person is to the story (a candidate, an official, a relative, a speaker) and
// the words that describe them, read from the words around the name.
import {
  ACTIVE_VERB_AFTER,
  isKnownActor,
  OFFICIAL_ROLE_BEFORE,
  OFFICIAL_ROLE_WORD_ANY,
  officialRoleBeforeAny,
  RELATIVE_BEFORE,
  SELF_RELEASE,
} from './lexicon.ts';
import type { Token } from './people-tokens.ts';

const ROLE_TOKENS = new Set([
  'president',
  'envoy',
  'leader',
  'minister',
  'pope',
  'secretary',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'senator',
  'cardinal',
  'special',
  'foreign',
  // Those who try and sentence the people a report is about are not among them.
  'judge',
  'prosecutor',
  'investigator',
  'президент',
  'лидер',
  'посланник',
  'спецпосланник',
  'министр',
]);

// People the report meets as counterparts or sources, not as prisoners.
const ACTOR_CONTEXT_BEFORE =
  /(?:announced by|brokered by|mediated by|negotiated by|met with|met|talks with|meeting with|according to|thanked|quoted|told|встретился с|по словам|заявил[аи]?)\s+$/iu;

// Words that end a descriptor run read right to left ("were", "including", "and").
const DESCRIPTOR_STOP =
  /^(?:the|a|an|and|or|of|were|was|is|are|be|been|being|including|include|included|among|with|by|freed|released|pardoned|as|to|from|for|on|in|at|that|who|which|said|says|also|both|like|such|them|those|these|him|her|his|their|its|whom|alongside|included|includes|named|—|–|-|и|а|в|на|с|по|среди|том|числе|был|была|были|освобождены|освобожден|освобождена)$/iu;
const DESCRIPTOR_WORD = /^[\p{L}\d][\p{L}\d'’.-]*$/u;

export function descriptorBefore(s: string, at: number, lead: Token[]): string | null {
  const head = s.slice(Math.max(0, at - 80), at);
  const words = head.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let k = words.length - 1; k >= 0 && kept.length < 5; k--) {
    const w = words[k]!;
    if (!DESCRIPTOR_WORD.test(w) || DESCRIPTOR_STOP.test(w)) break;
    if (/^\p{Lu}/u.test(w) && kept.length === 0 && lead.length === 0) break;
    kept.unshift(w);
  }
  // A descriptor ends with a role noun, not with a possessive or a place.
  return kept.length ? kept.join(' ') : null;
}

export function descriptorAfter(s: string, end: number): string | null {
  const m = /^,\s*(?:a|an|the)\s+([^,.;()]{3,80}?),/u.exec(s.slice(end));
  return m ? m[1]!.trim() : null;
}

const APPOSITIVE_FREED =
  /(?<![\p{L}])(?:freed|released|pardoned|освобожденн\p{L}*|освобождён\p{L}*|помилованн\p{L}*)(?![\p{L}])/iu;
// A release participle right after the name, then a preposition, a time word or a stop: the
// name is who was freed ('X freed after 3 years', 'X released on Monday', 'X pardoned.').
const PARTICIPLE_AFTER =
  /^\s+(?:freed|released|pardoned|liberated)(?:\s+(?:after|on|in|from|following|early|today|yesterday|amid|by|at)(?![\p{L}])|\s*(?:[,.:;!]|\s[—–-]\s|$))/iu;
const ROLE_AFTER =
  /^,?\s*(?:\p{Lu}\p{L}+['’]s\s+)?(?:[Tt]he |[Aa] |[Aa]n )?(?:US |U\.S\. |American |Belarusian |Russian )?(?:special |press )?(?:envoy|president|minister|spokes\p{L}+|ambassador|official|secretary|leader of)(?![\p{L}])/u;

// The same after a comma in the other languages: an office of state right after the name
// ('X, ministre des Affaires étrangères', 'X, portavoz del Gobierno', 'X, Sprecher des ...',
// 'X, пресс-секретарь ...'). Only offices a prisoner does not hold while in prison; a former one
// ('X, ancien ministre', 'exministro') does not start with the office.
const OFFICE_AFTER =
  /^\s*,\s*(?:(?:el|la|le|il|der|die|l['’])\s*)?(?:minist[eèr]\p{L}*|ministr[oa]s?|министр\p{L}*|portavoz|vocero|porte-parole|portavoce|sprecher\p{L}*|woordvoerder|rzeczni\p{L}*|пресс-секретар\p{L}*|речни\p{L}*|ambassad\p{L}+|embajador\p{L}*|botschafter\p{L}*|посол|canciller|außenminister\p{L}*|sözcüsü|bakanı|وزير|المتحدث)(?![\p{L}])/iu;

// 'former senator Leila de Lima', 'dating Senador', 'ex-deputy': the seat once held says who the
// prisoner was, not that she acts for a state now. Only seats of an assembly: a former prime
// minister or president sent to broker a deal stays an actor.
const FORMER_MEMBER =
  /(?<![\p{L}])(?:former|onetime|dating|ancien(?:ne)?|ex-?|ehemalige[nr]?|antiguo|antigua|exsenador\p{L}*|ex-senador\p{L}*)\s*(?:senator|senador[a]?|sénateur|sénatrice|senatore|senatrice|lawmaker|congressman|congresswoman|deputy|député[e]?|diputad[oa]|deputato|deputata|abgeordnete[rn]?|mp|member of parliament)[,\s]*$/iu;

// 'il ministro degli Esteri, X', 'le porte-parole du gouvernement, X', 'the mayor of Rome, X': a
// role of a place or body (one to three words), then a comma, right before the name. The role
// may take two words ('procuratore generale del Venezuela, X'), and Italian and French elide the
// article onto the body's name ('direttore dell'ong ..., X', 'directeur de l'ONG').
const ROLE_OF_PLACE =
  /(?<![\p{L}])([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:of|de|di|da|du|des|del|della|dello|degli|dei|do|dos|von|der|van)\s+(?:(?:la|le|les|the|l['’])\s*)?|(?:dell|degl|dall|d)['’]\s*)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2},\s*$/u;

function roleOfPlaceBefore(before: string): boolean {
  // The rule ends in ',\s*$': most names follow no comma, and the regex tried every position.
  // (trimEnd drops what '\s' matches.)
  if (!before.trimEnd().endsWith(',')) return false;
  const m = ROLE_OF_PLACE.exec(before);
  if (m === null || !OFFICIAL_ROLE_WORD_ANY) return false;
  // The two words as one role ('procuratore generale'), or the last alone ('il ministro').
  const role = m[1]!;
  return (
    OFFICIAL_ROLE_WORD_ANY.test(role) || OFFICIAL_ROLE_WORD_ANY.test(role.split(/\s+/u).at(-1)!)
  );
}

export function classify(s: string, start: number, end: number, name: Token[], lead: Token[]) {
  const before = s.slice(Math.max(0, start - 60), start);
  const after = s.slice(end, end + 120);
  const surname = name[name.length - 1]!.text.toLowerCase();
  if (isKnownActor(surname)) return { role: 'actor' as const, why: 'known actor' };
  if (lead.some((t) => ROLE_TOKENS.has(t.text.toLowerCase())))
    return { role: 'actor' as const, why: `title ${lead.map((t) => t.text).join(' ')}` };
  // Titles may sit between the role and the name: "envoy for Ukraine Keith Kellogg".
  // A role in quotes ('“суддя” Анатолій ...', a court the writer does not recognise) is one too.
  const beforeRole = before
    .replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u, '')
    .replace(/(?<=\p{L})["”»]\s*$/u, ' ');
  if (
    (OFFICIAL_ROLE_BEFORE.test(beforeRole) || officialRoleBeforeAny(beforeRole)) &&
    !FORMER_MEMBER.test(before)
  )
    return { role: 'actor' as const, why: 'role before name' };
  // Languages that capitalise nouns write the title itself capitalised: 'Präsident Gitanas
  // Nausėda', 'Rzecznik MSZ Maciej Wewiór'. Those words were stripped above; look at them too.
  const titles = before.slice(beforeRole.length).split(/\s+/u);
  if (titles.some((w) => w && OFFICIAL_ROLE_WORD_ANY?.test(w)) && !FORMER_MEMBER.test(before))
    return { role: 'actor' as const, why: 'title before name' };
  if (roleOfPlaceBefore(before)) return { role: 'actor' as const, why: 'role of a place before' };
  if (RELATIVE_BEFORE.test(before)) return { role: 'relative' as const, why: 'relative' };
  if (ACTOR_CONTEXT_BEFORE.test(before)) return { role: 'actor' as const, why: 'counterpart' };
  if (ROLE_AFTER.test(after) || OFFICE_AFTER.test(after))
    return { role: 'actor' as const, why: 'role after name' };
  // 'Patrick Zaki freed after pardon': a headline's participle, not someone freeing others.
  if (PARTICIPLE_AFTER.test(after)) return { role: 'candidate' as const, why: 'freed (headline)' };
  // "Anastassia Nuhfer, the American freed by Belarus in February, told ...": the appositive
  // says she was freed, so the speech verb does not make her a mere speaker.
  const appositive = /^,([^,]{0,100}),/u.exec(after)?.[1] ?? '';
  if (
    ACTIVE_VERB_AFTER.test(after) &&
    !SELF_RELEASE.test(s.slice(end, end + 200)) &&
    !APPOSITIVE_FREED.test(appositive)
  )
    return { role: 'speaker' as const, why: 'acts in the sentence' };
  return { role: 'candidate' as const, why: 'named person' };
}
