// Envoys named in scripts without capital letters (Arabic, Persian): 'المبعوث الأمريكي آدم بوهلر',
// 'مبعوث الرئيس الأمريكي لشؤون الرهائن ...', 'فرستاده ویژه آمریکا ...'. The capitalised-name
// readers of mediators.ts find nothing there. After the envoy's noun, its qualifiers are passed
// over (an adjective, a country, 'الخاص', 'for hostage affairs'), then two or three name words
// are read as caseless-people.ts reads a person's name. A head of state's title right after the
// noun names the sender ('مبعوث الرئيس ترامب'): no envoy is read there unless an 'affairs' phrase
// follows it, whose holder the envoy is.
import { ARABIC_SCRIPT, caselessRules, fold, leadAt, nameLength } from './caseless-people.ts';
import { adjacent, type Word, words } from './caseless-words.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { NameSpan } from './mediator-phrases.ts';

// An envoy's noun (the article and the feminine included), in Arabic and Persian.
const ENVOY = new Set(['المبعوث', 'مبعوث', 'المبعوثة', 'مبعوثة', 'فرستاده'].map(fold));
// Words that qualify the envoy: 'special', 'personal', Persian 'ویژه', 'ویژه\u200cی'.
const QUALIFIER = new Set(['الخاص', 'خاص', 'الخاصة', 'الشخصي', 'ويژه', 'ويژه\u200cي'].map(fold));
// 'for … affairs' ('لشؤون الرهائن', 'در امور گروگان‌ها'): the phrase and its one noun.
const AFFAIRS = new Set(['لشؤون', 'لشئون', 'امور'].map(fold));
const HEAD_OF_STATE = new Set(['الرئيس', 'رئيس', 'رئيس\u200cجمهور', 'الملك', 'العاهل'].map(fold));

/** A nationality adjective ('الأمريكي', 'الأميركية') or a country's name ('آمریکا'). */
function country(w: Word, places: ReadonlySet<string>): boolean {
  const f = fold(w.text);
  return places.has(f) || (/^ال/u.test(f) && f.length >= 5 && /(?:ي|ية)$/u.test(f));
}

/** Word index after the envoy's qualifiers, or -1 when a sender, not an envoy, is named next. */
function afterQualifiers(ws: Word[], j: number, places: ReadonlySet<string>): number {
  let sender = false;
  let affairs = false;
  for (let n = 0; n < 6 && j < ws.length; n++) {
    const f = fold(ws[j]!.text);
    if (f === 'در' && AFFAIRS.has(fold(ws[j + 1]?.text ?? ''))) j++;
    else if (AFFAIRS.has(f)) {
      affairs = true;
      j += 2;
    } else if (HEAD_OF_STATE.has(f)) {
      sender = true;
      j++;
    } else if (QUALIFIER.has(f) || country(ws[j]!, places)) j++;
    else break;
  }
  return sender && !affairs ? -1 : j;
}

export function caselessEnvoys(s: string, lx: Lexicon): NameSpan[] {
  if (!ARABIC_SCRIPT.test(s)) return [];
  const r = caselessRules(lx);
  const ws = words(s);
  const out: NameSpan[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!ENVOY.has(fold(ws[i]!.text))) continue;
    const j = afterQualifiers(ws, i + 1, r.places);
    if (j < 0 || j >= ws.length || !adjacent(s, ws[j - 1]!, ws[j]!) || leadAt(ws, j, r)) continue;
    const n = nameLength(s, ws, j, r);
    if (n === 0) continue;
    const start = ws[j]!.start;
    const end = ws[j + n - 1]!.end;
    out.push({ name: s.slice(start, end), start, end });
    i = j + n - 1;
  }
  return out;
}
