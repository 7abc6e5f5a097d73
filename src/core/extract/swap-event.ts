// A swap told as an event that happened. Reports of a swap often name it by its noun alone once
// the lead has said who was exchanged: 'the exchange took place in Ankara', 'обмен состоялся',
// 'takas gerçekleştirildi', 'freed as part of the exchange'. A swap noun alone is no swap ('an
// exchange of views', 'the exchange rate', 'a swap could follow'): it counts with a verb of
// happening in its clause, as a spy or hostage swap, or as the frame of people freed.

// The swap noun in the languages the set holds, inflected forms by their stems.
const NOUN = String.raw`(?:swap|exchange|обмен\p{L}*|обмін\p{L}*|абмен\p{L}*|takas\p{L}*|austausch\p{L}*|échange|canje|interc[aâ]mbio|troca|permuta|scambio|wymian\p{L}*|ruil|عملية التبادل|التبادل|المبادلة|مبادله|تبادل|razmjen\p{L}*|razmen\p{L}*|размен\p{L}*|izmenjav\p{L}*|ανταλλαγ\p{L}*|csere)`;

// Verbs and phrases of a thing having happened (past or present, never a modal or a plan).
const HAPPENED = String.raw`(?:took place|happened|went ahead|went through|unfolded|was (?:carried out|completed|conducted|finali[sz]ed)|состоял\p{L}*|прош[её]л|произош[её]л|свершил\p{L}*|завершил\p{L}*|відбув\p{L}*|пройшов|завершив\p{L}*|gerçekleştiril\p{L}*|gerçekleşti|yapıldı|tamamlandı|fand\b[^.;]{0,40}statt|stattgefunden|vollzogen|a eu lieu|s'est déroulée?|a été (?:effectuée?|réalisée?)|se (?:realizó|concretó|llevó a cabo|efectuó|completó)|tuvo lugar|ocorreu|aconteceu|foi (?:realizad|concretizad|efetuad)[oa]|è avvenut[oa]|si è svolt[oa]|ha avuto luogo|odbył[oa]? się|przeprowadzon[oa]|تمت|جرت|جرى|انجام شد|صورت گرفت|obavljen[oa]|izvršen[oa]|održan[oa]|πραγματοποιήθηκε|ολοκληρώθηκε|zajlott le|megtörtént)`;

// A swap noun named by who was swapped: spies, hostages, captives.
const COMPOUND = String.raw`(?:spy (?:swap|exchange)|hostage (?:swap|exchange)|(?:casus|rehine|esir|tutuklu) takas\p{L}*|шпионск\p{L}* обмен\p{L}*|обмен\p{L}* шпион\p{L}*|agentenaustausch\p{L}*|spionageaustausch\p{L}*|échange d'espions|canje de espías|scambio di spie|wymian\p{L}* szpieg\p{L}*)`;

// The swap as the frame of a release: 'as part of the exchange', 'в рамках обмена'.
const FRAME = String.raw`(?:as part of (?:the|a|this) (?:swap|exchange)|в (?:рамках|ходе|результате) (?:\p{L}+ )?обмена|у межах обміну|в (?:рамках|ході) обміну|takas(?:ı)? (?:kapsamında|sonucunda)|im rahmen des austausch\p{L}*|dans le cadre de l'échange|(?:como parte|en el marco) del (?:canje|intercambio)|(?:no âmbito|como parte) da troca|nell'ambito dello scambio|w ramach wymiany)`;

// What a swap noun trades when it is no prisoner swap: views, fire, data, money, goods.
const OTHER_GOODS = String.raw`(?:rate|of (?:views|fire|opinions|information|experience|letters|messages|blows|gunfire|data)|мнени\p{L}*|опыт\p{L}*|информаци\p{L}*|огн\p{L}*|досвід\p{L}*|думк\p{L}*|von erfahrung\p{L}*|von informationen|de vues|d'informations|de tirs|comercial|de opiniones|de información|de fuego|di opinioni|di informazioni|poglądów|informacji)`;
const PRE_OTHER = String.raw`(?:stock|foreign|currency|borsa|döviz|veri|bilgi|student|cultural)`;

const NOT_LETTER = String.raw`(?<!\p{L})`;
const HAPPENED_RE = new RegExp(
  `${NOT_LETTER}${NOUN}(?!\\s*${OTHER_GOODS})[^.;:!?]{0,60}?${NOT_LETTER}${HAPPENED}|${NOT_LETTER}${HAPPENED}[^.;:!?]{0,40}?${NOT_LETTER}${NOUN}(?!\\s*${OTHER_GOODS})`,
  'iu',
);
const COMPOUND_RE = new RegExp(`${NOT_LETTER}${COMPOUND}`, 'iu');
const FRAME_RE = new RegExp(`${NOT_LETTER}${FRAME}`, 'iu');
const PRE_OTHER_RE = new RegExp(`${NOT_LETTER}${PRE_OTHER}\\s+${NOUN}`, 'iu');

/**
 * The stems of a swap's noun and verb in the languages the set holds, one list for every rule
 * that asks whether a sentence speaks of a swap (this module's gate, the concessions' pre-test,
 * destinations' 'a swap sends people back').
 */
export const SWAP_STEMS =
  'swap|exchang|обмен|обмін|абмен|абмян|takas|austausch|échang|canje|intercambi|intercâmbi|troca|permuta|scambi|wymian|ruil|تبادل|مبادل|razmjen|razmen|размен|izmenjav|ανταλλαγ|csere';

// A cheap test before the patterns: some swap noun's stem is in the sentence.
const GATE = new RegExp(SWAP_STEMS, 'iu');

/** Where a sentence tells a prisoner swap as a thing that happened, or null. */
export function swapEvent(s: string): RegExpExecArray | null {
  if (!GATE.test(s)) return null;
  const m = COMPOUND_RE.exec(s) ?? FRAME_RE.exec(s) ?? HAPPENED_RE.exec(s);
  if (!m) return null;
  // 'stock exchange', 'borsa takası': the word before the noun says what is traded.
  if (PRE_OTHER_RE.test(s.slice(Math.max(0, m.index - 16), m.index + m[0].length))) return null;
  return m;
}
