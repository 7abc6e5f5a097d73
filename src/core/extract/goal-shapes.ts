// Goals a text names otherwise than after a movement verb: before a verb-final language's verb
// with its goal's mark, across a border named by its adjective, as the country that received
// the freed. destinations.ts reads the rest.
import { type PlaceMention, placeCode } from './places.ts';

export interface DestinationFound {
  country: string;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

// Verb-final languages name the destination before the verb: Turkish 'Litvanya'ya gönderildi'
// (dative after an apostrophe), Persian 'به لیتوانی منتقل شدند' ('to' before it), Georgian
// 'ლიტვაში გადაიყვანეს' (the '-ში' form). Only those marked forms count: 'Belarus'tan
// gönderildi' (from Belarus) does not.
const TURKISH_DATIVE = /^['’]y?[ae](?![\p{L}])/u;
// Japanese marks the goal with a particle after the place: '日本に帰国', 'ヤンゴンへ移送'.
const JAPANESE_TO = /^[にへ]/u;
const PERSIAN_TO = /(?:^|\s)به\s+$/u;

/** Where a place marked as a goal ends, its mark included; null when it has no such mark. */
function markedEnd(s: string, place: PlaceMention): number | null {
  const dative = TURKISH_DATIVE.exec(s.slice(place.end, place.end + 4));
  if (dative) return place.end + dative[0].length;
  if (JAPANESE_TO.test(s.slice(place.end, place.end + 1))) return place.end + 1;
  // Bengali's locative names the goal before the verb too: 'ভারতে পাঠানো হয়'.
  if (s.charCodeAt(place.end) === 0x09c7) return place.end + 1;
  if (
    s.slice(place.start, place.end).endsWith('ში') ||
    PERSIAN_TO.test(s.slice(Math.max(0, place.start - 8), place.start))
  )
    return place.end;
  return null;
}

// Goals listed before one verb: 'dokuz kişi Rusya'ya, sekiz kişi Almanya'ya, üç kişi de ABD'ye
// nakledildi'. A marked goal a few words before the next goal shares its verb.
const LISTED_GOAL = /^[\s,;–—-]*(?:(?:ve|и|و|and)\s+)?(?:[^\s.!?:;,]+\s+){0,3}$/u;

/** Places marked as goals (see markedEnd) before their verb, or listed before such a goal. */
export function goalsFirst(
  s: string,
  places: PlaceMention[],
  releaser: string | null,
  out: DestinationFound[],
  verbAfter: RegExp | null,
) {
  if (!verbAfter) return;
  let next: PlaceMention | null = null;
  for (let i = places.length - 1; i >= 0; i--) {
    const place = places[i]!;
    const end = markedEnd(s, place);
    if (end === null) continue;
    const goal: boolean =
      verbAfter.test(s.slice(end, end + 80)) ||
      (next !== null && next.start - end <= 40 && LISTED_GOAL.test(s.slice(end, next.start)));
    next = goal ? place : null;
    if (!goal || place.code === releaser || out.some((d) => d.country === place.code)) continue;
    out.push({ country: place.code, start: place.start, end: place.end });
  }
}

// 'crossed the Lithuanian border', 'перетнули білорусько-литовський кордон': a border named by
// a country's adjective, the last of a pair, is where they went (the releaser's own is skipped).
const CROSSED_BORDER =
  /(?<![\p{L}])(?:crossed|пересекл\p{L}*|перетну\p{L}*|перайшл\p{L}*|przekroczy\p{L}*|cruzaron|atravessaram|überquerten)\s+(?:the\s+)?(?:\p{L}+-)?(?<adj>\p{L}+)\s+(?:border|frontier|границ\p{L}*|кордон\p{L}*|мяж\p{L}*|granic\p{L}*|Grenze|frontera|fronteira)(?![\p{L}])/giu;

export function crossedBorder(s: string, releaser: string | null, out: DestinationFound[]) {
  CROSSED_BORDER.lastIndex = 0;
  for (let m = CROSSED_BORDER.exec(s); m; m = CROSSED_BORDER.exec(s)) {
    const code = placeCode(m.groups!.adj!);
    if (code && code !== releaser && !out.some((d) => d.country === code))
      out.push({ country: code, start: m.index, end: m.index + m[0].length });
  }
}

const ADJECTIVE_AFTER = /^\s+(\p{Ll}[\p{L}-]+)/u;
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}-])(?:\p{L}+-)?(\p{Ll}[\p{L}]+)\s+$/u;

/**
 * 'taken to the border with Lithuania', 'conduits à la frontière lituanienne', 'an die
 * litauische Grenze gebracht', 'a litván határra vitték': in a sentence that moves the freed, a
 * country next to a border word (the lists' borderWords) is where they went. `border` matches a
 * border word with up to two small words after it and nothing else to the end; `borderNext`
 * one at the very start.
 */
export function borderGoal(
  s: string,
  places: PlaceMention[],
  releaser: string | null,
  out: DestinationFound[],
  border: { before: RegExp; after: RegExp; word: RegExp } | null,
) {
  if (!border) return;
  // A border named by a country's adjective, written in lower case and so no place mention:
  // 'frontière lituanienne', 'litván határra', 'litauische Grenze'.
  border.word.lastIndex = 0;
  for (let m = border.word.exec(s); m; m = border.word.exec(s)) {
    const end = m.index + m[0].length;
    const next = ADJECTIVE_AFTER.exec(s.slice(end, end + 30));
    const prev = ADJECTIVE_BEFORE.exec(s.slice(Math.max(0, m.index - 30), m.index));
    for (const [word, start, stop] of [
      next ? [next[1]!, end, end + next[0].length] : null,
      prev ? [prev[1]!, m.index - prev[0].length, end] : null,
    ].filter((x): x is [string, number, number] => x !== null)) {
      const code = placeCode(word);
      if (code && code !== releaser && !out.some((d) => d.country === code))
        out.push({ country: code, start, end: stop });
    }
  }
  for (const p of places) {
    if (p.code === releaser || out.some((d) => d.country === p.code)) continue;
    const head = s.slice(Math.max(0, p.start - 30), p.start);
    const before = border.before.exec(head);
    const after = before ? null : border.after.exec(s.slice(p.end, p.end + 24));
    if (!before && !after) continue;
    out.push({
      country: p.code,
      start: before ? p.start - (head.length - before.index) : p.start,
      end: p.end + (after ? after[0].length : 0),
    });
  }
}

// The country that took the freed in: 'Guatemala received the 135 prisoners', 'Guatemala acogió
// a los 135', 'le Qatar a accueilli', 'Deutschland hat ... aufgenommen' is left to verbLast.
const RECEIVED =
  /^\s+(?:(?:has|have|had|agreed to|a|ha|hat)\s+)?(?:received|took in|receive|take in|host|acogió|recibió|aceptó recibir|accedió a recibir|accueilli|accepté d'accueillir|accolto|accettato di accogliere|recebeu|acolheu|aceitou receber|принял\p{L}*|przyjęł\p{L}*)\s/iu;
// A pre-test without the 'u' flag, which V8 scans faster: every verb of RECEIVED holds one.
const RECEIVE_HINT =
  /receiv|took in|take in|host|acogi|recibi|acept|accueil|accolt|accett|receb|acolh|aceit|принял|przyjęł/i;
// Whom it took in: people, not a call or a delegation.
const PEOPLE_AFTER =
  /^(?:\S+\s+){0,3}?(?:\d[\d.,]*|prisoners|detainees|political|the freed|them|those|los|las|a los|a las|presos|prisioneros|detenidos|excarcelados|prisonniers|détenus|prigionieri|detenuti|presos|gefangene|заключенн\p{L}*|więźni\p{L}*)/iu;

/** Places that received the freed ('Guatemala received the 135 prisoners'). */
export function receivedBy(
  s: string,
  places: PlaceMention[],
  releaser: string | null,
  out: DestinationFound[],
) {
  if (!RECEIVE_HINT.test(s)) return;
  for (const p of places) {
    if (p.code === releaser || out.some((d) => d.country === p.code)) continue;
    const verb = RECEIVED.exec(s.slice(p.end, p.end + 50));
    if (!verb || !PEOPLE_AFTER.test(s.slice(p.end + verb[0].length, p.end + verb[0].length + 60)))
      continue;
    out.push({ country: p.code, start: p.start, end: p.end + verb[0].length - 1 });
  }
}
