// Where the freed were taken: "sent to Lithuania", "handed over to Ukraine", "вывезены в Литву".

import {
  borderGoal,
  crossedBorder,
  type DestinationFound,
  goalsFirst,
  receivedBy,
} from './goal-shapes.ts';
import { sideGoal } from './goal-side.ts';
import { frontedGoal, soilGoal, transitPlaces } from './goal-soil.ts';
import {
  ALL_LANGUAGES,
  bareSource,
  hintRegExp,
  type Lexicon,
  orHints,
  orWords,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import { findPlaces, type PlaceMention, placeCode } from './places.ts';
import { SWAP_STEMS } from './swap-event.ts';
import { EdgeRule } from './word-edge.ts';

export type { DestinationFound } from './goal-shapes.ts';

const MOVE_VERB_BASE = String.raw`took in|sent|sends?|travel(?:l)?ed to|heads?|fly|flies|transfers?|taken|driven|delivered|bound|ended up|bus(?:s)?ed|land(?:s|ed)?|put (?:them |him |her )?on (?:a |board a )?(?:plane|flight|bus)|доставил\p{L}*|flown|flew|transferred|deported|expelled|exiled|handed(?: over)?|transported|brought|moved|bused|escorted|went|crossed(?: the border)?|arrived|landed|left for|put on (?:a|board a) (?:plane|flight)|forced out|relocated|headed|heading|flying|released|freed|evacuated|вывезен\p{L}*|вывезли|вывезл\p{L}*|left \p{Lu}\p{L}+ for|выслан\p{L}*|выслали|передан\p{L}*|передали|доставлен\p{L}*|отправлен\p{L}*|отправились|депортирован\p{L}*|прибыл\p{L}*|пересекл\p{L}*|оказались|выехал\p{L}*|вывезены`;
// 'deported to the country from the USA', 'deportados desde EE.UU.': where they came from.
// Polish and Russian 'do'/'до' say 'to' ('wrócił do Polski'): a word the set's own 'to' words
// hold is no 'from' (Portuguese 'do Brasil' stays one in a Portuguese report).
const FROM_WORDS = [
  'from',
  'out of',
  'desde',
  'por',
  'pelo',
  'pela',
  'dos',
  'das',
  'do',
  'da',
  'de',
  'del',
  'aus',
  'von',
  'vom',
  'из',
  'от',
  'з',
  'із',
  'зі',
  'iš',
  'iz',
  'z',
  'ze',
  'od',
  'depuis',
  'par',
  'dal',
  'dalla',
  'dagli',
];
const fromBefore = (lx: Lexicon) => {
  const to = new Set(wordsOf(lx, 'toWords'));
  const words = FROM_WORDS.filter((w) => !to.has(w)).join('|');
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${words})\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+|os\s+|den\s+|der\s+)?$`,
    'iu',
  );
};
// 'flown via Istanbul to Vilnius': a place passed through is left out of the words between a
// verb and its goal (transitPlaces keeps it from being a goal itself).
const VIA_GAP = /\s(?:via|vía|über|через|tramite)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}.-]*)?/gu;
// 'landed at the airport of Barajas, in Madrid', 'إلى مطار الدوحة': an airport's noun and its
// name stand between the verb and the place, and are left out of the words between as a stop is.
const AIRPORT_GAP =
  /\s(?:airport|aeropuerto|aéroport|aeroporto|Flughafen|аэропорт\p{L}*|аеропорт\p{L}*|lotnisk\p{L}*|oro uost\p{L}*|مطار|فرودگاه|havaliman\p{L}*)(?:\s+(?:of|de|di|do|da|del|du|d['’]))?(?:\s*\p{Lu}[\p{L}'’.-]*){0,2},?(?=\s|$)/gu;
// Arabic puts the subject between the verb and its goal ('وصل المعتقلون ... إلى الدوحة'): its
// words have no case, so 'link' cannot count them; the goal then needs its 'to'.
const ARABIC_LINK = /^(?:\s+\p{sc=Arabic}+){0,5}?\s+(?:إلى|الى|نحو)\s*$/u;
// Where the freed were held, not where they went: 'the return of the migrants jailed abroad in
// X', 'le retour des Français détenus en Iran'. A held word between verb and place.
const HELD_GAP =
  /(?<![\p{L}])(?:held|jailed|imprisoned|detained|incarcerated|locked|encarcelad\p{L}*|detenid\p{L}*|recluid\p{L}*|pres[oa]s|detid[oa]s|emprisonn\p{L}*|incarcér\p{L}*|détenu\p{L}*|detenut\p{L}*|incarcerat\p{L}*|inhaftiert\p{L}*|festgehalten\p{L}*|gefangen\p{L}*|заключ\p{L}*|содерж\p{L}*|удержива\p{L}*|утриму\p{L}*|więzion\p{L}*|przetrzymywan\p{L}*|uwięzion\p{L}*|gevangen\p{L}*|vastgehouden)(?![\p{L}])/iu;
// A hope or wish, not a move: 'spera di rientrare in Italia', 'hopes to return to France'.
const HOPE_BEFORE =
  /(?<![\p{L}])(?:hope|hopes|hoped|hoping|wish|wishes|wants|want|spero|spera|sperano|speriamo|espero|espera|esperan|esperamos|espère|espèrent|souhaite|hofft|hoffen|wünscht|надеется|надеются|надеюсь|hoop|hoopt|mam nadzieję|ma nadzieję|mają nadzieję|umut ediyor|يأمل|امیدوار)(?:\s+\p{L}+){0,2}\s+$/iu;
// The freed in exile, not moved: 'now in exile in Lithuania'.
const EXILE =
  /(?<![\p{L}])(?:exile|exil|exilio|esilio|изгнани\p{L}*|эмиграци\p{L}*|еміграці\p{L}*|emigracji|wygnani\p{L}*)(?![\p{L}])/iu;

const ARTICLES = 'die|den|der|dem|de|het|the|la|le|les|el|los|las|il|lo';

/** A letter of a script that writes spaces between words. */
const LATIN_LIKE = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]`;

/** The rules of a set of word lists: each language's words join the English and Russian. */
const rules = perLexicon((lx) => {
  const to = `(?:to|into|в|во|на|у|na|do|į|per|a|al|nach|in|en|au|aux|para|naar|verso${orWords(lx, 'toWords')})`;
  // German and Dutch put the verb last: 'nach Litauen gebracht', 'naar Litouwen overgebracht'.
  // Only the word lists' verbs and prepositions: English never puts the verb there.
  const listVerbs = bareSource(wordsOf(lx, 'moveVerbs'));
  const listTo = bareSource(wordsOf(lx, 'toWords'));
  const borders = bareSource(wordsOf(lx, 'borderWords'));
  return {
    fromBefore: fromBefore(lx),
    // A city named before its country: 'arrived in Sochi, in Russia', 'a Sochi, in Russia'.
    apposed: new RegExp(
      String.raw`^\s+(?:${to}\s+)?\p{Lu}[\p{L}-]+,\s+(?:${to}\s+)?(?:the\s+)?$`,
      'u',
    ),
    verbAtEnd: listVerbs
      ? new RegExp(`(?<!${LATIN_LIKE})${listVerbs}(?!${LATIN_LIKE})\\s*$`, 'iu')
      : null,
    // A pre-test: a piece of text every movement verb holds.
    moveHint: hintRegExp(
      `took in|sent|send|travel|fly |flie|transfer|taken|driven|delivered|bound|ended up|bused|bussed|land|put |flown|flew|transferred|deported|expelled|exiled|handed|transported|brought|moved|escorted|went|crossed|arrived|left |forced out|relocated|flying|released|freed|evacuated|доставил|вывез|выслан|выслали|передал|передан|доставлен|отправ|депортирован|прибыл|пересекл|оказались|выехал${orHints(lx, 'moveVerbs')}`,
    ),
    // Chinese and Japanese run words together: a Han or kana letter is no edge.
    // Its leading lookbehind is checked in code (word-edge.ts): tried at every position of
    // every sentence the hint passed, it was most of this rule's time.
    moveVerb: new EdgeRule(
      new RegExp(
        `(?<!${LATIN_LIKE})(?:${MOVE_VERB_BASE}${orWords(lx, 'moveVerbs')})(?!${LATIN_LIKE})`,
        'giu',
      ),
    ),
    // A second country after the first: 'to Lithuania and Ukraine', 'na Litwę i na Ukrainę',
    // 'в Россию, трое – в США', 'per Lietuvą, likę – per Ukrainą', 'and another three to the US'.
    andNext: new RegExp(
      String.raw`^\s*(?:and|while|и|а|i|y|e|et|und|ir|та|і|és|ve|oraz|en)(?:\s+(?:\p{Ll}+|\d+)){0,3}?\s*(?:[,–—-]\s*)?(?:${to}\s+)?(?:the\s+)?$`,
      'iu',
    ),
    // After a comma only with its own preposition: 'в Россию, трое – в США', not 'to Lithuania, Poland said'.
    commaNext: new RegExp(
      String.raw`^\s*[,;](?:\s+(?:\p{Ll}+|\d+)){0,3}?\s*(?:[–—-]\s*)?${to}\s+(?:the\s+)?$`,
      'iu',
    ),
    link: new RegExp(
      String.raw`^(?:\s+(?:\p{Ll}+|[\d]+)){0,4}?\s+(?:to|into|in|for|across|в|во|на|у|ў${orWords(lx, 'toWords')})?\s*(?:neighbo(?:u)?ring\s+|the\s+|соседн\p{L}+\s+)?$`,
      'u',
    ),
    swap: new RegExp(`(?:${SWAP_STEMS}${orHints(lx, 'swapWords')})`, 'iu'),
    // A verb phrase that ends in its preposition ('left for', 's'envoler pour', 'en route vers'):
    // the place right after it is the goal.
    endsInTo: new RegExp(String.raw`\s(?:${to}|for|pour)$`, 'iu'),
    // An article may stand between ('in die Vereinigten Staaten reisen', 'naar de Verenigde Staten').
    toBefore: listTo
      ? new RegExp(String.raw`(?<![\p{L}])${listTo}\s+(?:(?:${ARTICLES})\s+)?$`, 'iu')
      : null,
    verbLast: listVerbs
      ? new RegExp(String.raw`^(?:\s+\p{Ll}+){0,2}?\s+${listVerbs}(?![\p{L}])`, 'u')
      : null,
    // Verb-final languages: see goalsFirst.
    border: borders
      ? {
          before: new RegExp(String.raw`(?<![\p{L}])${borders}(?:\s+\p{Ll}{1,4}){0,2}\s+$`, 'iu'),
          after: new RegExp(String.raw`^\s+${borders}(?![\p{L}])`, 'iu'),
          word: new RegExp(String.raw`(?<![\p{L}])${borders}(?![\p{L}])`, 'giu'),
        }
      : null,
    verbAfter: listVerbs
      ? new RegExp(`^[^.;:!?]{0,40}?(?<!${LATIN_LIKE})${listVerbs}(?!${LATIN_LIKE})`, 'iu')
      : null,
  };
});
type Rules = ReturnType<typeof rules>;

function verbLast(
  s: string,
  places: PlaceMention[],
  releaser: string | null,
  out: DestinationFound[],
  r: Rules,
) {
  if (!r.toBefore || !r.verbLast) return;
  for (const p of places) {
    if (p.code === releaser || out.some((d) => d.country === p.code)) continue;
    const head = s.slice(Math.max(0, p.start - 16), p.start);
    const to = r.toBefore.exec(head);
    const verb = to ? r.verbLast.exec(s.slice(p.end, p.end + 60)) : null;
    if (!to || !verb) continue;
    out.push({
      country: p.code,
      start: p.start - (head.length - to.index),
      end: p.end + verb[0].length,
    });
  }
}

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

// Arabic may write 'to' as a clitic on the place ('متجهة لفرنسا'): a place after its ل.
function arabicTo(place: string): boolean {
  return place.startsWith('ل') && placeCode(place.slice(1)) !== null;
}

function joins(gap: string, r: Rules): boolean {
  return r.andNext.test(gap) || r.commaNext.test(gap);
}

/** Countries joined to a destination just found (places[at] is it); returns the next index. */
function andNext(
  s: string,
  places: PlaceMention[],
  at: number,
  releaser: string | null,
  start: number,
  out: DestinationFound[],
  r: Rules,
): number {
  let i = at;
  while (i + 1 < places.length) {
    const prev = places[i]!;
    const cand = places[i + 1]!;
    if (cand.start - prev.end > 50 || !joins(s.slice(prev.end, cand.start), r)) break;
    i++;
    if (cand.code !== releaser && cand.code !== prev.code)
      out.push({ country: cand.code, start, end: cand.end });
  }
  return i + 1;
}

// Every soil or territory noun soilGoal reads holds one of these.
const SOIL_HINT =
  /soil|sol|suel|suol|boden|bodem|grond|ziemi|земл|topra|territ|terytor|террит|терит/iu;

export function findDestinations(
  s: string,
  freedBy: string | null,
  lx: Lexicon = ALL_LANGUAGES,
): DestinationFound[] {
  const out: DestinationFound[] = [];
  const r = rules(lx);
  const moveVerb = r.moveVerb;
  const moves = r.moveHint.test(s) && moveVerb.test(s);
  if (SOIL_HINT.test(s)) soilGoal(s, freedBy, moves, out);
  sideGoal(s, freedBy, out);
  if (!moves) return out;
  // A swap sends people back to the releasing country too ('of those swapped, 10 are heading
  // to Russia, 13 to Germany'): there it is a goal when the sentence lists the other sides' too.
  const found = findPlaces(s);
  const transit = transitPlaces(s, found);
  const places = transit.size > 0 ? found.filter((p) => !transit.has(p)) : found;
  // Tested only when the releasing country is named: a scan of the sentence saved on most.
  const swap = places.some((p) => p.code === freedBy) && r.swap.test(s);
  const releaser = swap ? null : freedBy;
  crossedBorder(s, releaser, out);
  borderGoal(s, places, releaser, out, r.border);
  if (places.length === 0) return out;
  verbLast(s, places, releaser, out, r);
  frontedGoal(s, places, releaser, r.verbAtEnd, out);
  let next = 0;
  for (const m of moveVerb.all(s)) {
    const verbEnd = m.index + m[0].length;
    while (next < places.length && places[next]!.start < verbEnd) next++;
    const candidate = places[next];
    const after = candidate && candidate.start - verbEnd <= 40 ? candidate : undefined;
    const before = placeBefore(s, places, m.index);
    if (before && before.code !== releaser) {
      out.push({ country: before.code, start: before.start, end: verbEnd });
      continue;
    }
    let place = after;
    if (!place) continue;
    let gap = s.slice(verbEnd, place.start);
    // 'sent from Belarus to Vilnius', 'wysłanych z Białorusi do Wilna': the releasing country
    // they left is passed over, as a stop is, and the place after it read as the goal. Another
    // country left is other people's move ('deported from the US to El Salvador' of migrants).
    let at = next;
    while (place.code === freedBy && r.fromBefore.test(gap)) {
      const further = places[at + 1];
      if (!further || further.start - place.end > 30) break;
      gap = gap.replace(r.fromBefore, ' ') + s.slice(place.end, further.start);
      place = further;
      at++;
    }
    gap = gap.replace(VIA_GAP, ' ').replace(AIRPORT_GAP, ' ');
    // Without a preposition only 'передали Украине' (dative) and 'érkeztek Litvániába' read as a
    // destination.
    // Chinese writes no space and no preposition: '返回澳洲', '前往墨爾本'.
    const bare =
      /^(?:передан|передал|handed)/iu.test(m[0]) ||
      saysInto(s.slice(place.start, place.end)) ||
      /\p{sc=Han}$/u.test(m[0]) ||
      r.endsInTo.test(m[0]) ||
      arabicTo(s.slice(place.start, place.end));
    const linked = r.link.test(gap) || ARABIC_LINK.test(gap) || r.apposed.test(gap);
    if (gap.trim() === '' ? !bare : !linked) continue;
    if (EXILE.test(gap) || HELD_GAP.test(gap)) continue;
    if (HOPE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "freed in Belarus" says where, not where to: freeing verbs need 'to'/'into'.
    if (/^(?:released|freed)$/iu.test(m[0]) && !/\s(?:to|into)\s/u.test(`${gap} `)) continue;
    // 'brought home American teacher': the people, not the place.
    if (r.fromBefore.test(gap) || /(?<![\p{L}])home(?![\p{L}])/u.test(gap)) continue;
    // A swap sends some back to the releasing country: the countries after it still count.
    if (place.code !== releaser) out.push({ country: place.code, start: m.index, end: place.end });
    next = andNext(s, places, at, releaser, m.index, out, r);
  }
  goalsFirst(s, places, releaser, out, r.verbAfter);
  receivedBy(s, places, releaser, out);
  return swap && !out.some((d) => d.country !== freedBy) ? [] : out;
}
