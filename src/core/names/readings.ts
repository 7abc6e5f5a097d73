/**
 * Readings of a Latin spelling that other orthographies give its letters, tried only once the
 * part-by-part rules have failed for one part while the other part agrees (scoreParses): they
 * cost regular expressions and folds, which most pairs must not pay.
 *
 * - Latin j as ж or дж: Kazakh, Uzbek, Karakalpak and Azerbaijani Latin write both as j
 *   (Janbolat / Zhanbolat, Tajimuratov / Tazhimuratov, Orujov / Оруджов).
 * - Azerbaijani and Turkish c as дж, in a name with ə, ı or ğ (Əziz Orucov / Aziz Orujov).
 * - c before a, o, u or at the end as к, as most Western languages read it (Rico / Рико).
 * - q (ق) as Persian gh, and French or Spanish qu before e, i (Bagher / Baquer).
 * - French spellings of Maghreb names: ch for ش, ou for و (Chaouachi / al-Shawashi / الشواشي).
 * - A European name written in Persian or Arabic letters (Kylie / کایلی, Olivier / اولیویه,
 *   Cécile / سسیل, Johan / یوهان): both sides read as such a transcription writes them.
 */
import { foldVariants } from './fold.ts';
import { Recent } from './recent.ts';

const MARKS = /\p{M}/gu;

function plain(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Latin j not part of dj, zj (already дж, ж in the fold). */
const LONE_J = /(?<![dz])j/g;
const BACK_C = /c(?=[aou]|$)/g;
const HAS_BACK_C = /c(?=[aou]|$)/;

const J_NOTE = 'translit:latin (j as ж or дж: Kazakh, Uzbek, Azerbaijani)';
const C_NOTE = 'translit:az (c as дж)';
const K_NOTE = 'translit:latin (c before a back vowel as к)';
const Q_NOTE = 'translit:fa (q, qu and gh for ق)';

/** One Latin word read by another orthography's letter rule, with the rule's note. */
type Reading = [text: string, note: string];

/**
 * The readings of one Latin word by the letter rules above that can meet `other`: each only
 * where `other` has a letter the reading writes (ж, zh, дж for j; к, k for c; г, gh, g for q),
 * which most pairs lack, so that their folds are not computed.
 */
function letterReadings(text: string, other: string, turkic: boolean): Reading[] {
  const out: Reading[] = [];
  // Five letters at least: a short word with j is more often Slavic й (Juk, Jan).
  if (
    text.length >= 5 &&
    text.includes('j') &&
    (ZH_OTHER.test(other) || (turkic && other.includes('c')))
  )
    pushSoftened(out, [text.replace(LONE_J, 'zh'), text.replace(LONE_J, 'dzh')], J_NOTE);
  // Turkish and Azerbaijani c is дж: in a name with their letters, or against a Cyrillic дж
  // (Tuncel / Тунджель), which no other reading of a Latin c gives.
  const dzh = other.includes('дж');
  if ((turkic || dzh) && text.includes('c') && (ZH_OTHER.test(other) || other.includes('j')))
    pushSoftened(out, [text.replace(/c(?!h)/g, 'dzh')], C_NOTE);
  if (!turkic && text.includes('c') && HAS_BACK_C.test(text) && K_OTHER.test(other))
    out.push([text.replace(BACK_C, 'k'), K_NOTE]);
  // ق: q in Arabic spellings, gh in Persian ones, qu before e, i in French and Spanish ones.
  if (text.includes('q') && G_OTHER.test(other))
    out.push([text.replace(/qu(?=[eiy])/g, 'q').replace(/q/g, 'gh'), Q_NOTE]);
  // Spanish writes a hard g before e, i as gu; Basque and Catalan write g (Otegui / Otegi,
  // Aguirre / Agirre).
  if (GU_EI.test(text) && G_EI.test(other)) out.push([text.replace(GU_EI_ALL, 'g'), GU_NOTE]);
  return out;
}

/**
 * Pushes readings, each also with -ov as -ev after ж or дж: Russian writes an unstressed о
 * after ж, ч, ш, щ, ц as е (Orujov, Orucov / Оруджев).
 */
function pushSoftened(out: Reading[], readings: string[], note: string): void {
  for (const r of readings) {
    out.push([r, note]);
    if (ZH_OV.test(r)) out.push([r.replace(ZH_OV, 'ev$1'), note]);
  }
}

const ZH_OV = /(?<=zh)ov(a?)$/;
const ZH_OTHER = /ж|zh|dj/;
const GU_EI = /gu(?=[eiéí])/;
const GU_EI_ALL = /gu(?=[eiéí])/g;
const G_EI = /g(?=[eiéí])/;
const GU_NOTE = 'translit:latin (Spanish gu before e, i for a hard g)';
const K_OTHER = /[kк]/;
const G_OTHER = /[gгq]/;

/**
 * Whether one word, read by a letter rule (j as ж or дж, Turkic c as дж, c before a back vowel
 * as к, q as gh), folds as the other or as the other's reading: the rule's note, or null.
 */
export function letterReading(x: string, y: string, turkic: boolean): string | null {
  const rx = letterReadings(x, y, turkic);
  const ry = letterReadings(y, x, turkic);
  if (rx.length === 0 && ry.length === 0) return null;
  const fx = firstFolds.get(x, foldVariants);
  const fy = foldVariants(y);
  const gx = rx.map((r) => firstFolds.get(r[0], foldVariants));
  const gy = ry.map((r) => foldVariants(r[0]));
  for (let i = 0; i < rx.length; i++) {
    if (meets(gx[i]!, fy)) return rx[i]![1];
    for (const g of gy) if (meets(gx[i]!, g)) return rx[i]![1];
  }
  for (let i = 0; i < ry.length; i++) if (meets(gy[i]!, fx)) return ry[i]![1];
  return null;
}

/** Folds of the first word (a search's query) and of its readings, kept for its next candidate. */
const firstFolds = new Recent<string[]>(8);

function meets(a: string[], b: string[]): boolean {
  for (const f of a) if (b.includes(f)) return true;
  return false;
}

/** Whether a name has letters only Azerbaijani or Turkish write (ə, ı, ğ). */
export const TURKIC_LETTERS = /[əığƏĞ]/;

/**
 * French spellings of Arabic names (Tunisia, Algeria, Morocco): ch for ش, ou for و (and then
 * c before e, i, y for س). Both sides with ou as w and w as u, so that Chaouachi and Shawashi read alike;
 * against a reading of Arabic letters, which leave short vowels out, a, e and o are dropped.
 */
export function frenchArabic(x: string, y: string, abjad: boolean): boolean {
  if (!frenchCue(x, y) && !frenchCue(y, x)) return false;
  const kx = firstKeys.get(x, frenchKey);
  const ky = frenchKey(y);
  if (kx === ky) return kx.length >= 4;
  if (!abjad) return false;
  const sx = kx.replace(SHORT, '');
  return sx.length >= 3 && sx === ky.replace(SHORT, '');
}

/**
 * The cheap test first: a French ch against an sh, or ou against a w, on the other side
 * (Slavic Latin spellings are full of ch, which must not cost the keys below).
 */
function frenchCue(x: string, y: string): boolean {
  return (x.includes('ch') && y.includes('sh')) || (x.includes('ou') && y.includes('w'));
}
const SHORT = /[aeo]/g;
/** frenchKey of the first word (a search's query), kept for its next candidate. */
const firstKeys = new Recent<string>(4);

function frenchKey(text: string): string {
  return plain(text)
    .replace(/ch/g, 'sh')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ou/g, 'w')
    .replace(/w/g, 'u')
    .replace(/(.)\1/g, '$1');
}

/**
 * A European given name written in Persian or Arabic letters, as such transcriptions write
 * it: long vowels and most short ones as letters (و for o, u, v, w; ی for i, e, y; the English
 * y of Kylie as ای), a short e and a final ه left out, an alef before a word-initial و or ی, a
 * silent French -r (-ier), c before e, i, y as s, and Germanic j as y (Johan / یوهان). Both
 * sides are read so and must agree letter for letter, on four letters or two consonants.
 */
export function europeanInAbjad(x: string, y: string): boolean {
  const kx = firstAbjadKeys.get(x, abjadKeys);
  const ky = abjadKeys(y);
  for (const k of kx) if (ky.includes(k) && (k.length >= 4 || CONSONANTS.test(k))) return true;
  return false;
}

/** abjadKeys of the first word (a search's query's given name), kept for its next candidate. */
const firstAbjadKeys = new Recent<string[]>(4);

/** Two consonants (the vowels are a, i, u once read), or else four letters. */
const CONSONANTS = /[^aiu].*[^aiu]/;

function abjadKeys(text: string): string[] {
  const t = plain(text)
    .replace(/(?<=i)er$/, 'e')
    .replace(/ch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/(?<=[^aeiou])y(?=[^aeiou])/g, 'ai');
  const out = [abjadKey(t)];
  if (/^j[aeiou]/.test(t)) out.push(abjadKey(`y${t.slice(1)}`));
  return out;
}

/** A short e left out (Cécile سسیل read ssil), then doubled letters once: Persian writes none. */
function abjadKey(t: string): string {
  return t
    .replace(/[iy]/g, 'i')
    .replace(/[ouvw]/g, 'u')
    .replace(/e/g, '')
    .replace(/(.)\1/g, '$1')
    .replace(/^a(?=[ui])/, '');
}

/**
 * A European given name against its reading from Arabic letters, which have no v, p, e or o:
 * Arabic writes v as ف, p as ب, e as ي or nothing, o as و, a French -ier as ييه and an initial
 * vowel on an alef carrier (Olivier / أوليفييه read aulifiih, Vladimir / فلاديمير, Evan /
 * إيفان, Paul / بول). Both sides are brought to that alphabet: v f, p b, e i, o u, au u, c s
 * or k, doubled letters once, a silent French -r after ie and final -e dropped, and on the
 * reading side غ (gh) as g, the alef carrier and a final h after a vowel. Equal keys of four
 * letters or two consonants; the surname must already agree (readingGiven).
 */
export function europeanInArabic(latin: string, read: string): boolean {
  const r = readKeys.get(read, arabicSideKey);
  if (r.length < 4 && !CONSONANTS.test(r)) return false;
  for (const k of latinKeys.get(latin, latinSideKeys)) if (k === r) return true;
  return false;
}

/**
 * Keys of the last names asked for, as firstAbjadKeys: a search compares its query with several
 * candidates, and the query may be either side (the Latin or the Arabic one).
 */
const latinKeys = new Recent<string[]>(4);
const readKeys = new Recent<string>(4);

function latinSideKeys(text: string): string[] {
  const t = plain(text)
    .replace(/(?<=i)er$/, 'e')
    .replace(/ph/g, 'f')
    .replace(/au/g, 'u')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b');
  const keys = [arabicAlphabet(t)];
  // A French final e is silent (Cécile / سيسيل): the key without it too.
  if (/[^aeiou]e$/.test(t)) keys.push(arabicAlphabet(t.slice(0, -1)));
  return keys;
}

function arabicSideKey(text: string): string {
  return arabicAlphabet(
    plain(text)
      .replace(/gh/g, 'g')
      .replace(/^a(?=[uiw])/, '')
      .replace(/(?<=[aiu])h$/, ''),
  );
}

function arabicAlphabet(t: string): string {
  return t.replace(/[ey]/g, 'i').replace(/[ow]/g, 'u').replace(/(.)\1/g, '$1');
}
