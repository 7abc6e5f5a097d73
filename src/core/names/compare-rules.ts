/**
 * Rules on top of the part-by-part comparison: compound and double surnames, an initial that
 * agrees with the full given name, and the comparisons of the Arabic and East Asian families.
 */

import { abjadFrame, frenchFrame } from './abjad-frame.ts';
import { compareGiven, compareSurnames, type SurnameMatch, surnameMatch } from './compare-parts.ts';
import {
  eastAsianKey,
  isSubsequence,
  isVietnameseSurname,
  koreanGivenKey,
  type NameFamily,
} from './families.ts';
import { germanSt } from './fold.ts';
import { isKnownGivenFold, isListedGiven, lookupGiven } from './given-names.ts';
import { type GivenInfo, givenInfo, type NameParse, surnameForms } from './parse.ts';
import { Recent } from './recent.ts';
import { editDistance, withinOneEdit } from './similarity.ts';
import { SPOKEN_NOTE, spokenFrame } from './spoken-frame.ts';
import { type TokenInfo, tokenInfo } from './tokens.ts';
import type { EvidenceItem } from './types.ts';
import { syllables } from './vowel-rules.ts';

/** Module-level, not a closure per call (tsx's keepNames wraps each named closure made). */
function text(ts: TokenInfo[]): string {
  return ts.map((t) => t.raw).join(' ');
}

function simple(p: NameParse): boolean {
  const t = p.surname?.text ?? '';
  return p.middle.length === 0 && !t.includes(' ') && !t.includes('-');
}

/** Middle words that may belong to the surname (not given names, not initials). */
function surnameWords(p: NameParse): TokenInfo[] {
  const mid = p.middle.filter((t) => !t.initial && !t.givenLike);
  const own = p.surname ? p.surname.text.split(' ').map((w) => tokenInfo(w)) : [];
  return [...mid, ...own];
}

function parts(words: TokenInfo[]): TokenInfo[] {
  return words.flatMap((t) =>
    t.text.includes('-')
      ? t.text
          .split('-')
          .filter((x) => x.length > 1)
          .map((x) => tokenInfo(x))
      : [t],
  );
}

/** How many leading words two lists share (by fold), leaving at least one word on each. */
function commonLead(a: TokenInfo[], b: TokenInfo[]): number {
  let n = 0;
  while (n < a.length - 1 && n < b.length - 1 && a[n]!.folds[0] === b[n]!.folds[0]) n++;
  return n;
}

function relabel(
  m: SurnameMatch,
  how: EvidenceItem['how'],
  score: number,
  note: string,
): SurnameMatch {
  return { ...m, item: { ...m.item, how, score: Math.min(score, m.item.score), note } };
}

/**
 * Kara-Murza / Kara Murza (hyphen or space), and one part of a double or maiden surname
 * against the whole (Sharenda-Panasiuk / Panasyuk, García Márquez / García). A part counts
 * only when the given names fully agree and one side has a single surname: two different
 * double surnames sharing a part (García López / Pérez López) stay apart.
 */
export function surnameVariants(
  a: NameParse,
  b: NameParse,
  given: EvidenceItem,
  sm: SurnameMatch | null,
): SurnameMatch | null {
  let best = sm;
  // The common case, one plain word each side and no middle words: nothing to recombine.
  if (simple(a) && simple(b)) return best;
  const wa = surnameWords(a);
  const wb = surnameWords(b);
  if (wa.length > 1 || wb.length > 1) {
    const j = compareSurnames(surnameForms(wa), surnameForms(wb));
    if (j && j.item.score > (best?.item.score ?? 0))
      best = relabel(j, j.item.how, j.item.score, 'hyphen or space');
  }
  if (given.score < 0.95 || (best && best.item.score >= 0.92)) return best;
  // A middle name both sides write, which no table knows (Pedro Joaquín Chamorro Barrios /
  // Pedro Joaquin Chamorro), is not part of either surname.
  const common = commonLead(wa, wb);
  const pa = parts(wa.slice(common));
  const pb = parts(wb.slice(common));
  // One surname against a double one of two parts (not a longer run of names: Aung San /
  // Aung San Suu Kyi are father and daughter).
  if ((pa.length === 1) === (pb.length === 1) || Math.max(pa.length, pb.length) !== 2) return best;
  const [one, many] = pa.length === 1 ? [pa, pb] : [pb, pa];
  for (const part of many) {
    const m = compareSurnames(surnameForms(one), surnameForms([part]));
    if (m && m.item.score >= 0.92 && m.item.score > (best?.item.score ?? 0)) {
      const r = relabel(m, 'compound', 0.9, 'one part of a double surname');
      best =
        pa.length === 1
          ? r
          : { ...r, item: { ...r.item, a: r.item.b, b: r.item.a }, a: r.b, b: r.a };
    }
  }
  return best;
}

/**
 * An initial that agrees with the other's full given name (M. / Maria), beside a surname that
 * matches at skeleton level or better and no gender conflict, is enough for a match.
 */
/**
 * A given name written as one word on one side and two on the other (Mir-Hossein / Mir
 * Hossein, Ahmadreza / Ahmad Reza, Abdulhadi / Abdul Hadi): the two words are joined and the
 * second leaves the middle names. Returns `p`'s reading to compare with `other`'s, changed or
 * not; at most one of the two readings changes (only one side has middle words). No pair is
 * built: a comparison asks this of every pair of readings.
 */
export function joinGiven(p: NameParse, other: NameParse): NameParse {
  const g = p.given;
  const og = other.given;
  if (!g || !og || g.token.initial || og.token.initial) return p;
  return p.middle.length > 0 && other.middle.length === 0 ? joined(p, og) : p;
}

/**
 * The first two words joined, when that is the other's given name: the same fold, or one name
 * of the table (Mohammad Ali / محمدعلی, whose reading mhmdli is no Latin fold).
 */
function joined(p: NameParse, other: GivenInfo): NameParse {
  const g = p.given!;
  const m = p.middle[0]!;
  if (m.initial) return p;
  const folds = other.token.folds;
  let same = false;
  for (const f of g.token.folds) for (const h of m.folds) if (folds.includes(f + h)) same = true;
  if (!same && !sharesGroup(g.token.folds[0]! + m.folds[0]!, other) && !sameFrames(g, m, other))
    return p;
  const token = tokenInfo(`${g.token.raw}${m.raw}`);
  return { ...p, given: givenInfo(token), middle: p.middle.slice(1) };
}

/**
 * Two given names written as one word in Persian or Arabic letters, which no table knows
 * (محمدمهدی read mhmdmhdi, Mohammad Mehdi): the same consonants, four or more. A name the
 * table knows joins too when four consonants or more agree: a compound with the article
 * written in (Noureddine / نور الدين read nur din, the article left out as a particle).
 */
function sameFrames(g: GivenInfo, m: TokenInfo, other: GivenInfo): boolean {
  if (other.groups.length > 0 && abjadFrame(other.token.text).length < 4) return false;
  const f = abjadFrame(other.token.text);
  return f.length >= 4 && abjadFrame(g.token.text + m.text) === f;
}

function sharesGroup(fold: string, other: GivenInfo): boolean {
  if (other.groups.length === 0 || !isKnownGivenFold(fold)) return false;
  for (const r of lookupGiven(fold)) {
    if (r.kind === 'translation') continue;
    for (const o of other.groups)
      if (o.kind !== 'translation' && o.group.id === r.group.id) return true;
  }
  return false;
}

export function initialToMatch(given: EvidenceItem, sm: SurnameMatch | null): EvidenceItem | null {
  if (given.how !== 'initial' || given.score !== 0.75 || !sm || sm.item.score < 0.92) return null;
  if (sm.a.gender && sm.b.gender && sm.a.gender !== sm.b.gender) return null;
  return { ...given, score: 0.88, note: 'initial of the full given name' };
}

/**
 * A surname with the article or bin written joined to it (Alhathloul, Binladen): the word
 * without it, for a comparison with a spelling that wrote it apart (and dropped it); al or el
 * before a vowel only in front of four letters or more (Alodah / al-Awda).
 */
const JOINED_PARTICLE =
  /^(?:al|el|bin|ben|ibn)(?=[^aeiou\s-]\p{L}{3})|^(?:al|el)(?=[aeiou]\p{L}{3})/u;

/**
 * Devanagari and Bengali write the z of Persian and Arabic names as ज, জ (j) when they leave
 * out the nukta (जरगर Zargar, জিয়া Zia): against such a reading j is also z.
 */
const jAsZ = (text: string) => (text.includes('j') ? abjadFrame(text.replace(/j/g, 'z')) : '');

/**
 * Against Arabic, Persian or Hebrew letters, other readings, each a frame more; of the reading
 * of those letters (`read`):
 * - the reader writes س or ص before ح or ه as sh, پ before ه as ph, ت, د before ه as th, dh
 *   (سحرخیز shrkhiz, سپهری sphri, تهرانی thrani), which the frame reads as ش, ف, ت, د: with
 *   a vowel between, they are the two letters the Latin spelling writes (Saharkhiz, Sepehri,
 *   Tehrani);
 * - Hebrew writes the b of an Arabic name with ב, which the reader writes v inside a word
 *   (זביידי zviidi, Zubeidi): an inner v is also b.
 */
/*
 * and of the Latin spelling against them: Persian romanisations write ه after a vowel as eh
 * (Shanbehzadeh), where the reader of the letters writes e: the spelling without that h.
 */
function scriptVariants(text: string, read: boolean): string[] {
  const out: string[] = [];
  for (const [re, to] of read ? READ_VARIANTS : LATIN_VARIANTS) {
    const v = text.replace(re, to);
    if (v !== text) out.push(v);
  }
  return out;
}

const READ_VARIANTS: Array<[RegExp, string]> = [
  [/([sptd])h/g, '$1ah'],
  [/(?<=\p{L})v/gu, 'b'],
  // Arabic letters write a foreign ch as تش, read tsh (غيرشكوفيتش Gershkovich).
  [/tsh/g, 'ch'],
];
const LATIN_VARIANTS: Array<[RegExp, string]> = [
  [/eh(?=[^aeiouy\s-])/g, 'e'],
  // Arabic has no v and writes a foreign one as ف (فلوديروس, غيرشكوفيتش): against Arabic
  // letters a Latin v is also read f, which the frame keeps (v it leaves out, as و).
  [/v/g, 'f'],
  // A silent h of German oh and English wh is not written (Kohler كولر, Whelan ويلان).
  [/(?<=o)h(?=[^aeiouy])|(?<=w)h/g, ''],
];

/**
 * frames of the first surnames compared, kept for the next comparisons with the same surname
 * and flags: a search compares its query with several candidates, and a query read in both
 * orders asks for two surnames in turn (one kept, each pushed the other out).
 */
const FIRST_SLOTS = 4;
const firstTexts: string[] = new Array<string>(FIRST_SLOTS).fill('');
const firstFlags: number[] = new Array<number>(FIRST_SLOTS).fill(-1);
const firstFrames: Array<Array<[string, boolean]>> = Array.from({ length: FIRST_SLOTS }, () => []);
let firstNext = 0;

function framesOfFirst(
  text: string,
  letters: boolean,
  script: boolean,
  read: boolean,
): Array<[string, boolean]> {
  const flags = (letters ? 2 : 0) + (script ? 1 : 0) + (read ? 4 : 0);
  for (let i = 0; i < FIRST_SLOTS; i++)
    if (firstTexts[i] === text && firstFlags[i] === flags) return firstFrames[i]!;
  const i = firstNext;
  firstNext = (firstNext + 1) % FIRST_SLOTS;
  firstFrames[i] = frames(text, letters, script, read);
  firstTexts[i] = text;
  firstFlags[i] = flags;
  return firstFrames[i]!;
}

/**
 * A surname's frames: [frame, whether a joined particle was left out]. `read`: the text is the
 * reading of Arabic, Persian or Hebrew letters (scriptVariants).
 */
function frames(
  text: string,
  letters: boolean,
  script = false,
  read = false,
): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [[abjadFrame(text), false]];
  const z = letters ? jAsZ(text) : '';
  if (z) out.push([z, false]);
  // The reader writes ذ as th (al-Hathloul), which Libya and Egypt say, and the press writes,
  // as d (القذافي Gaddafi): against Arabic letters a th is also read d.
  if (script && text.includes('th')) out.push([abjadFrame(text.replace(/th/g, 'd')), false]);
  // ث, which the reader writes th, is s in Persian and Urdu (ثابت Sabet, ثمینه Samina).
  if (script && text.includes('th')) out.push([abjadFrame(text.replace(/th/g, 's')), false]);
  // ذ is z as Egypt, the Levant, Turkey and Iran say it (حاذق Hazek, ذكريا Zakaria): nm43.
  if (script && text.includes('th')) out.push([abjadFrame(text.replace(/th/g, 'z')), false]);
  if (script) for (const v of scriptVariants(text, read)) out.push([abjadFrame(v), false]);
  const sht = script ? germanSt(text.toLowerCase()) : '';
  if (sht) out.push([abjadFrame(sht), false]);
  const rest = joinedRest(text, script && !read);
  if (rest) out.push([abjadFrame(rest), true]);
  const french = frenchFrame(text);
  if (french) out.push([french, false]);
  const frenchRest = rest ? frenchFrame(rest) : '';
  if (frenchRest) out.push([frenchRest, true]);
  return out;
}

/**
 * The Maghrebi French ways of joining the article, against Arabic letters only (article-joined,
 * nm47): La before the vowel of a ع (Laarayedh العريض, Laaroussi العروسي) and Ben with the
 * article's l (Benlarbi بن العربي).
 */
const JOINED_MAGHREBI = /^(?:la(?=a\p{L}{3})|benl(?=[aeiou]\p{L}{2}))/u;

/** A Latin surname without the article or bin joined in front, or null. */
function joinedRest(text: string, againstScript: boolean): string | null {
  const m = (againstScript ? JOINED_MAGHREBI.exec(text) : null) ?? JOINED_PARTICLE.exec(text);
  return m ? text.slice(m[0].length) : null;
}

const JOINED_NOTE = 'translit:arabic (consonants; the article or bin joined to the name)';

/**
 * Surnames of the Arabic family on their consonants; East Asian ones on the syllable key.
 * Between two Latin spellings the vowels must also be close (two edits at most): Rohani /
 * Rouhani and Ladin / Laden are one name, Khamenei / Khomeini two. `script` is true when a
 * side was written in Arabic, Persian or Hebrew letters, where short vowels are not written;
 * `readSides` says which (1: a, 2: b).
 */
export function familySurname(
  a: NameParse,
  b: NameParse,
  family: NameFamily,
  script = false,
  letters = false,
  readSides = 0,
): SurnameMatch | null {
  if (!a.surname || !b.surname) return null;
  if (letters && endsApart(a.surname.text, b.surname.text)) return null;
  if (family === 'east_asian') {
    if (eastAsianKey(a.surname.text, true) !== eastAsianKey(b.surname.text, true)) return null;
    const item: EvidenceItem = {
      part: 'surname',
      a: a.surname.text,
      b: b.surname.text,
      how: 'transliteration',
      score: 0.95,
      note: 'translit:east_asian (Pinyin, Wade-Giles, Revised, McCune-Reischauer)',
    };
    return { item, a: a.surname.forms[0]!, b: b.surname.forms[0]! };
  }
  const x = a.surname.forms[0]!;
  const y = b.surname.forms[0]!;
  // The article joined on one side, left out on the other, the rest letter for letter
  // (Alwadaei / al-Wadaei): whatever the frame, whose w and vowels leave one consonant.
  if (joinedOnly(x.text, y.text) || joinedOnly(y.text, x.text)) {
    return surnameMatch(x, y, 'skeleton', 0.92, JOINED_NOTE);
  }
  const fa = framesOfFirst(a.surname.text, letters, script, (readSides & 1) !== 0);
  const fb = frames(b.surname.text, letters, script, (readSides & 2) !== 0);
  for (const [fx, sa] of fa) {
    for (const [fy, sb] of fb) {
      // Both without the particle is no different from both with it.
      if (sa && sb) continue;
      if (fx.length < 1 || fx !== fy) continue;
      // The frame leaves w and v out, but و opening a word is a consonant: Valizadeh and
      // Alizadeh (sons of Vali and of Ali) are two names.
      const stripped = sa || sb;
      // Without the article (Alwadaei / الوداعي wdai), the word after it opens the name.
      const xt = (sa && joinedRest(x.text, script && (readSides & 1) === 0)) || x.text;
      const yt = (sb && joinedRest(y.text, script && (readSides & 2) === 0)) || y.text;
      if (opensWithW(xt) !== opensWithW(yt)) continue;
      const near = editDistance(x.fold, y.fold) <= 2 + (stripped ? 2 : 0);
      if (!script && !near) continue;
      // Two Latin spellings: the vowels too (Koshak / Kishk, Shekari / Shakeri are two names),
      // and a nisba -i on one side only makes another name (Alabbasi / al-Abbas).
      if (!script && (!vowelsAlike(x.text, y.text, stripped) || nisbaApart(x.text, y.text)))
        continue;
      // Against Arabic or Persian letters, whose final ي, ی the reader writes i: a nisba on
      // one side only (Sabet / ثابتی Sabeti) is another name too.
      if (script && scriptNisbaApart(x.text, y.text)) continue;
      // One consonant is little to go on (al-Awda / al-Ouda): only short, close spellings.
      if (fx.length === 1 && (!near || Math.max(xt.length, yt.length) > 6)) continue;
      // Two Latin spellings of one name on two consonants write the same syllables: a vowel
      // more (Abdi / Abedi) or a final vowel (Dalila / Dalil) makes another name.
      if (!script && fx.length <= 2 && !stripped && syllables(x.text) !== syllables(y.text))
        continue;
      const note = stripped
        ? JOINED_NOTE
        : thAsZ(x.text, fx) || thAsZ(y.text, fy)
          ? 'translit:arabic (consonants; ذ said z)'
          : 'translit:arabic (consonants: short vowels are not written)';
      return surnameMatch(x, y, 'skeleton', fx.length >= 3 ? 0.92 : 0.88, note);
    }
  }
  return null;
}

/** The frame matched only with the reader's th said z (حاذق hathq as Hazek). */
function thAsZ(text: string, frame: string): boolean {
  return (
    text.includes('th') &&
    frame !== abjadFrame(text) &&
    frame === abjadFrame(text.replace(/th/g, 'z'))
  );
}

/** A w or v opening a word (French ou before a vowel: Ouadaei), against a vowel. */
function opensWithW(text: string): boolean {
  return /^(?:[wv]|ou[aeiy])/.test(text);
}

/** `x` is `y` with the article or bin joined in front (JOINED_PARTICLE), `y` four letters or more. */
function joinedOnly(x: string, y: string): boolean {
  if (x.length < y.length + 2 || y.length < 4 || !x.endsWith(y)) return false;
  const m = JOINED_PARTICLE.exec(x);
  return !!m && m[0].length === x.length - y.length;
}

/**
 * Scripts read letter by letter write a final vowel, unlike an abjad: a name ending in -a on
 * one side only is another name or the other gender (Alexandra / アレクサンドル arekusandoru,
 * Navalnaya / ナワリヌイ). A final u, o or i after a consonant is the vowel katakana and
 * Chinese add to a final consonant, not a mismatch; a final a that is the only difference is the
 * vowel an abugida leaves unwritten.
 */
function endsApart(x: string, y: string): boolean {
  // These scripts write every vowel: a final u against a final a, e or i is another word
  // (Ethiopic ኃይሉ Hailu / ኃይሌ Haile): nm43.
  const ux = x.endsWith('u');
  if (ux !== y.endsWith('u') && /[aei]$/.test(ux ? y : x)) return true;
  const ax = x.endsWith('a');
  if (ax === y.endsWith('a')) return false;
  // Devanagari and Bengali write no final a after a consonant (सुरेंद्र read surendr): the
  // spelling that is the other with an a added is the same word (Surendra). Nor, the reader
  // says, some inner ones (पुरकायस्थ read purkaysth, Purkayastha): the same word when a's are
  // all that differ and five letters are left (translit:abugida schwa); a short word's final a
  // is a long ā, a given name's gender (कमल Kamal is not Kamala).
  const [full, bare] = ax ? [x.slice(0, -1), y] : [y.slice(0, -1), x];
  if (full === bare) return false;
  const rest = withoutA(bare);
  return rest.length < 5 || withoutA(full) !== rest;
}

const withoutA = (t: string) => (t.includes('a') ? t.replace(/a/g, '') : t);

/** Known for the family rules: listed as written or as read, not only by fold or sound. */
const known = (g: NameParse['given']) =>
  !!g &&
  g.groups.some((r) => r.kind !== 'translation') &&
  isListedGiven(g.token.text, g.token.folds[0] ?? '');

/** Given names of the family: East Asian on the syllable key, Arabic on consonants if unlisted. */
export function familyGiven(
  a: NameParse,
  b: NameParse,
  family: NameFamily,
  letters = false,
  readSides = 0,
): EvidenceItem | null {
  const ga = a.given;
  const gb = b.given;
  if (!ga || !gb || ga.token.initial || gb.token.initial) return null;
  if (letters && endsApart(ga.token.text, gb.token.text)) return null;
  const base = { part: 'given' as const, a: ga.token.raw, b: gb.token.raw };
  if (family === 'east_asian') {
    const ta = [ga.token.text, ...a.middle.map((t) => t.text)].join('');
    const tb = [gb.token.text, ...b.middle.map((t) => t.text)].join('');
    const ka = eastAsianKey(ta, false);
    const kb = eastAsianKey(tb, false);
    if (ka === kb && ka.length >= 2)
      return { ...base, how: 'transliteration', score: 0.95, note: 'translit:east_asian' };
    // A Korean spelling on either side: the press's u for ㅓ and i for ㅢ.
    const xa = koreanGivenKey(ta);
    const xb = koreanGivenKey(tb);
    if (!xa && !xb) return null;
    if (!((xa ?? ka) === (xb ?? kb) || xa === kb || ka === xb)) return null;
    return { ...base, how: 'transliteration', score: 0.92, note: 'translit:east_asian (Korean)' };
  }
  // Two names the table knows as different (Hassan / Hussein) stay different.
  if (known(ga) && known(gb)) return null;
  const plain = sameFrame(ga.token.text, gb.token.text, letters);
  const fa =
    plain ??
    (readSides === 1 ? spokenFrame(gb.token.text, ga.token.text) : null) ??
    (readSides === 2 ? spokenFrame(ga.token.text, gb.token.text) : null);
  if (!fa) return null;
  // Two consonants are little to go on: the shorter spelling must be the longer one with
  // vowels left out (Ahed / عهد read ahd), not another name on the same frame (Hadi).
  if (fa.length === 2) {
    const [s0, l0] = [ga.token.text, gb.token.text].sort((p, q) => p.length - q.length) as [
      string,
      string,
    ];
    // A vowel at the start of both may differ (Elaheh / الهه read alhe).
    const lead = /^[aeiou]/.test(s0) && /^[aeiou]/.test(l0) ? 1 : 0;
    if (!isSubsequence(vowelClasses(s0.slice(lead)), vowelClasses(l0.slice(lead)))) return null;
  }
  const note = plain ? 'translit:arabic (consonants)' : SPOKEN_NOTE;
  return { ...base, how: 'skeleton', score: 0.9, note };
}

/**
 * و and ی are read u and i, and written u, o, ou, v, w and i, e, ee, ey, y (Navid / نوید read
 * nuid, Keyvan / کیوان kiuan, Anoosheh / انوشه anushe): compared as one letter each; ei and
 * ey as ai (Seif / Saif).
 */
function vowelClasses(text: string): string {
  // The diphthong of ي after a consonant is written ei, ey, ai or ay (Seif / Saif, Zeinab).
  return text
    .replace(/e(?=[iy])/g, 'a')
    .replace(/[owv]/g, 'u')
    .replace(/[ey]/g, 'i');
}

/** Frames of the first given name compared (a search's query), kept for its next candidate. */
const firstGivenFrames = new Recent<string>(4);
const firstFrenchFrames = new Recent<string>(4);

/** The consonant frame two given names share (a French reading counts), or null. */
function sameFrame(x: string, y: string, letters = false): string | null {
  const fx = firstGivenFrames.get(x, abjadFrame);
  const fy = abjadFrame(y);
  if (fx.length >= 2 && fx === fy) return fx;
  if (letters) {
    const zx = jAsZ(x);
    const zy = jAsZ(y);
    if (zx.length >= 2 && (zx === fy || zx === zy)) return zx;
    if (zy.length >= 2 && zy === fx) return zy;
  }
  const gx = firstFrenchFrames.get(x, frenchFrame) || fx;
  const gy = frenchFrame(y) || fy;
  if (gx.length >= 2 && (gx === fy || fx === gy)) return gx;
  return null;
}

/**
 * Persian surnames end in -i, -ee, -zadeh, -pour, -nejad, -far, -ian (Ebrahimi, Iraee,
 * Hosseinzadeh): such a word no table knows as a given name, on one side only, is the first
 * of two surnames left out (Golrokh Ebrahimi Iraee / Golrokh Iraee), not a father's name.
 */
function persianSurnames(words: TokenInfo[]): boolean {
  return words.every((t) => !t.givenLike && PERSIAN_SURNAME.test(t.text));
}

const PERSIAN_SURNAME = /(?:[^aeiou]i|ee|ei|ai|zadeh|pour|nejad|nezhad|far|ian|loo|lou|vand)$/;

/**
 * Middle names or first surnames on both sides that share nothing: George Walker / George
 * Herbert Bush, García López / Pérez López are two people. Null when either side has none
 * (a middle name left out is common) or when one word agrees, or when one is an initial of
 * the other's.
 */
export function compareMiddle(
  a: NameParse,
  b: NameParse,
  strict = false,
  abjad = false,
): EvidenceItem | null {
  if (a.middle.length === 0 && b.middle.length === 0) return null;
  const ma = a.middle.filter((t) => !t.initial);
  const mb = b.middle.filter((t) => !t.initial);
  // In Arabic and South Asian names a middle name tells namesakes apart (Imran Khan / Imran
  // Riaz Khan): one side without it is not evidence of one person.
  if (strict && (ma.length === 0) !== (mb.length === 0) && !persianSurnames(ma.length ? ma : mb)) {
    return {
      part: 'name',
      a: text(ma),
      b: text(mb),
      how: 'missing',
      score: 0,
      note: 'a middle name on one side only',
    };
  }
  if (ma.length === 0 || mb.length === 0) return null;
  // A Vietnamese name's last word is the name its bearer is called by (Phan Kim Khánh): a
  // letter off there is another person (Khánh / Khang, Bình / Minh), not a misspelling.
  if (vietnameseBoth(a, b) && ma.length === mb.length) {
    return ma.every((x, i) => sameVietnameseWord(x, mb[i]!))
      ? null
      : {
          part: 'name',
          a: text(ma),
          b: text(mb),
          how: 'mismatch',
          score: 0,
          note: 'vietnamese:given',
        };
  }
  // As many middle words on each side, two or more: word by word (Maria José García López /
  // Maria José Pérez López share José but not the first surname).
  if (a.middle.length === b.middle.length && a.middle.length >= 2) {
    return a.middle.every((x, i) => middleAgrees(x, b.middle[i]!, abjad))
      ? null
      : {
          part: 'name',
          a: text(a.middle),
          b: text(b.middle),
          how: 'mismatch',
          score: 0,
          note: 'middle names differ',
        };
  }
  for (const x of a.middle) {
    for (const y of b.middle) {
      if (x.initial || y.initial) {
        if (x.initialClass === y.initialClass) return null;
        continue;
      }
      if (middleAgrees(x, y, abjad)) return null;
    }
  }
  return {
    part: 'name',
    a: text(a.middle),
    b: text(b.middle),
    how: 'mismatch',
    score: 0,
    note: 'middle names differ',
  };
}

/**
 * Two middle words that name one name; `abjad` when a side was read from a script without
 * short vowels (কবির kbir, Kabir), where the consonants are what agrees.
 */
function middleAgrees(x: TokenInfo, y: TokenInfo, abjad = false): boolean {
  if (x.initial || y.initial) return x.initialClass === y.initialClass;
  if (vietnameseApart(x.raw, y.raw)) return false;
  const m = compareSurnames(surnameForms([x]), surnameForms([y]));
  if (m && m.item.score >= 0.84) return true;
  // Two given names against Arabic letters, one read without its short vowels (حسن hsn /
  // Hassan): the given-name table joins them as it joins the given names (Hassan / Hussein
  // stay two names of the table). Rule arabic:middle.
  if (abjad && x.givenLike && y.givenLike && compareGiven(givenInfo(x), givenInfo(y)).score >= 0.9)
    return true;
  // Two names the table knows are told apart by it (حسن Hassan / حسين Hussein); else the
  // shorter spelling must be the longer one with vowels left out (و, ی as u, i).
  if (abjad && !(x.givenLike && y.givenLike)) {
    const f = abjadFrame(x.text);
    if (f.length < 2 || f !== abjadFrame(y.text)) return false;
    const [s0, l0] = x.text.length <= y.text.length ? [x.text, y.text] : [y.text, x.text];
    return isSubsequence(vowelClasses(s0), vowelClasses(l0));
  }
  // A letter off is a misspelling here (Aung San / Aung Sang), not another family.
  const fx = x.folds[0] ?? '';
  const fy = y.folds[0] ?? '';
  return Math.min(fx.length, fy.length) >= 3 && withinOneEdit(fx, fy);
}

/** Both names read surname first from a Vietnamese surname (Phan Kim Khánh / Phan Kim Khang). */
function vietnameseBoth(a: NameParse, b: NameParse): boolean {
  return (
    a.order === 'surname_first' &&
    b.order === 'surname_first' &&
    isVietnameseSurname(a.surname?.text ?? '') &&
    isVietnameseSurname(b.surname?.text ?? '')
  );
}

/** One Vietnamese word, written with or without its marks (Khánh / Khanh, not Khang). */
function sameVietnameseWord(x: TokenInfo, y: TokenInfo): boolean {
  if (x.initial || y.initial) return x.initialClass === y.initialClass;
  if (vietnameseApart(x.raw, y.raw)) return false;
  const strip = (w: string) =>
    w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return strip(x.raw) === strip(y.raw);
}

/** Vietnamese letters that are not a base letter with a tone, decomposed: ă â ê ô ơ ư (and đ). */
const VIETNAMESE_LETTER = /[\u0302\u0306\u031bđĐ]/u;
/** Vietnamese tone marks, in decomposed text: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Two Vietnamese words both written with their marks that differ in a letter (Bách / Bắc, Tư /
 * Tứ are other names): the marks are part of the spelling there, not an English report's
 * loss. Tone marks are set aside only as placed differently (Thúy / Thuý). False when either
 * word has no Vietnamese letter (Bach / Bắc is one name without its marks).
 */
export function vietnameseApart(x: string, y: string): boolean {
  if (x === y || isPlainAscii(x) || isPlainAscii(y)) return false;
  if (!VIETNAMESE_LETTER.test(`${x}${y}`.normalize('NFD'))) return false;
  const bx = x.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  const by = y.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  if (bx !== by) return true;
  // The same letters: the tones must agree too (Tu / Tú / Tư are told apart by their marks).
  return tones(x) !== tones(y);
}

function tones(w: string): string {
  return (w.normalize('NFD').match(TONE_MARKS) ?? []).join('');
}

function isPlainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A word's vowel groups (w and y count as vowels, as the frame drops them), plain letters.
 * Azerbaijani and Turkish ı and ə, which no decomposition strips, count as i and e
 * (Mehralızadə / Mehralizade).
 */
function vowelGroups(text: string): string[] {
  const plain = plainLetters(text).replace(/ı/g, 'i').replace(/ə/g, 'e');
  return (plain.match(/[aeiouwy]+/g) ?? []).map((g) =>
    g
      .replace(/w/g, 'u')
      .replace(/y/g, 'i')
      .replace(/o+u?|u+/g, 'u')
      .replace(/e+(?!i)/g, 'e')
      .replace(/i+/g, 'i'),
  );
}

/**
 * What it costs to read one vowel group as another: nothing when equal; 0.5 when one holds the
 * other (ai / i, au / u: Khayer / Khair, Awda / Ouda); 0.8 for e written for a or i (Mehdi /
 * Mahdi, Ladin / Laden); 1 otherwise (Miqdad / Muqdad).
 */
function groupCost(x: string, y: string): number {
  if (x === y) return 0;
  if (x.includes(y) || y.includes(x)) return 0.5;
  if (x.length === y.length) {
    let diff = 0;
    let kin = true;
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      diff++;
      if (x[i] !== 'e' && y[i] !== 'e') kin = false;
    }
    if (diff === 1 && kin) return 0.8;
  }
  return 1;
}

/**
 * Two Latin spellings of one Arabic or Persian surname write much the same vowels: the groups
 * aligned, a group left out or changed costs 1, a kindred one less (groupCost), 1.5 at most
 * (Buhairi / Bhiri; Rohani / Rouhani, Barghouti / Barghouthi cost nothing). Koshak / Kishk
 * (2) and Shekari / Shakeri (1.6, e for a and a for e) are two names. With the article joined
 * on one side (stripped) the groups are not aligned and not compared.
 */
function vowelsAlike(x: string, y: string, stripped: boolean): boolean {
  if (stripped) return true;
  const gx = vowelGroups(x);
  const gy = vowelGroups(y);
  let prev = gy.map((_, j) => j + 1);
  prev.unshift(0);
  for (let i = 1; i <= gx.length; i++) {
    const row = [i];
    for (let j = 1; j <= gy.length; j++)
      row.push(
        Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + groupCost(gx[i - 1]!, gy[j - 1]!)),
      );
    prev = row;
  }
  return prev[gy.length]! <= 1.5;
}

/** vowelsAlike of two Latin surname spellings, for a match on consonants or sound. */
export function arabicVowelsAlike(x: string, y: string): boolean {
  return vowelsAlike(x, y, false);
}

const NISBA = /[^aeiouy\s-](?:i|y|ee|iy)$/u;

/**
 * The nisba -i, which makes a surname of a name (Abbasi of Abbas, Mohammadi of Mohammad), on
 * one side only: the other spelling is the first without it (Alabbasi / al-Abbas), not a
 * misspelling (Tohti / Tohit).
 */
function nisbaApart(x: string, y: string): boolean {
  const fx = plainLetters(x);
  const fy = plainLetters(y);
  const [withI, without] = NISBA.test(fx) ? [fx, fy] : NISBA.test(fy) ? [fy, fx] : ['', ''];
  if (!withI || NISBA.test(without)) return false;
  const stem = withI.replace(/(?:i|y|ee|iy)$/u, '');
  return without.endsWith(stem.slice(-3)) && Math.abs(stem.length - without.length) <= 3;
}

/** A word ending in a consonant, and one ending in the nisba (not the و of -avi: Mousavi). */
const CONSONANT_END = /[bcdfgjklmnpqrstxz]$/;
const SCRIPT_NISBA = /[bcdfgjklmnpqrstxz]i$/;

/** nisbaApart of a Latin spelling and a reading of Arabic or Persian letters (Sabet / ثابتی). */
function scriptNisbaApart(x: string, y: string): boolean {
  return (
    (CONSONANT_END.test(x) && SCRIPT_NISBA.test(y)) ||
    (CONSONANT_END.test(y) && SCRIPT_NISBA.test(x))
  );
}

function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}
