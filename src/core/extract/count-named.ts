// How many named people a count of 'others' adds to: 'El obispo Juan Pérez, el sacerdote Luis
// Mora y otros 15' frees 17, 'Bishop Diaz and 18 clergymen' 19. The names stand in a list right
// before the figure, each part a full name (two capitalised words) in a short stretch of text.

import { NOT_NAME_TOKENS } from './lexicon.ts';

// Separators of a list of people: a comma, 'and', 'together with' and their like.
const SEPARATOR =
  /\s*,\s*|\s+(?:and|y|e|et|und|i|и|і|та|oraz|ve|és|ir|as well as|along with|together with|junto (?:con|a|al)|insieme (?:a|ad|al)|avec|mit|вместе с|разом із|razem z)\s+/iu;
const CLAUSE_START = /[.;:!?()]/u;
const CAPITALISED_PAIR =
  /(\p{Lu}[\p{L}’'-]+)\s+(?:(?:de|del|la|da|dos|van|von|el|al)\s+)?(\p{Lu}[\p{L}’'-]+)/gu;

/**
 * A full name or a title and a surname: two capitalised words, the second none that no name is
 * made of ('Monseñor Álvarez', 'Luis Mora'; not 'On Thursday').
 */
function hasFullName(part: string): boolean {
  for (const m of part.matchAll(CAPITALISED_PAIR)) {
    if (!NOT_NAME_TOKENS.has(m[2]!.toLowerCase())) return true;
  }
  return false;
}
const PART_MAX_WORDS = 6;

/**
 * The named people listed before `head`'s end (the text before the figure, its 'and others'
 * words already cut off): at least 1, plus each further part that holds a full name.
 */
export function namedInList(head: string): number {
  const parts = head.split(CLAUSE_START).pop()?.split(SEPARATOR) ?? [];
  let n = 1;
  // The part next to the figure is the one the others join; the parts before it add a person
  // each while they are short and hold a full name ('Monseñor Álvarez', 'el sacerdote Luis Mora').
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i]!.trim();
    if (part.split(/\s+/u).length > PART_MAX_WORDS || !hasFullName(part)) break;
    n++;
  }
  return n;
}

// 'Bishop Rolando Diaz and 18 clergymen': a full name, then 'and' right before the figure.
const NAME_AND =
  /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+\s+(?:and|y|e|et|und|i|и|і|та|oraz|ve|és|ir)\s+$/u;

/** Whether a full name and 'and' stand right before the figure: the named is freed with them. */
export function nameAndCount(before: string): boolean {
  return NAME_AND.test(before);
}
