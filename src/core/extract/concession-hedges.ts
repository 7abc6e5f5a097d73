// Two readings of the words around a concession that the hedge list alone gets wrong (conc41).
// 'Made possible' states a done thing: 'their release became possible thanks to the exchange',
// 'стало можливим завдяки обміну', 'se hizo posible gracias al canje'; the word for 'possible'
// in it is no hedge. And a step set weeks, months or years apart from the release ('comes two
// months after Washington decided to lift sanctions', 'llega dos meses después de que ...
// levantara') belongs to an earlier event, not to this release's price; days apart it may be the
// same deal's first half, and stays.

const MADE_POSSIBLE =
  /(?<![\p{L}])(?:made|became|become|been made|стал[оаи]?|став|стала|стали|сделал[оаи]?|rendu\p{L}*|hecho|hizo|se hizo|resa|reso|stato|stata|stało|było|tornou|tornaram|foi|fue|tornar|bilo|postalo|postao|lehetővé)\s+(?:\p{L}+\s+)?(?:possible|можлив\p{L}*|возможн\p{L}*|posible|possibile|możliw\p{L}*|possível|moguće|mogućim|mogoče|tette)(?![\p{L}])/giu;

// The words for 'possible' MADE_POSSIBLE ends with, in the same flags: a sentence without any
// has nothing to blank, and is not scanned from every position for the verbs before them.
const POSSIBLE =
  /possible|можлив|возможн|posible|possibile|możliw|possível|moguće|mogućim|mogoče|tette/iu;

/** The text with 'made possible' phrases blanked, for the hedge test. */
export function withoutMadePossible(s: string): string {
  if (!POSSIBLE.test(s)) return s;
  return s.replace(MADE_POSSIBLE, (m) => ' '.repeat(m.length));
}

const SPAN = String.raw`(?:\d+|a|one|two|three|four|five|six|several|a few|few|два|две|три|четыре|пять|нескольк\p{L}*|два|дві|три|кілька|dos|tres|cuatro|varios|varias|unos|deux|trois|quatre|quelques|plusieurs|zwei|drei|vier|einige|einigen|due|tre|quattro|alcuni|alcune|dwa|dwie|trzy|kilka|dois|duas|três|alguns|algumas|dva|dvije|tri|nekoliko)`;
const UNIT = String.raw`(?:weeks?|months?|years?|недел\p{L}*|месяц\p{L}*|лет|год\p{L}*|тиж\p{L}*|місяц\p{L}*|рок\p{L}*|semanas|meses|años|semaines|mois|ans|années|wochen|monate\p{L}*|jahre\p{L}*|settimane|mesi|anni|tygodni\p{L}*|miesi\p{L}*|lat|semanas|anos|tjed\p{L}*|mjesec\p{L}*|mesec\p{L}*|godin\p{L}*)`;
const AFTER =
  '(?:after|since|после|спустя|після|через|después de(?: que)?|luego de(?: que)?|après|nach(?:dem)?|dopo|po|depois de|desde|nakon|pošto)';
const EARLIER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${SPAN}\s+${UNIT}\s+${AFTER}(?![\p{L}])`,
  'iu',
);
// Verb-final languages put the span after the step ('kaldırılmasından iki ay sonra').
const EARLIER_AFTER = /^[^.;]{0,40}?(?:\d+|iki|üç|birkaç|bir) (?:hafta|ay|yıl)(?: sonra)/iu;

/** Whether the step at `at` is dated weeks or more before the release the sentence tells. */
export function earlierStep(s: string, at: number): boolean {
  return EARLIER_BEFORE.test(s.slice(Math.max(0, at - 120), at)) || EARLIER_AFTER.test(s.slice(at));
}

// A swap named by its noun alone is the object of talk more often than a deal's other steps:
// 'revived the hypothesis of an agreement for a prisoner swap', 'слухи об обмене', 'Gerüchte über
// einen Gefangenenaustausch'. A word of conjecture before it in its sentence makes it none.
const CONJECTURE =
  /(?<![\p{L}])(?:hypothes\p{L}*|ipotesi|hipótes[ie]s?|hypothèses?|гипотез\p{L}*|гіпотез\p{L}*|hipotez\p{L}*|rumou?rs?|слух\p{L}*|чутк\p{L}*|plotk\p{L}*|pogłosk\p{L}*|gerücht\p{L}*|rumeurs?|rumores?|voci|speculat\p{L}*|спекуляц\p{L}*|spekul\p{L}*|especula\p{L}*|spéculation\p{L}*|claims?|allegation\p{L}*|iddia\p{L}*|söylenti\p{L}*|شائعات|تكهنات|شایعه\p{L}*|glasin\p{L}*|pletyk\p{L}*)(?![\p{L}])|传言|传闻|猜测/iu;

/** Whether words of conjecture stand before `at` in the sentence (within 120 characters). */
export function conjectured(s: string, at: number): boolean {
  return CONJECTURE.test(s.slice(Math.max(0, at - 120), at));
}

// Whether a step was taken at all is left open: 'it is unclear whether there was a swap', 'non è
// chiaro se lo scambio sia avvenuto', 'on ne sait pas si', 'nie wiadomo, czy'. The step is then
// the object of the question, not a part of the deal, whatever its kind.
const UNSURE =
  /(?<![\p{L}])(?:unclear (?:whether|if)|not (?:yet )?(?:clear|known) (?:whether|if)|no (?:está|quedó|queda) claro si|no se sabe (?:aún |todavía )?si|se desconoce si|non è (?:ancora )?(?:chiaro|noto) se|non si sa (?:ancora )?se|on ne sait pas (?:encore )?si|n['’]est pas (?:encore )?clair si|n['’]est pas (?:encore )?établi si|unklar(?: ist| bleibt)?,? ob|nicht (?:klar|bekannt),? ob|(?:ist|bleibt) (?:noch )?unklar,? ob|não (?:está|ficou) claro se|não se sabe (?:ainda )?se|неясно|не ясно|неизвестно|невідомо|незрозуміло|nie (?:jest )?(?:jasne|wiadomo),? czy|niejasne,? czy|onduidelijk of|niet duidelijk of|niet bekend of)(?![\p{L}])/iu;

/** Whether the sentence asks, shortly before `at` (within 80 characters), if the step happened. */
export function leftOpen(s: string, at: number): boolean {
  return UNSURE.test(s.slice(Math.max(0, at - 80), at));
}
