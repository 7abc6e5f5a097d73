// Organisations' names, which are capitalised runs like people's: told apart by their head nouns.
import type { Token } from './people-tokens.ts';

/**
 * Head nouns that end an organisation's name in languages that put them last (English, Turkish,
 * Azerbaijani, German): a run of three or more capitalised words ending in one names no person.
 */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `association party union committee centre center foundation movement front council agency
  organisation organization newspaper society institute league federation network coalition
  service services ministry commission bureau
  derneği partisi gazetesi sendikası vakfı birliği meclisi ajansı platformu cephesi servisi
  bakanlığı başkanlığı teşkilatı örgütü mahkemesi komitesi kurumu müdürlüğü
  partiyası birliyi cəmiyyəti mərkəzi qəzeti partei verband stiftung bewegung zentrum`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Head nouns that open an organisation's name (Romance and Slavic languages put them first). */
const ORGANISATION_OPENERS: ReadonlySet<string> = new Set(
  `partido movimiento movimento mouvement parti partito frente unión asociación associação
  organización organização organizzazione plataforma coalición партия партии движение движения`
    .split(/\s+/u)
    .filter(Boolean),
);
/** Lower-case nouns right before an organisation's name ('el partido Voluntad Popular'). */
const ORGANISATION_BEFORE: ReadonlySet<string> = new Set(
  `partido movimiento movimento mouvement parti partito organización plataforma партии партия
  движения`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Three words or more that end in an organisation's head noun or open with its opener. */
function namedAsBody(length: number, first: string, last: string): boolean {
  if (length < 3) return false;
  return (
    ORGANISATION_HEADS.has(last.toLowerCase()) || ORGANISATION_OPENERS.has(first.toLowerCase())
  );
}

/** A span of capitalised words, read alone, is an organisation's name by its head noun. */
export function organisationName(span: string): boolean {
  const words = span.split(/\s+/u).filter(Boolean);
  return namedAsBody(words.length, words[0] ?? '', words.at(-1) ?? '');
}

export function organisation(s: string, run: Token[]): boolean {
  const first = run[0]!;
  if (namedAsBody(run.length, first.text, run[run.length - 1]!.text)) return true;
  return afterOrganisationWord(s, first.start);
}

/** Right after an organisation's opening noun ('partido Voluntad Popular', 'Movimiento '). */
export function afterOrganisationWord(s: string, at: number): boolean {
  // The word before, by string search: this is asked of every capitalised run.
  if (at < 2 || s[at - 1] !== ' ') return false;
  const word = s.slice(s.lastIndexOf(' ', at - 2) + 1, at - 1);
  return ORGANISATION_BEFORE.has(word.replace(/^[^\p{L}]+/u, '').toLowerCase());
}
