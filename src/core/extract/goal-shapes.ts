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
