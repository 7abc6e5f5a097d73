// A release's goals read against the whole report: where a swap took place, or a place the freed
// passed through, is where they changed planes when the report also names where they went on
// to ('flown to Ankara, where the swap took place; then on to Germany'). The go-between's own
// country is not dropped as such: it is as often where the freed stayed ('s'envoler pour Doha').
import type { SentenceFacts } from './analyse.ts';
import type { ExtractedRelease } from './contract.ts';
import { transitPlaces } from './goal-soil.ts';
import { hintSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { findPlaces } from './places.ts';

const SWAP_BASE =
  'swap|exchang|обмен|абмен|обмін|takas|canje|intercambi|échang|scambi|austausch|wymian|troca|ruil|تبادل|مبادلة|مبادله|交换|交換';
const swapWord = perLexicon((lx) => {
  const words = hintSource(wordsOf(lx, 'swapWords'));
  return new RegExp(`${SWAP_BASE}${words ? `|${words}` : ''}`, 'iu');
});
// A place in the locative: 'in Ankara', 'в Анкаре', 'à Mascate', 'Ankara'da', 'ad Abu Dhabi'.
const AT_BEFORE =
  /(?<![\p{L}])(?:in|at|в|во|у|à|a|ad|en|em|no|na|w|we|im|nel|nella|op|te|σε|στην|στο|في)\s+$/iu;
const CYRILLIC = /\p{sc=Cyrillic}/u;
const TURKISH_AT = /^['’](?:d|t)[ae](?![\p{L}])/u;
// 'flown to Ankara, where the swap took place': the place a relative 'where' opens on.
const WHERE_AFTER = /^,?\s*(?:where|où|donde|dove|onde|wo|waar|gdzie|где|де|burada)\s[^.;]{0,60}/iu;

// 'landed in Ankara, where they were handed over to US officials': a handover there makes the
// place a venue as a swap does.
const HANDOVER =
  /hand(?:ed|ing)?[\s-]?over|передач\p{L}*|переда(?:н|л)\p{L}*|перадач\p{L}*|przekaza\p{L}*|remis\p{L}*|remise|entreg\p{L}*|consegn\p{L}*|übergabe|übergeben|teslim/iu;

/** Countries where a swap told of in the report took place, or that the freed passed through. */
function swapVenues(facts: SentenceFacts[], lx: Lexicon): Set<string> {
  const out = new Set<string>();
  const swap = swapWord(lx);
  for (const f of facts) {
    const s = f.sentence.text;
    const places = findPlaces(s);
    // 'repatriated via Muscat': a place passed through anywhere in the report.
    for (const p of transitPlaces(s, places)) out.add(p.code);
    if (!swap.test(s) && !HANDOVER.test(s)) continue;
    for (const p of places) {
      // The swap word near the place: 'the swap in Ankara', 'Ankara'da gerçekleşen takas',
      // 'обмен состоялся в Анкаре'; not any place of a swap sentence ('arrested in Belgium').
      const near = s.slice(Math.max(0, p.start - 40), Math.min(s.length, p.end + 40));
      // Russian 'в' is 'to' as well as 'in': only the locative case ('в Анкаре', not 'в Россию').
      const locative =
        !CYRILLIC.test(s.slice(p.start, p.end)) || /[еи]$/u.test(s.slice(p.start, p.end));
      const at =
        locative &&
        swap.test(near) &&
        (AT_BEFORE.test(s.slice(Math.max(0, p.start - 8), p.start)) ||
          TURKISH_AT.test(s.slice(p.end, p.end + 4)));
      const after = s.slice(p.end, p.end + 70);
      const where = WHERE_AFTER.exec(after.split(/[.;]/u)[0] ?? '');
      if (at || (where && (swap.test(where[0]) || HANDOVER.test(where[0])))) out.add(p.code);
    }
  }
  return out;
}

export function settleGoals(
  releases: ExtractedRelease[],
  facts: SentenceFacts[],
  lx: Lexicon,
): void {
  let venues: Set<string> | null = null;
  for (const r of releases) {
    if (r.destinations.length < 2) continue;
    venues ??= swapVenues(facts, lx);
    const through = venues;
    // Only when a goal is left that is no stop on the way.
    if (!r.destinations.some((d) => !through.has(d.country))) continue;
    r.destinations = r.destinations.filter((d) => !through.has(d.country));
  }
}
