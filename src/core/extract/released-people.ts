// From person mentions to the people a release freed: one entry per person, first spelling.
import type { SentenceFacts } from './analyse.ts';
import { creditedAt } from './credits.ts';
import { stripMarks } from './given-names.ts';
import { hanOfficial } from './han-officials.ts';
import { cueRules, cyrillicStem } from './lexicon.ts';
import { ALL_LANGUAGES, type Lexicon, perLexicon, withWords, wordsOf } from './lexicons/index.ts';
import { agentIn, requestedFor } from './name-clause.ts';
import type { PersonMention } from './people.ts';
import { findPlaces, RELEASING } from './places.ts';
import { pronounFreed } from './pronoun-freed.ts';
import { releaseBystander } from './release-bystanders.ts';
import { deceased, sentencedAtLiberty } from './release-deceased.ts';
import { earlierByMonth } from './release-earlier.ts';
import { freedInEarlierYear, toldWithoutYear } from './release-earlier-year.ts';
import { hearsayOf } from './release-hearsay.ts';
import { heldElsewhere } from './release-held.ts';
import { objectOfRelease } from './release-patients.ts';
import { stillAbout } from './release-still-held.ts';
import { allAfter, classTest } from './word-edge.ts';

/**
 * Which rule put a person among the freed (scripts/real-paths.ts measures each one's precision):
 * a mention in a release sentence, a list item under a release introduction, 'the two, X and Y',
 * the sentence after a release naming a destination, a list inheriting a strong sentence, an
 * official by title as the release's object, a pronoun, a bare surname later. Internal: not in
 * the extract contract.
 */
export type ReleasePath =
  | 'release'
  | 'list'
  | 'theFreed'
  | 'destination'
  | 'inherit'
  | 'titled'
  | 'pronoun'
  | 'surname';

export interface ReleasedPick {
  mention: PersonMention;
  descriptor: string | null;
  /** Sentence index of the mention that puts the person among the freed. */
  sentence: number;
  path: ReleasePath;
}

const STRONG_ACTOR = new Set(['actor', 'relative']);
/** A name with a regnal number ('Mohammed VI', 'Benedict XVI') is a monarch's or a pope's. */
const REGNAL = /\s(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XVI{0,3})$/u;
const EXCHANGE_BASE =
  /(?:in exchange for|in return for|swapped for|traded for|в обмен на|receiv\p{L}* in return|in return (?:received|got|gets))/iu;
// The lists' 'in exchange for' ('im Austausch gegen', 'w zamian za', 'in ruil voor').
const exchangeMarker = perLexicon((lx) => withWords(EXCHANGE_BASE, wordsOf(lx, 'exchangeFor')));

function plain(word: string): string {
  return cyrillicStem(stripMarks(word).toLowerCase());
}

// Kept per name: the release rules ask for the same names' keys about eight times each.
const KEYS = new Map<string, string>();
const KEYS_MAX = 20_000;

/** 'Ihar Losik' and 'Darya Losik' stay apart; case endings and accents do not split a person. */
export function personKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name.split(/\s+/u).map(plain).join(' ');
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

function surnameRaw(name: string): string {
  return (name.split(/\s+/u).pop() ?? name).slice(0, 3).toLowerCase();
}

function surnameOf(name: string): string {
  return plain(name.split(/\s+/u).pop() ?? name);
}

const CASED = /\p{Lu}/u;

// A list item: '- Padre Oscar José Escoto Saigado, vigário geral', '• Ihar Losik', '3) ...'.
const BULLET = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s+\S/u;

/**
 * List items under an introduction ending in ':' ('the definitive list of the bishops, priests
 * and seminarians freed:') that is or directly follows a release sentence: each item names one
 * freed person.
 */
function listedUnderRelease(facts: SentenceFacts[], i: number): boolean {
  let j = i;
  while (j >= 0 && BULLET.test(facts[j]!.sentence.text)) j--;
  if (j === i || j < 0) return false;
  const intro = facts[j]!;
  if (!/:\s*$/u.test(intro.sentence.text)) return false;
  return intro.release || facts[j - 1]?.strong === true;
}

// 'the two, the Swedish diplomat X and Y': the people a report has just said were freed, named.
const THE_FREED =
  /(?<![\p{L}])(?:the two|both|the three|both men|both women|de twee|de drie|les deux|les trois|die beiden|die drei|los dos|los tres|ambos|i due|i tre|entrambi|os dois|os três|оба|обе|двое|трое)\s*[,:–—]\s*/giu;
/** How far back a release sentence may stand for THE_FREED to refer to it. */
const FREED_BACK = 3;

/**
 * A sentence that names two or more people right after 'the two,' ('de twee, de diplomaat
 * A en de journalist B') a few sentences after a release:
 * they are the freed, even in a sentence about something else.
 */
function namesTheFreed(facts: SentenceFacts[], i: number): boolean {
  const f = facts[i]!;
  const named = f.people.filter((m) => m.role === 'candidate');
  if (named.length < 2) return false;
  if (!facts.slice(Math.max(0, i - FREED_BACK), i).some((x) => x.release)) return false;
  THE_FREED.lastIndex = 0;
  for (let m = THE_FREED.exec(f.sentence.text); m; m = THE_FREED.exec(f.sentence.text)) {
    const after = f.sentence.start + m.index + m[0].length;
    if (named.some((p) => p.start >= after && p.start - after <= 60)) return true;
  }
  return false;
}

/**
 * Names listed right after a release sentence in the same paragraph are among the freed: which
 * of the sentence-level paths makes the sentence one that frees its candidates, or null.
 */
function releaseContext(
  facts: SentenceFacts[],
  i: number,
  text: string,
  lx: Lexicon = ALL_LANGUAGES,
): ReleasePath | null {
  const f = facts[i]!;
  if (f.release) return 'release';
  if (listedUnderRelease(facts, i)) return 'list';
  if (f.remaining.length > 0) return null; // "1,300 remain in jail, among them X and Y"
  if (namesTheFreed(facts, i)) return 'theFreed';
  const prev = facts[i - 1];
  // 'X is on the way to Belgium' right after the release: the one going home is the freed.
  if (prev?.release && f.destinations.length > 0) return 'destination';
  // Only lists inherit: "Topping the list was X, alongside Y and Z." A list of names is read
  // only where capitals mark them: in a caseless script (Arabic, Persian, Chinese) two
  // candidates are as often two readings of common words, and unseen reports bore that out
  // (rel47, docs/extraction.md: no caseless name inherited rightly).
  if (
    !prev?.strong ||
    f.people.filter((m) => m.role === 'candidate' && CASED.test(m.name)).length < 2
  )
    return null;
  if (stillAbout(f.sentence.text, lx)) return null;
  return /\n\s*\n/.test(text.slice(prev.sentence.end, f.sentence.start)) ? null : 'inherit';
}

/** A negation close after the name ('X, who is serving ..., was not among') or just before it. */
function negatedNear(f: SentenceFacts, start: number, end: number, lx?: Lexicon): boolean {
  const from = start - f.sentence.start;
  const to = end - f.sentence.start;
  return f.negatedAt.some(
    (i) =>
      ((i >= to && i - to <= 80 && !freedBefore(f, to, i, lx)) ||
        (i < from && (from - i <= 40 || heldAll(f, i, lx)))) &&
      !(lx && heldElsewhere(f, from, to, i, lx)),
  );
}

/**
 * 'Among those still imprisoned are X, serving 11 years, Y, ...': a negation before every name,
 * with no strong release word from it to the sentence's end, holds everyone the sentence names.
 */
function heldAll(f: SentenceFacts, negation: number, lx?: Lexicon): boolean {
  if (!lx) return false;
  const first = f.people[0];
  if (!first || first.start - f.sentence.start < negation) return false;
  // A strong word only: 'presos políticos', a list's weak cue, reports no release.
  return !cueRules(lx).strongRelease.test(f.sentence.text.slice(negation));
}

/**
 * 'They freed X, his colleague Y remains in prison': another person named between the name and
 * the negation, after a release word, is the one still held; the name's own clause frees it.
 */
function freedBefore(f: SentenceFacts, to: number, negation: number, lx?: Lexicon): boolean {
  if (!lx) return false;
  const s = f.sentence.text;
  const other = f.people.find((p) => {
    const at = p.start - f.sentence.start;
    return at > to && at < negation;
  });
  if (!other) return false;
  return cueRules(lx).release.test(s.slice(to, other.start - f.sentence.start));
}

/** Mentions that are not prisoners freed here: a negation, or the other side of a swap. */
function excluded(f: SentenceFacts, m: PersonMention, marker: RegExp, lx: Lexicon): boolean {
  if (negatedNear(f, m.start, m.end, lx)) return true;
  const swap = marker.exec(f.sentence.text);
  return swap !== null && m.start - f.sentence.start > swap.index;
}

interface Person {
  mentions: PersonMention[];
  blocked: boolean;
  freedAt: PersonMention | null;
  path: ReleasePath;
  /** A full mention names the person as who does what a clause tells ('presentada por X'). */
  agent: boolean;
}

/** The mention is a credit of the report (a photographer, a writer): never one of the freed. */
function credited(f: SentenceFacts, m: PersonMention): boolean {
  const s = f.sentence.text;
  const at = m.start - f.sentence.start;
  const end = m.end - f.sentence.start;
  // An office holder a Chinese report quotes (han-officials.ts) is blocked alike.
  return creditedAt(s, at, end) || hanOfficial(s, at, end);
}

// Another country doing the freeing: 'Russia released', 'freed by Russia', 'released from
// Russia', 'a swap with Russia that brought home ...'.
const RELEASED_BY_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:released|freed|pardoned|освободил\p{L}*|помиловал\p{L}*)(?![\p{L}])/iu;
const RELEASED_BY_BEFORE = /(?:(?<![\p{L}])(?:by|from)|(?:swap|exchange|deal) with)\s+$/iu;

/**
 * The sentence tells of a release by another country than the report's (a side story): another
 * country stands where the releaser stands ('freed by Russia', 'Russia released'), and the
 * report's country does not ('..., freed by Russia, an ally of Belarus' is Russia's release).
 */
function otherReleaser(f: SentenceFacts, country: string | null): boolean {
  if (!country) return false;
  const s = f.sentence.text;
  const places = findPlaces(s, true).filter((p) => RELEASING.has(p.code));
  const releases = (p: { start: number; end: number }) =>
    RELEASED_BY_AFTER.test(s.slice(p.end, p.end + 30)) ||
    RELEASED_BY_BEFORE.test(s.slice(Math.max(0, p.start - 16), p.start));
  if (places.some((p) => p.code === country && releases(p))) return false;
  return places.some((p) => p.code !== country && releases(p));
}

/**
 * An official by the title before the name ('the Swedish diplomat X', 'el exministro X') who is
 * the object of the sentence's release verb: the one freed ('Iran freed the diplomat X').
 */
function titledPatient(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  return (
    f.strong &&
    m.role === 'actor' &&
    /^(?:role|title) before name$/u.test(m.why) &&
    objectOfRelease(f.sentence.text, m.start - f.sentence.start, lx)
  );
}

export function pickReleased(
  facts: SentenceFacts[],
  text: string,
  country: string | null = null,
  lx: Lexicon = ALL_LANGUAGES,
  language = '',
): ReleasedPick[] {
  const marker = exchangeMarker(lx);
  const people = new Map<string, Person>();
  const elsewhere = new Map<number, boolean>();
  const byOther = (f: SentenceFacts) => {
    const known = elsewhere.get(f.sentence.index);
    if (known !== undefined) return known;
    const v = otherReleaser(f, country);
    elsewhere.set(f.sentence.index, v);
    return v;
  };
  // Sentences recalling an earlier release by its month: their names are background.
  const earlier = earlierByMonth(facts, lx);
  const ownTold = toldWithoutYear(facts, lx);
  for (const f of facts) {
    // The sentence's path to 'freed' depends on the sentence alone: read once, when a mention
    // first asks for it.
    let context: ReleasePath | null | undefined;
    const contextOf = () => {
      if (context === undefined) context = releaseContext(facts, f.sentence.index, text, lx);
      return context;
    };
    for (const m of f.people) {
      const key = personKey(m.name);
      const p = people.get(key) ?? {
        mentions: [],
        blocked: false,
        freedAt: null,
        path: 'release' as ReleasePath,
        agent: false,
      };
      people.set(key, p);
      p.mentions.push(m);
      const titled = titledPatient(f, m, lx);
      if (
        (STRONG_ACTOR.has(m.role) && !titled) ||
        REGNAL.test(m.name) ||
        excluded(f, m, marker, lx) ||
        credited(f, m) ||
        deceased(f, m, lx)
      )
        p.blocked = true;
      else if (
        !p.freedAt &&
        (m.role === 'candidate' || titled) &&
        contextOf() !== null &&
        !earlier.has(f.sentence.index) &&
        !sentencedAtLiberty(f, lx) &&
        !freedInEarlierYear(f, m, ownTold, lx) &&
        !byOther(f) &&
        !releaseBystander(f, m, lx) &&
        !hearsayOf(f, m, lx) &&
        !requestedFor(f, m, lx) &&
        !agentIn(f, m, lx, language)
      ) {
        const why = titled ? 'titled' : contextOf()!;
        if (why === 'inherit' && !CASED.test(m.name)) continue;
        p.freedAt = m;
        p.path = why;
      } else if (m.role === 'candidate' && agentIn(f, m, lx, language)) p.agent = true;
    }
  }
  for (const f of facts) {
    const m = f.release ? pronounFreed(facts, f.sentence.index, text, lx) : null;
    const p = m ? people.get(personKey(m.name)) : undefined;
    if (p && !p.freedAt && !byOther(f) && !earlier.has(f.sentence.index)) {
      p.freedAt = { ...m!, sentence: f.sentence.index };
      p.path = 'pronoun';
    }
  }
  linkSurnames(facts, text, people, lx, (f) => earlier.has(f.sentence.index) || byOther(f));
  const out: ReleasedPick[] = [];
  for (const p of people.values()) {
    if (p.blocked || !p.freedAt) continue;
    const first = p.mentions[0]!;
    out.push({
      mention: first,
      descriptor: p.mentions.find((m) => m.descriptor)?.descriptor ?? null,
      sentence: p.freedAt.sentence,
      path: p.path,
    });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** "Statkevich refused to leave": a bare surname in a later sentence counts for the full name. */
function linkSurnames(
  facts: SentenceFacts[],
  text: string,
  people: Map<string, Person>,
  lx: Lexicon,
  background: (f: SentenceFacts) => boolean,
): void {
  const bySurname = new Map<string, Person>();
  for (const p of people.values()) {
    const s = surnameOf(p.mentions[0]!.name);
    if (s.length >= 4 && !bySurname.has(s)) bySurname.set(s, p);
  }
  if (bySurname.size === 0) return;
  const prefixes = new Set([...people.values()].map((p) => surnameRaw(p.mentions[0]!.name)));
  for (const f of facts) {
    if (releaseContext(facts, f.sentence.index, text, lx) === null) continue;
    const named = new Set(f.people.map((m) => surnameOf(m.name)));
    for (const m of allAfter(CAPITALISED, f.sentence.text, IN_CAPITALISED)) {
      // Cheap prefix test before normalising: most capitalised words are not known surnames.
      if (!prefixes.has(m[0].slice(0, 3).toLowerCase())) continue;
      const s = plain(m[0].replace(/['’]s$/u, ''));
      const p = bySurname.get(s);
      // Who a full mention made the agent ('presentada por Raúl Falla') is not freed by a bare
      // surname later ('Falla no se presentó ... libertad a Zamora').
      if (!p || named.has(s) || (p.agent && !p.freedAt)) continue;
      const at = f.sentence.start + m.index;
      if (negatedNear(f, at, at + m[0].length, lx)) p.blocked = true;
      else if (!p.freedAt && bareSurnameIsFreed(f, m.index, m[0], lx) && !background(f)) {
        p.freedAt = { ...p.mentions[0]!, sentence: f.sentence.index };
        p.path = 'surname';
      }
    }
  }
}

/** The bare surname is the one freed, not the one freeing or speaking. */
// A capitalised word, not right after a letter, apostrophe or hyphen (checked in code:
// word-edge.ts; a leading lookbehind made the regex slow on every sentence of a report).
const CAPITALISED = /\p{Lu}[\p{L}'’-]+/gu;
const IN_CAPITALISED = classTest(/[\p{L}'’-]/u);

function bareSurnameIsFreed(f: SentenceFacts, at: number, word: string, lx: Lexicon): boolean {
  const s = f.sentence.text;
  const after = s.slice(at).replace(/^\S+/u, '');
  if (/^\s*(?:said|says|told|thanked|met|pardoned|released|freed|signed|welcomed)\b/iu.test(after))
    return false;
  // The bare surname is read as a full name is: not who speaks, acts on the release, is cited
  // or hedged ('Rodríguez anunció la excarcelación', 'según Rodríguez').
  const start = f.sentence.start + at;
  const m: PersonMention = {
    name: word,
    start,
    end: start + word.length,
    role: 'candidate',
    why: 'bare surname',
    descriptor: null,
    sentence: f.sentence.index,
  };
  return !releaseBystander(f, m, lx) && !hearsayOf(f, m, lx);
}
