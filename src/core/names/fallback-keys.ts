/**
 * Keys a query looks under when no other pass found a match (candidate-index.ts): the same
 * 's:' surname skeleton x given part keys an alias is filed under, from other readings of the
 * query's surname and given name that compare.ts matches but the exact keys miss.
 *
 * - Given name by its initial class as well as its group: an alias with an initial (A.
 *   Navalny) or with a given name in another group or none (Sonia / سنية read snia, Ahmadreza /
 *   Ahmad Reza) is filed under its initial class too (index-keys.ts), which a query with a
 *   full given name otherwise never looks under.
 * - Surname words joined or split: the word before the surname run into it (Kara Murza as
 *   Karamurza, bin Laden as Binladen, de Lima as Delima), each part of a hyphenated or joined
 *   surname (Kara-Murza as Murza and Kara, Ter-Petrosyan as Petrosyan), and a joined particle
 *   left out (Binladen as Laden, Alkhawaja as Khawaja): the alias may be written either way.
 * - A middle word as the surname (Cristiana Chamorro Barrios as Cristiana Chamorro).
 *
 * Only at query time and only as a last pass: aliases are filed as before, so building costs
 * nothing more, and most lookups (which match in the first passes) never build these keys.
 */
import { PARTICLES } from './families.ts';
import { foldVariants } from './fold.ts';
import { givenParts, head, type KeyBuffer } from './index-keys.ts';
import type { NameParse, ParsedName } from './parse.ts';
import { hashEnd } from './postings.ts';
import { skeleton } from './sound-keys.ts';

/** A particle written joined to the surname, left out when three letters or more follow. */
const JOINED = /^(?:al|el|bin|ben|ibn|abu|de|da|di|del|van|von|ter)(?=\p{L}{3})/u;
/** Shortest skeleton looked under (Kim Jong-un as Un: n); the given part keeps such keys narrow. */
const MIN_PART_SKELETON = 1;

/**
 * Pushes the fallback keys of a query onto `buf` (cleared first): first the other readings of
 * the surname with the given name's parts, then every surname reading with the given name's
 * initial class, whose keys are broad (every namesake with that initial); the pass collects
 * only the first few candidates, so the narrow keys come first.
 */
export function fallbackKeysInto(parsed: ParsedName, buf: KeyBuffer): void {
  buf.clear();
  const surnames: Array<[string[], string | null]> = [];
  for (const p of parsed.parses) {
    if (!p.surname) continue;
    const given = givenParts(p, true);
    const skels: string[] = [];
    for (const f of p.surname.forms) if (!f.inflected) skels.push(f.skel);
    const own = skels.length;
    for (const word of surnameWords(p, parsed.input))
      for (const f of foldVariants(word)) {
        const s = skeleton(f);
        if (s.length >= MIN_PART_SKELETON && !skels.includes(s)) skels.push(s);
      }
    for (let i = own; i < skels.length; i++) {
      const h = head('s:', skels[i]!);
      for (const g of given) buf.push(hashEnd(h, g));
    }
    surnames.push([skels, initialPart(p, given)]);
  }
  for (const [skels, initial] of surnames) {
    if (!initial) continue;
    for (const s of skels) buf.push(hashEnd(head('s:', s), initial));
  }
}

/**
 * The query's own initial class as a given part ('i:'), which every alias with a given name is
 * filed under (index-keys.ts), or null when the query's keys already have it (an initial, no
 * given name, a given name no table knows).
 */
function initialPart(p: NameParse, given: string[]): string | null {
  const g = p.given;
  if (!g) return null;
  const own = `i:${g.token.initialClass}`;
  return given.includes(own) ? null : own;
}

/** Other readings of the surname, as lower-case words (see the module comment). */
function surnameWords(p: NameParse, input: string): string[] {
  const text = p.surname!.text.toLowerCase();
  const out: string[] = [];
  const particle = particleBefore(input, text);
  if (particle) out.push(particle + text);
  const parts = text.split(/[-‐‑\s]+/u).filter((w) => w.length > 0);
  if (parts.length > 1) {
    out.push(parts.join(''));
    for (const w of parts) out.push(w);
  }
  const joined = JOINED.exec(text);
  if (joined) out.push(text.slice(joined[0].length).replace(/^-/, ''));
  const before = p.middle.at(-1);
  if (before) out.push(before.text + text.replace(/[-‐‑\s]/gu, ''));
  for (const m of p.middle) if (!m.initial && m.text.length > 2) out.push(m.text);
  return out;
}

/**
 * The particle written before the surname's first word in `input` (bin Laden, al-Khawaja, de
 * Lima), which parsing leaves out of the surname, or null: the alias may have it run in.
 */
function particleBefore(input: string, surname: string): string | null {
  const words = input.toLowerCase().split(/[\s\-‐‑]+/u);
  const first = surname.split(/[\s\-‐‑]/u)[0];
  const at = words.indexOf(first ?? '');
  const before = at > 0 ? words[at - 1]! : '';
  return PARTICLES.has(before) ? before : null;
}
