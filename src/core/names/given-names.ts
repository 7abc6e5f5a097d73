import { foldToken } from './fold.ts';
import { romaniseName } from './foreign.ts';
import { foreignScripts, hasForeignLetter } from './foreign-scripts.ts';
import { GIVEN_NAME_GROUPS, GIVEN_NAME_ROUNDS, type GivenNameGroup } from './given-names-data.ts';
import { normaliseToken } from './script.ts';
import { initialClass, skeleton, vowelPattern } from './sound-keys.ts';

export type GroupKind = 'variant' | 'diminutive' | 'translation';

export interface GroupRef {
  group: GivenNameGroup;
  kind: GroupKind;
}

interface Tables {
  byFold: Map<string, GroupRef[]>;
  /** Folds listed as a name or diminutive of some group (not only as a translation). */
  known: Set<string>;
  /** Skeleton + vowel pattern -> group ids, for spellings the table does not list. */
  bySound: Map<string, Set<string>>;
  byId: Map<string, GivenNameGroup>;
  initials: Map<string, string[]>;
  /** Spellings in Latin or Cyrillic letters as listed (normalised, not folded) -> group ids. */
  byText: Map<string, Set<string>>;
  /** Folds of the Latin readings of names listed in other scripts (حسن read hsn). */
  readFolds: Set<string>;
}

let tables: Tables | null = null;

/** A listed spelling in its Latin reading: Arabic and Persian ones through the team's table. */
function readName(name: string): string {
  return hasForeignLetter(name) ? romaniseName(name, foreignScripts(name)) : name;
}

/**
 * A name listed in Arabic letters none of which is Persian, read as Persian too: in a Persian
 * name (ابوالفضل beside قدیانی) ض reads z, not d, and the table must know that reading.
 */
function persianReading(name: string): string | null {
  if (!hasForeignLetter(name)) return null;
  const scripts = foreignScripts(name);
  if (scripts.length !== 1 || scripts[0] !== 'ar') return null;
  const fa = romaniseName(name, ['fa']);
  return fa === readName(name) ? null : fa;
}

function add(byFold: Map<string, GroupRef[]>, name: string, ref: GroupRef): void {
  addFold(byFold, foldToken(normaliseToken(readName(name))), ref);
  const fa = persianReading(name);
  if (fa) addFold(byFold, foldToken(normaliseToken(fa)), ref);
}

function addFold(byFold: Map<string, GroupRef[]>, fold: string, ref: GroupRef): void {
  if (!fold) return;
  const list = byFold.get(fold) ?? [];
  const same = list.find((r) => r.group.id === ref.group.id);
  // A spelling listed both as a name and as a diminutive counts as the stronger kind.
  if (same) {
    if (rank(ref.kind) > rank(same.kind)) same.kind = ref.kind;
    return;
  }
  list.push(ref);
  byFold.set(fold, list);
}

function rank(kind: GroupKind): number {
  return kind === 'variant' ? 3 : kind === 'diminutive' ? 2 : 1;
}

/** Built once on first use: the table is static data. */
function build(): Tables {
  const byFold = new Map<string, GroupRef[]>();
  const byId = new Map<string, GivenNameGroup>();
  const initials = new Map<string, string[]>();
  const bySound = new Map<string, Set<string>>();
  const byText = new Map<string, Set<string>>();
  const readFolds = new Set<string>();
  for (const group of GIVEN_NAME_GROUPS) {
    byId.set(group.id, group);
    for (const n of group.names) {
      if (hasForeignLetter(n)) {
        readFolds.add(foldToken(normaliseToken(readName(n))));
        const fa = persianReading(n);
        if (fa) readFolds.add(foldToken(normaliseToken(fa)));
        continue;
      }
      const t = normaliseToken(n);
      byText.set(t, (byText.get(t) ?? new Set()).add(group.id));
    }
    for (const n of group.names) add(byFold, n, { group, kind: 'variant' });
    for (const n of group.diminutives ?? []) add(byFold, n, { group, kind: 'diminutive' });
    for (const n of group.translations ?? []) add(byFold, n, { group, kind: 'translation' });
    const classes = new Set(group.names.map((n) => initialClass(normaliseToken(readName(n)))));
    initials.set(group.id, [...classes]);
  }
  fileBySound(bySound);
  const known = new Set<string>();
  for (const [fold, refs] of byFold)
    if (refs.some((r) => r.kind !== 'translation')) known.add(fold);
  return { byFold, known, bySound, byId, initials, byText, readFolds };
}

/**
 * Sound keys, round by round: a key an earlier round's group holds is not shared with a later
 * round's other group (Zayed beside Ziad, Manuela beside Manuel), which would make the key
 * ambiguous and stop it resolving the old name's unlisted spellings. The later group's own
 * spellings still resolve by fold. Groups of one round share a key as before.
 */
function fileBySound(bySound: Map<string, Set<string>>): void {
  for (const round of GIVEN_NAME_ROUNDS) {
    const taken = new Set(bySound.keys());
    for (const group of round) {
      for (const n of group.names) {
        const key = soundKey(foldToken(normaliseToken(readName(n))));
        const ids = bySound.get(key);
        if (taken.has(key) && !ids?.has(group.id)) continue;
        bySound.set(key, (ids ?? new Set()).add(group.id));
      }
    }
  }
}

function getTables(): Tables {
  tables ??= build();
  return tables;
}

/** The groups a given-name token belongs to, by fold (so unlisted spellings still resolve). */
export function lookupGiven(fold: string): GroupRef[] {
  const byFold = getTables().byFold;
  const hit = byFold.get(fold);
  if (hit) return hit;
  // A final ў is written u, ŭ or w (BGN: Rastsislaw, Yaraslaw): try the other reading.
  const last = fold[fold.length - 1];
  if (last === 'v' || last === 'u') {
    const other = byFold.get(fold.slice(0, -1) + (last === 'v' ? 'u' : 'v'));
    if (other) return other;
  }
  // An unlisted spelling (ICAO writes ё as e: Siamen, Fedar) resolves when its skeleton and
  // vowel pattern point to exactly one group.
  if (fold.length < 4) return [];
  // A Persian or Arabic surname made from a given name with -i (Ebrahimi, Karimi, Amiri) is
  // no spelling of that name, though skeleton and vowels agree.
  if (fold.endsWith('i') && byFold.has(fold.slice(0, -1))) return [];
  const ids = getTables().bySound.get(soundKey(fold));
  if (ids?.size !== 1) return [];
  const group = getTables().byId.get([...ids][0]!);
  if (!group || womansEndingOnMansName(fold, group)) return [];
  return [{ group, kind: 'variant' }];
}

/**
 * A word ending in -a that only sounds like a man's name none of whose spellings ends so: a
 * woman's form (Manuela, Daniela) or another word (Barahona is no Burhan). Men's names that
 * end in -a (Nikita, Ilya, Luka) are listed so and pass.
 */
function womansEndingOnMansName(fold: string, group: GivenNameGroup): boolean {
  if (group.gender !== 'm' || !fold.endsWith('a')) return false;
  return !group.names.some((n) => foldToken(normaliseToken(readName(n))).endsWith('a'));
}

/**
 * Skeleton and vowel pattern, and whether the word opens with a vowel: the skeleton drops a
 * leading vowel, and Anand (a, nd, a-a) is no spelling of Nadia.
 */
function soundKey(fold: string): string {
  const open = 'aeiou'.includes(fold[0] ?? '') ? 'V' : '';
  return `${open}${skeleton(fold)}/${vowelPattern(fold)}`;
}

/**
 * Two spellings, each listed as written under names of the table, with no name listing both:
 * two names, though their folds meet (Samer and Sameer fold alike, and Sameer is a Samir;
 * the reading of عمر is amr, and Amr is another name). For spellings written in Latin or
 * Cyrillic letters only: a reading of Arabic letters is no listed spelling.
 */
export function listedApart(x: string, y: string): boolean {
  const byText = getTables().byText;
  const gx = byText.get(x);
  const gy = gx && byText.get(y);
  if (!gx || !gy) return false;
  for (const id of gx) if (gy.has(id)) return false;
  return true;
}

/**
 * A given name the table lists as written (Hussein), or the reading of one it lists in
 * Arabic or Persian letters (حسن read hsn): not a spelling that only folds or sounds like a
 * listed one (Sonia folds as Соня, the reading snia of سنية sounds like Sanaa).
 */
export function isListedGiven(text: string, fold: string): boolean {
  const t = getTables();
  return t.byText.has(text) || t.readFolds.has(fold);
}

export function groupById(id: string): GivenNameGroup | undefined {
  return getTables().byId.get(id);
}

/** Initial classes of every spelling in a group: Zmitser and Dmitry give both Z and D. */
export function groupInitials(id: string): string[] {
  return getTables().initials.get(id) ?? [];
}

export function isKnownGivenFold(fold: string): boolean {
  return getTables().known.has(fold);
}

export interface GivenRelation {
  how: 'given_name_group' | 'diminutive' | 'translation';
  score: number;
}

/** Scores of the relations between two given names known to the table. */
export const GIVEN_SCORES = {
  exact: 1,
  transliteration: 0.97,
  given_name_group: 0.95,
  diminutive: 0.9,
  translation: 0.8,
  initial: 0.75,
} as const;

/** The strongest relation between two sets of group memberships, or null if none. */
export function relateGroups(a: GroupRef[], b: GroupRef[]): GivenRelation | null {
  let how: GivenRelation['how'] | null = null;
  for (const x of a) {
    for (const y of b) {
      const h = relationOf(x, y);
      if (h && (!how || GIVEN_SCORES[h] > GIVEN_SCORES[how])) how = h;
    }
  }
  return how ? { how, score: GIVEN_SCORES[how] } : null;
}

function relationOf(x: GroupRef, y: GroupRef): GivenRelation['how'] | null {
  const translated = x.kind === 'translation' || y.kind === 'translation';
  if (x.group.id === y.group.id) {
    if (x.kind === 'variant' && y.kind === 'variant') return 'given_name_group';
    return translated ? 'translation' : 'diminutive';
  }
  const linked =
    x.group.diminutiveOf?.includes(y.group.id) || y.group.diminutiveOf?.includes(x.group.id);
  return linked && !translated ? 'diminutive' : null;
}

/** Group ids a query name should also be looked up under (Ales also under Aliaksandr). */
export function expandGroupIds(refs: GroupRef[]): string[] {
  const ids = new Set<string>();
  for (const r of refs) {
    ids.add(r.group.id);
    for (const d of r.group.diminutiveOf ?? []) ids.add(d);
  }
  for (const id of [...ids]) for (const d of diminutiveGroups().get(id) ?? []) ids.add(d);
  return [...ids];
}

let dimGroups: Map<string, string[]> | null = null;

/** Groups that are diminutives of a group (Aliaksandr -> Ales), built once. */
function diminutiveGroups(): Map<string, string[]> {
  if (dimGroups) return dimGroups;
  dimGroups = new Map();
  for (const g of GIVEN_NAME_GROUPS) {
    for (const d of g.diminutiveOf ?? []) dimGroups.set(d, [...(dimGroups.get(d) ?? []), g.id]);
  }
  return dimGroups;
}
