// Where a transfer took someone ('to penal colony No. 4 in Homel'), read after its cue with the
// detention rules (detention-rules.ts). Offsets are relative to the sentence searched.
import type { DetentionRules, NameFound, Span } from './detention-rules.ts';

// Where a place ends: a clause mark, or words that start the rest of the sentence.
const PLACE_STOP =
  /[,;:!?()\n«»"“”]|(?<![Nn]o|№)\.|\s(?:on|last|earlier|this|after|where|which|who|because|for|when|in\s+\d|где|который|которая|после|за|дзе|які|пасля|де|який|після|donde|tras|el\s+\d|en\s+\d)\s/u;

// A word left before a date that ends the place ('en la cárcel La Modelo el 11 de febrero').
const PLACE_TAIL = /\s+(?:on|the|el|la|en|de|в|у|ў|на|з|с|from)$/iu;

/** Where a transfer took someone: the words after the cue and its preposition. */
export function findPlace(
  s: string,
  cue: Span,
  rules: DetentionRules,
  dates: readonly Span[],
): NameFound | null {
  // A date after the place ends it ('to the colony in Homel on 2 May').
  const date = dates.find((d) => d.start >= cue.end);
  const rest = s.slice(cue.end, Math.min(cue.end + 120, date ? date.start : s.length));
  const lead = rules.placeLead.exec(rest);
  const from = lead ? lead[0].length : 0;
  const stop = rest.slice(from).search(PLACE_STOP);
  const raw = rest
    .slice(from, stop < 0 ? rest.length : from + stop)
    .trimEnd()
    .replace(PLACE_TAIL, '')
    .trimEnd();
  if (raw.length < 3 || raw.split(/\s+/u).length > 8) return null;
  const start = cue.end + from;
  return { name: raw, start, end: start + raw.length };
}
