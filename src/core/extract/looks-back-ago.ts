// A release sentence that places its release a span back from the report's own time ('freed two
// weeks ago', 'un mese fa era stato scarcerato', 'vor wenigen Tagen freigekommen', 'vorige week
// kwam X vrij', '早前获释的'): news tells the release it reports by its day or 'today', and
// recalls earlier ones by how long ago they were. Read only on release sentences with no date
// of their own, and not where the span dates a person's story ('arrested a month ago': the
// caller's story test). analyse.ts marks such a sentence as looking back (group.ts: background).
import { EDGE_AFTER, EDGE_BEFORE, EdgeRule } from './word-edge.ts';

// One word for the amount ('two', 'few', 'wenigen', '3'), then the unit, then 'ago'; or the
// unit and a word for 'last' ('vorige week'). Units of days, weeks and months, not years: a
// release report's 'years ago' mostly dates the arrest or the sentence ('jailed three years
// ago'), and Portuguese 'há três anos' (and 'há meses') is also 'for three years', the time
// served. Portuguese keeps only days and weeks.
const AGO_SPANS = [
  // en
  // en: an amount is needed ('deported months ago' dates another verb)
  String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) (?:days|weeks|months) ago`,
  String.raw`(?:a|one) (?:day|week|month) ago`,
  // it
  String.raw`(?:giorni|settimane|mesi|(?:un|una) (?:giorno|settimana|mese)) fa`,
  String.raw`il mese scorso`,
  // fr
  String.raw`il y a \p{L}+ (?:jours?|semaines?|mois)`,
  String.raw`le mois dernier`,
  // es, pt
  String.raw`hace \p{L}+ (?:días?|semanas?|mes|meses)`,
  String.raw`el mes pasado`,
  String.raw`há \p{L}+ (?:dias?|semanas?)`,
  String.raw`(?:na semana passada|no mês passado)`,
  // de
  String.raw`vor \p{L}+ (?:Tagen|Wochen|Monaten|Tag|Woche|Monat)`,
  String.raw`(?:letzten|vergangenen|vorigen) Monat`,
  // nl
  String.raw`(?:dagen|weken|maanden|een (?:dag|week|maand)) geleden`,
  String.raw`vorige (?:week|maand)`,
  // ru, uk, pl
  String.raw`(?:дн\p{L}*|недел\p{L}*|месяц\p{L}*) назад`,
  String.raw`(?:дн\p{L}*|тижн\p{L}*|тиждень|місяц\p{L}*) тому`,
  String.raw`(?:dni|tygodni\p{L}*|tydzień|miesiąc\p{L}*|miesięcy) temu`,
  // Not tr: 'önce' is also 'before' an event, and 'geçen hafta' dated an announcement on dev.
  // ar ('قبل' is also 'before' an event: not when 'من' follows), fa ('قبل از' likewise)
  String.raw`قبل (?:أيام|يومين|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور)(?! من)`,
  String.raw`(?:الأسبوع|الشهر) الماضي`,
  String.raw`(?:روز|هفته|ماه)(?:های)? (?:پیش|قبل)(?! از)`,
  String.raw`(?:هفته|ماه) (?:گذشته|پیش)`,
];
// Its leading lookbehind is checked in code (word-edge.ts): the regex scans faster without it.
const AGO = new EdgeRule(new RegExp(`${EDGE_BEFORE}(?:${AGO_SPANS.join('|')})${EDGE_AFTER}`, 'iu'));
// Han text has no word edges: a number before the unit ('两周前', '几天前'), or 'earlier'.
const HAN_AGO =
  /[一二两三四五六七八九十几数數多\d]+(?:天|日|周|週|星期|个月|個月)(?:以)?前|上(?:周|週|星期|个月|個月)|早前/u;

export interface StoryNear {
  after: RegExp;
  before: RegExp;
}

/** The sentence places a release a span back from now, and the span dates no person's story. */
export function looksBackAgo(s: string, story: StoryNear): boolean {
  const m = AGO.exec(s) ?? HAN_AGO.exec(s);
  if (!m) return false;
  const end = m.index + m[0].length;
  return !(
    story.after.test(s.slice(end, end + 40)) ||
    story.before.test(s.slice(Math.max(0, m.index - 30), m.index))
  );
}
