// More goal shapes, read by structure rather than by verb: a country's soil or territory as the
// place the freed stand on ('back on American soil', 'sur le sol français', 'на территории
// Литвы'), a goal fronted before a verb-final clause ('In Polen sind gestern drei Freigelassene angekommen'), and
// the places the freed only passed through ('via Istanbul', 'a stopover in Ankara').
import type { DestinationFound } from './goal-shapes.ts';
import { type PlaceMention, placeCode } from './places.ts';

// Nouns of a country's ground, in the languages served. 'Soil' words say where someone stands;
// 'territory' words also name where people are held ('held on Belarusian territory'), so they
// count only in a sentence that moves the freed (the caller's test).
const SOIL =
  'soil|sol|suelo|suolo|solo|boden|bodem|grond|ziemi|ziemię|земле|землю|землі|землю|topraklar\\p{L}*';
const TERRITORY =
  'territory|territoire|territorio|território|territorium|staatsgebiet|grondgebied|terytorium|territorii|территори\\p{L}*|територі\\p{L}*|teritorij\\p{L}*';
// A locative or goal preposition before the noun, the article or contraction included.
const ON =
  'on|onto|in|into|sur|en|sul|sullo|nel|nello|em|no|auf|op|na|на|у|в|w|a|al|au|à|do|ao|ins|in das|in den|en el|sur le|dans le|op de|op het|na terytorium|sobre|su';
const SOIL_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:${ON})\s+(?:(?:the|le|la|el|il|lo|o|de|het|den|dem)\s+)?(?:(?<adjBefore>\p{L}+)\s+)?(?<noun>${SOIL}|${TERRITORY})(?![\p{L}])(?:\s+(?:(?:of|de|du|des|di|della|del|do|da|van)\s+(?:the\s+|la\s+|l['’])?)?(?<after>\p{L}+))?`,
  'giu',
);
const IS_SOIL = new RegExp(`^(?:${SOIL})$`, 'iu');
// A piece of every SOIL and TERRITORY noun (same flags): SOIL_PHRASE opens on words as short as
// 'a', 'in', 'в', so without this it starts a match at nearly every word of every sentence.
const SOIL_HINT =
  /soil|sol|suelo|suolo|boden|bodem|grond|ziemi|земл|topraklar|territ|staatsgebiet|terytorium|территори|територі|teritorij/iu;

// Adjectives and genitives take endings the place lists may not hold: 'amerikanischem',
// 'литовской', 'litewskiej'. Tried as written, then with a few endings swapped.
const ENDINGS: [RegExp, string[]][] = [
  [/(?:em|er|es)$/u, ['en', 'e']],
  [/(?:ой|ую|ом|ая)$/u, ['ой', 'ая', 'ий', 'ую']],
  [/(?:ої|ій|у|а)$/u, ['а', 'ої', 'у']],
  [/(?:iej|ą|im)$/u, ['i', 'a', 'ie']],
];
export function adjectiveCode(word: string): string | null {
  const direct = placeCode(word);
  if (direct) return direct;
  const w = word.toLowerCase();
  for (const [end, swaps] of ENDINGS) {
    if (!end.test(w)) continue;
    for (const s of swaps) {
      const code = placeCode(w.replace(end, s));
      if (code) return code;
    }
  }
  return null;
}

/** 'back on American soil', 'en suelo estadounidense', 'на территории Литвы'. */
export function soilGoal(
  s: string,
  releaser: string | null,
  moves: boolean,
  out: DestinationFound[],
): void {
  if (!SOIL_HINT.test(s)) return;
  SOIL_PHRASE.lastIndex = 0;
  for (let m = SOIL_PHRASE.exec(s); m; m = SOIL_PHRASE.exec(s)) {
    const g = m.groups!;
    if (!moves && !IS_SOIL.test(g.noun!)) continue;
    const code =
      (g.adjBefore ? adjectiveCode(g.adjBefore) : null) ??
      (g.after ? adjectiveCode(g.after) : null);
    if (!code || code === releaser || out.some((d) => d.country === code)) continue;
    out.push({ country: code, start: m.index, end: m.index + m[0].length });
  }
}

// A goal named first, its verb last in the clause: German and Dutch put the participle at the
// end ('In Polen sind gestern drei Freigelassene angekommen', 'Naar België is hij gisteren
// teruggevlogen'). The place opens its sentence or clause; the move verb ends that clause.
const FRONT = /(?:^|[,;:]\s*)(?:in|nach|naar|ins|w|do|в|во|до|у|na|a|à|en)\s+$/iu;

export function frontedGoal(
  s: string,
  places: PlaceMention[],
  releaser: string | null,
  verbAtEnd: RegExp | null,
  out: DestinationFound[],
): void {
  if (!verbAtEnd) return;
  for (const p of places) {
    if (p.code === releaser || out.some((d) => d.country === p.code)) continue;
    const head = s.slice(Math.max(0, p.start - 8), p.start);
    if (!FRONT.test(head)) continue;
    const clause = /^[^.;:!?]{0,120}/u.exec(s.slice(p.end))![0];
    const verb = verbAtEnd.exec(clause);
    if (!verb) continue;
    out.push({ country: p.code, start: p.start, end: p.end + verb.index + verb[0].length });
  }
}

// Places passed through: after 'via', 'über', 'через', 'tramite', or a stopover noun and its
// preposition; before Turkish 'üzerinden'. Not English 'through' nor Polish 'przez': those
// name the border crossed on the way out, which the annotators count as a goal.
const VIA_BEFORE =
  /(?<![\p{L}])(?:via|vía|über|через|tramite|transit(?:ing)?\s+(?:in|through|at)|transité\s+par|en\s+transit\s+(?:par|à|en)|(?:stopover|layover|stop|scalo|escala|escale|Zwischenstopp|Zwischenlandung|пересадк\p{L}*|остановк\p{L}*|przesiadk\p{L}*|tussenstop|tussenlanding)\s+(?:in|at|ad|a|en|à|au|in|в|во|w|we)|عبر|از طریق)\s+$/iu;
const VIA_AFTER = /^['’]?(?:\p{L}{0,3})?\s+üzerinden/u;

/** The places the freed passed through on the way: no goals of their own. */
export function transitPlaces(s: string, places: PlaceMention[]): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  for (const p of places) {
    const head = s.slice(Math.max(0, p.start - 30), p.start);
    if (VIA_BEFORE.test(head) || VIA_AFTER.test(s.slice(p.end, p.end + 16))) out.add(p);
  }
  return out;
}
