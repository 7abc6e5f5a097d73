import { foldVariants } from './fold.ts';
import { expandGroupIds, groupInitials } from './given-names.ts';
import { IntMarks } from './int-marks.ts';
import type { GivenInfo, NameParse, SurnameForm } from './parse.ts';
import { hashBar, hashChar, hashEnd, hashOn, hashStart } from './postings.ts';
import { skeleton } from './sound-keys.ts';

/**
 * Keys under which an alias is filed and a query looks: surname skeleton or phonetic key,
 * combined with the given-name group (or its initial class, or '-' for no given name). Keying
 * on both parts keeps postings short at a million aliases: a surname alone may be shared by
 * hundreds of people, a surname with a given-name group by a handful.
 */

/** Initial classes a name can start with; a surname-only query looks under all of them. */
export const INITIAL_CLASSES = [
  'V',
  'v',
  'g',
  't',
  'k',
  'b',
  'p',
  'd',
  'z',
  's',
  'm',
  'n',
  'l',
  'r',
  'f',
  'ž',
  'š',
  'č',
];

function givenIds(g: GivenInfo, expand: boolean): string[] {
  const named = g.groups.filter((r) => r.kind !== 'translation');
  if (named.length === 0) return [`~${skeleton(g.token.folds[0] ?? '')}`];
  return expand ? expandGroupIds(named) : [...new Set(named.map((r) => r.group.id))];
}

export function initialsFor(g: GivenInfo): string[] {
  const s = new Set([g.token.initialClass]);
  for (const r of g.groups)
    if (r.kind !== 'translation') for (const c of groupInitials(r.group.id)) s.add(c);
  return [...s];
}

export function givenParts(p: NameParse, query: boolean): string[] {
  const g = p.given;
  if (!g) return query ? NO_GIVEN_QUERY : NO_GIVEN;
  if (g.token.initial) return [`i:${g.token.initialClass}`];
  // A query's last given names, by object: each pass of a search asks again, also for a word
  // no table knows, which the cache below does not keep.
  if (query) {
    for (let i = 0; i < lastQueryGiven.length; i++)
      if (lastQueryGiven[i] === g) return lastQueryParts[i]!;
  }
  // Given-name parts depend on the token only (and on the side); the same names recur.
  const cache = query ? queryPartsCache : aliasPartsCache;
  const key = g.token.text;
  let parts = cache.get(key);
  if (!parts) {
    parts = givenIds(g, query).map((id) => `g:${id}`);
    if (!query || g.groups.every((r) => r.kind === 'translation')) {
      for (const c of initialsFor(g)) parts.push(`i:${c}`);
    }
    // Only names the table knows recur; a surname read as a given name would not.
    if (g.groups.length > 0) {
      if (cache.size > 20_000) cache.clear();
      cache.set(key, parts);
    }
  }
  if (query) {
    lastQueryGiven[lastQuerySlot] = g;
    lastQueryParts[lastQuerySlot] = parts;
    lastQuerySlot = (lastQuerySlot + 1) % lastQueryGiven.length;
  }
  return parts;
}

/** The parts of the given names of the last query readings (two readings, a few passes). */
const lastQueryGiven: Array<GivenInfo | null> = [null, null, null, null];
const lastQueryParts: Array<string[] | undefined> = [undefined, undefined, undefined, undefined];
let lastQuerySlot = 0;

/** Cached given-name parts by token text, for aliases and for queries; never mutated. */
const aliasPartsCache = new Map<string, string[]>();
const queryPartsCache = new Map<string, string[]>();
const NO_GIVEN = ['-'];
/** A query without a given name looks under every initial class. */
const NO_GIVEN_QUERY = ['-', ...INITIAL_CLASSES.map((c) => `i:${c}`)];

/*
 * Keys are hashes of a surname key x a given-name part: 's:' skeleton with every part, 'p:'
 * phonetic key with given-name groups only, 'd:' skeleton less one consonant with groups only.
 * An alias is filed under its phonetic key only when it differs from its skeleton; a query
 * therefore also looks for its phonetic key among skeleton keys.
 */

/** Shortest skeleton that also gets deletion keys: shorter ones would collide too widely. */
const MIN_DELETE_SKELETON = 4;

/** Key hashes an alias is filed under. */
export function aliasKeys(parses: NameParse[]): number[] {
  const buf = new KeyBuffer();
  aliasKeysInto(parses, buf);
  return [...buf.keys.subarray(0, buf.count)].map((h) => h >>> 0);
}

/**
 * aliasKeys into `buf` (cleared first), as signed 32-bit hashes, without intermediate sets or
 * arrays (a million aliases are filed at build). The order of one alias's keys does not
 * matter: a lookup collects under one hash at a time, and each alias once per hash.
 */
export function aliasKeysInto(parses: NameParse[], buf: KeyBuffer): void {
  buf.clear();
  for (const p of parses) {
    if (!p.surname) continue;
    const forms = p.surname.forms;
    const given = givenParts(p, false);
    const groups = given.some(isGroupPart);
    for (const f of forms) {
      if (f.inflected) continue;
      pushKeys(buf, head('s:', f.skel), given, false);
      if (f.phon !== f.skel && groups) pushKeys(buf, head('p:', f.phon), given, true);
    }
    if (!groups) continue;
    otherSurnameKeys(p, given, buf);
    for (const f of forms) {
      const skel = f.skel;
      if (f.inflected || skel.length < MIN_DELETE_SKELETON) continue;
      // Each one-consonant deletion, hashed in place (repeats, from a skeleton shared by two
      // forms, are dropped by the buffer).
      const heads = deletionHeads('d:', skel, 0);
      for (let d = 0; d < skel.length; d++) pushKeys(buf, heads[d]!, given, true);
    }
  }
}

/**
 * An alias of three words or more, or with a hyphenated surname, is also filed under each
 * middle word and each part of its surname as the surname, with its given-name groups only:
 * the press often gives the first of two surnames alone (Cristiana Chamorro Barrios as
 * Cristiana Chamorro, Palina Sharenda-Panasiuk as Palina Panasiuk, Jimmy Lai Chee-ying as
 * Jimmy Lai). A query finds such an alias through its ordinary keys; most aliases are two
 * words and file nothing more. The reverse (the query the longer form) is fallback-keys.ts's.
 */
function otherSurnameKeys(p: NameParse, given: string[], buf: KeyBuffer): void {
  for (const m of p.middle) if (!m.initial && m.text.length > 2) wordKeys(m.folds, given, buf);
  const text = p.surname!.text;
  if (!HYPHENS.test(text)) return;
  for (const part of text.split(HYPHENS))
    if (part.length > 2) wordKeys(foldVariants(part), given, buf);
}

const HYPHENS = /[-‐‑]/u;

function wordKeys(folds: string[], given: string[], buf: KeyBuffer): void {
  for (const f of folds) {
    const skel = skeleton(f);
    if (skel.length > 0) pushKeys(buf, head('s:', skel), given, true);
  }
}

const isGroupPart = (g: string) => g.charCodeAt(0) === 0x67 && g.charCodeAt(1) === 0x3a; // 'g:'

/**
 * Hashing state after `prefix + s + '|'`: every key of one surname spelling shares it, and
 * each given part is hashed on from it (hashEnd), not the whole key from the start.
 */
export function head(prefix: string, s: string): number {
  return hashBar(hashOn(hashStart(prefix), s));
}

/** The keys `state` + each given part (group parts only, with `groupsOnly`), into `buf`. */
function pushKeys(buf: KeyBuffer, state: number, given: string[], groupsOnly: boolean): void {
  for (const g of given) if (!groupsOnly || isGroupPart(g)) buf.push(hashEnd(state, g));
}

/** Scratch for deletionHeads: two lists, for the two prefixes a query's one-edit keys use. */
const deletionScratch = [new Int32Array(32), new Int32Array(32)];

/**
 * head(prefix, skel without its character at d) for each d, in scratch list `slot` (valid
 * until the next call with that slot). The hash of the prefix and the characters before d is
 * carried from one d to the next.
 */
function deletionHeads(prefix: string, skel: string, slot: 0 | 1): Int32Array {
  if (deletionScratch[slot]!.length < skel.length)
    deletionScratch[slot] = new Int32Array(skel.length * 2);
  const out = deletionScratch[slot]!;
  let before = hashStart(prefix);
  for (let d = 0; d < skel.length; d++) {
    out[d] = hashBar(hashOn(before, skel, d + 1));
    before = hashChar(before, skel.charCodeAt(d));
  }
  return out;
}

/** Key hashes in insertion order without repeats, in reusable typed arrays. */
export class KeyBuffer {
  keys = new Int32Array(64);
  count = 0;
  private readonly seen = new IntMarks(64);

  clear(): void {
    this.count = 0;
    this.seen.clear();
  }

  push(hash: number): void {
    if (!this.seen.add(hash)) return;
    if (this.count === this.keys.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = hash;
  }
}

/** Whether forms[i]'s `key` already occurred in forms[0 .. i) (the forms are few). */
function repeated(forms: SurnameForm[], i: number, key: 'skel' | 'phon'): boolean {
  for (let k = 0; k < i; k++) if (forms[k]![key] === forms[i]![key]) return true;
  return false;
}

/**
 * Key hashes a query looks under. With `oneEdit`, the symmetric-delete keys instead: the alias
 * skeleton has one consonant more, one less, or one different (both sides lose the same one).
 */
export function queryKeys(parses: NameParse[], oneEdit: boolean): number[] {
  const buf = new KeyBuffer();
  queryKeysInto(parses, oneEdit, buf);
  return [...buf.keys.subarray(0, buf.count)].map((h) => h >>> 0);
}

/**
 * queryKeys into `buf` (cleared first), as signed 32-bit hashes, without building strings or
 * sets: the same keys in the same order, so candidates are collected in the same order.
 */
export function queryKeysInto(parses: NameParse[], oneEdit: boolean, buf: KeyBuffer): void {
  buf.clear();
  for (const p of parses) {
    if (!p.surname) continue;
    const forms = p.surname.forms;
    const given = givenParts(p, true);
    if (oneEdit) oneEditKeys(forms, given, buf);
    else exactKeys(forms, given, buf);
  }
}

/** Skeleton keys with every given part, then phonetic keys (as 'p:' and 's:') with groups. */
function exactKeys(forms: SurnameForm[], given: string[], buf: KeyBuffer): void {
  for (let i = 0; i < forms.length; i++) {
    if (repeated(forms, i, 'skel')) continue;
    pushKeys(buf, head('s:', forms[i]!.skel), given, false);
  }
  for (let i = 0; i < forms.length; i++) {
    if (repeated(forms, i, 'phon')) continue;
    const s = forms[i]!.phon;
    const p = head('p:', s);
    const k = head('s:', s);
    for (const g of given) {
      if (!isGroupPart(g)) continue;
      buf.push(hashEnd(p, g));
      buf.push(hashEnd(k, g));
    }
  }
}

function oneEditKeys(forms: SurnameForm[], given: string[], buf: KeyBuffer): void {
  if (!given.some(isGroupPart)) return;
  for (let i = 0; i < forms.length; i++) {
    if (repeated(forms, i, 'skel')) continue;
    const skel = forms[i]!.skel;
    if (skel.length < MIN_DELETE_SKELETON - 1) continue;
    pushKeys(buf, head('d:', skel), given, true);
    // Each deletion, hashed in place (a repeated deletion gives repeated keys, dropped).
    const s = deletionHeads('s:', skel, 0);
    const d = deletionHeads('d:', skel, 1);
    const long = skel.length >= MIN_DELETE_SKELETON;
    for (let k = 0; k < skel.length; k++) {
      for (const g of given) {
        if (!isGroupPart(g)) continue;
        buf.push(hashEnd(s[k]!, g));
        if (long) buf.push(hashEnd(d[k]!, g));
      }
    }
  }
}
