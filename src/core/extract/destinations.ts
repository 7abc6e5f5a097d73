// Where the freed were taken: "sent to Lithuania", "handed over to Ukraine", "вывезены в Литву".
import { bareSource, wordsOf } from './lexicons/index.ts';
import { findPlaces, type PlaceMention, placeCode } from './places.ts';

/** '|' and every language's entries of a list, or nothing: splices them into a rule. */
function more(field: Parameters<typeof wordsOf>[0]): string {
  const src = bareSource(wordsOf(field));
  return src ? `|${src}` : '';
}

export interface DestinationFound {
  country: string;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const MOVE_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:sent|sends?|taken|driven|delivered|bound|ended up|bus(?:s)?ed|land(?:s|ed)?|put (?:them |him |her )?on (?:a |board a )?(?:plane|flight|bus)|доставил\p{L}*|flown|flew|transferred|deported|expelled|exiled|handed(?: over)?|transported|brought|moved|bused|escorted|went|crossed(?: the border)?|arrived|landed|left for|put on (?:a|board a) (?:plane|flight)|forced out|relocated|headed|released|freed|evacuated|вывезен\p{L}*|вывезли|вывезл\p{L}*|left \p{Lu}\p{L}+ for|выслан\p{L}*|выслали|передан\p{L}*|передали|доставлен\p{L}*|отправлен\p{L}*|отправились|депортирован\p{L}*|прибыл\p{L}*|пересекл\p{L}*|оказались|выехал\p{L}*|вывезены${more('moveVerbs')})(?![\p{L}])`,
  'giu',
);
const LINK = new RegExp(
  String.raw`^(?:\s+(?:\p{Ll}+|[\d]+)){0,4}?\s+(?:to|into|in|for|across|в|во|на|у|ў${more('toWords')})?\s*(?:neighbo(?:u)?ring\s+|the\s+|соседн\p{L}+\s+)?$`,
  'u',
);

// Hungarian says 'into' with a suffix ('Litvániába', 'Vilniusba', 'Kijevbe'): a place word that
// is a known place plus -ba/-be needs no preposition and may stand before its verb.
const INTO_SUFFIX = /^(.{3,}?)(?:ba|be)$/u;
function saysInto(word: string): boolean {
  const m = INTO_SUFFIX.exec(word.toLowerCase());
  if (!m) return false;
  const stem = m[1]!;
  return (
    placeCode(stem) !== null || placeCode(stem.replace(/á$/u, 'a').replace(/é$/u, 'e')) !== null
  );
}
const BEFORE_VERB = /^\s+(?:(?:már|is|meg|el|át|ki|szabadon)\s+){0,3}$/u;

function placeBefore(s: string, places: PlaceMention[], verbStart: number): PlaceMention | null {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    if (p.end > verbStart) continue;
    if (!BEFORE_VERB.test(s.slice(p.end, verbStart))) return null;
    return saysInto(s.slice(p.start, p.end)) ? p : null;
  }
  return null;
}

export function findDestinations(s: string, releaser: string | null): DestinationFound[] {
  const out: DestinationFound[] = [];
  MOVE_VERB.lastIndex = 0;
  if (!MOVE_VERB.test(s)) return out;
  const places = findPlaces(s);
  if (places.length === 0) return out;
  MOVE_VERB.lastIndex = 0;
  let next = 0;
  for (let m = MOVE_VERB.exec(s); m; m = MOVE_VERB.exec(s)) {
    const verbEnd = m.index + m[0].length;
    while (next < places.length && places[next]!.start < verbEnd) next++;
    const candidate = places[next];
    const after = candidate && candidate.start - verbEnd <= 40 ? candidate : undefined;
    const before = placeBefore(s, places, m.index);
    if (before && before.code !== releaser) {
      out.push({ country: before.code, start: before.start, end: verbEnd });
      continue;
    }
    const place = after;
    if (!place || place.code === releaser) continue;
    const gap = s.slice(verbEnd, place.start);
    // Without a preposition only 'передали Украине' (dative) and 'érkeztek Litvániába' read as a
    // destination.
    const bare =
      /^(?:передан|передал|handed)/iu.test(m[0]) || saysInto(s.slice(place.start, place.end));
    if (gap.trim() === '' ? !bare : !LINK.test(gap)) continue;
    // "freed in Belarus" says where, not where to: freeing verbs need 'to'/'into'.
    if (/^(?:released|freed)$/iu.test(m[0]) && !/\s(?:to|into)\s/u.test(`${gap} `)) continue;
    out.push({ country: place.code, start: m.index, end: place.end });
  }
  return out;
}
