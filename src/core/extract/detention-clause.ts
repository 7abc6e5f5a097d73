// Which event words of a sentence are predicates that say something happened to the person of
// their clause, read from the grammar of the clause rather than from phrases (issue 20, det42):
//
// - Polarity: a predicate its clause negates tells no event ('was not arrested', 'non è stato
//   arrestato', 'не затримали', 'لم يتم اعتقال', 'بازداشت نشد', 'tutuklanmadı'). Languages mark
//   negation in one of three places, and each is read where the language puts it: a particle
//   before the verb group (most), a prefix on the light verb after the noun (Persian), or a
//   suffix inside the verb between its stem and its tense (Turkish, Azerbaijani).
// - Mood: an event asked for or only possible ('prosecutors sought to have X sentenced', 'X could
//   be arrested', 'potrebbe essere arrestato', 'قد يتم اعتقال', 'ممکن است بازداشت شود',
//   'tutuklanabilir') has not happened.
// - Agency: a name marked as the agent of the event ('X tarafından', 'توسط X', 'من قبل X', 'su
//   ordine di X') acts on whoever is held and is not held itself.
// - Apposition: a name in apposition with a judicial office ('X, the prosecutor', 'X المحامي العام',
//   'قاضی X', 'Savcı X') names who acts on the held, not one of them.
// - Finiteness in verb-final languages: the clause's own predicate is a finite verb; an event
//   word used as a participle, a converb or a noun ('gözaltına alınan', 'tutuklanarak',
//   'بازداشت‌شدگان', 'پس از بازداشت') describes the person or the time and is not the clause's
//   news when a finite event verb governs the same person.
// See detentions.ts (where cues are filtered) and detention-people.ts (whose cues are whose).
import type { Cue, Span } from './detention-rules.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';

/**
 * Languages whose clause ends in its verb and whose modifiers stand before their noun. Persian
 * is one too (subject, object, verb), though its participles may follow the noun.
 */
export const VERB_FINAL: ReadonlySet<string> = new Set([
  'tr',
  'az',
  'kk',
  'ky',
  'uz',
  'hy',
  'ka',
  'bn',
  'hi',
  'ja',
  'ko',
  'fa',
]);

// A negation particle, then at most the auxiliaries of a verb group, right before the event
// word. Only auxiliaries may stand between: 'not only arrested but' and 'not for X but' keep
// their event.
const NEGATED_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:not|never|n['’]t)(?:\s+(?:been|be|yet|ever|formally|officially|being))*\s*$/iu,
  fr: /(?<![\p{L}])(?:pas|jamais|point)(?:\s+(?:été|encore|être))*\s+$/iu,
  es: /(?<![\p{L}])(?:no|nunca|jamás)(?:\s+(?:ha|han|había|habían|fue|fueron|sido|será|serán|ser|haber|está|están|estaba|estaban|lo|la|los|las|le|les|se))*\s+$/iu,
  pt: /(?<![\p{L}])(?:não|nunca|jamais)(?:\s+(?:foi|foram|tem|têm|tinha|sido|será|serão|ser|está|estão|o|a|os|as|se))*\s+$/iu,
  it: /(?<![\p{L}])(?:non|mai)(?:\s+(?:è|sono|era|erano|stato|stata|stati|state|ha|hanno|aveva|sarà|saranno|essere|mai|ancora|lo|la|li|le|gli|si|[èe]\s+mai))*\s+$/iu,
  de: /(?<![\p{L}])(?:nicht|nie|niemals)(?:\s+(?:mehr|erneut|wieder))?\s+$/iu,
  nl: /(?<![\p{L}])(?:niet|nooit)\s+$/iu,
  ru: /(?<![\p{L}])(?:не|ни)(?:\s+(?:был|была|были|было|будет|будут|бы))?\s+$/iu,
  uk: /(?<![\p{L}])(?:не|ні)(?:\s+(?:був|була|були|було|буде|будуть|би|б))?\s+$/iu,
  be: /(?<![\p{L}])(?:не|ні)(?:\s+(?:быў|была|былі|было|будзе|будуць|б))?\s+$/iu,
  pl: /(?<![\p{L}])nie(?:\s+(?:został|została|zostało|zostali|zostały|był|była|byli|było|będzie|będą))?\s+$/iu,
  // 'لم يتم اعتقال', 'لن يحاكم', 'لا يُحتجز'; not 'لا يزال' or 'ما زال' (still), which hold.
  ar: /(?<![\p{L}])(?:لم|لن|لا)(?:\s+(?:يتم|تتم|يكن|تكن|يعد|تعد))?\s+$/u,
  // '未被逮捕', '沒有被判刑': no space between Han words.
  zh: /(?:未|沒有|没有|並未|并未|未曾)(?:被|曾|遭)?\s*$/u,
  vi: /(?<![\p{L}])(?:không|chưa)(?:\s+(?:bị|được|hề))*\s+$/iu,
};

// Persian writes the negation as a prefix of the light verb after the noun ('بازداشت نشد',
// 'محکوم نشده است', 'منتقل نکردند', 'بازداشت نمی‌شود').
const PERSIAN_NEGATED_AFTER = /^[\s\u200c]*ن(?:شد|شده|کرد|کرده|گردید|می[\s\u200c]*شو|خواهد|گرفت)/u;

// Turkish and Azerbaijani put the negation inside the verb, after the (passive) stem and before
// the tense: 'tutuklanmadı', 'alınmamış', 'edilmedi', 'saxlanılmadı', 'edilməyəcək'. Not the
// verbal noun '-ması/-mesi' ('tutuklanmasına karar verildi'), whose -mA takes a possessive.
const SUFFIX_NEGATED = /m[aeə](?:d[ıiə]|m[ıiuü]ş|z|y[aeə]c[aeə]k|y[aeə]n)\p{L}*$/u;
const SUFFIX_NEGATION: ReadonlySet<string> = new Set(['tr', 'az']);

/** Whether the clause of `cue` in sentence text `s` (language `language`) negates it. */
export function negated(s: string, cue: Cue, language: string): boolean {
  if (language === 'fa') return PERSIAN_NEGATED_AFTER.test(s.slice(cue.end, cue.end + 16));
  if (SUFFIX_NEGATION.has(language)) {
    const verb = verbWord(s, cue);
    return verb !== null && SUFFIX_NEGATED.test(verb);
  }
  const before = NEGATED_BEFORE[language];
  return before?.test(s.slice(Math.max(0, cue.start - 48), cue.start)) ?? false;
}

// English modals and verbs of threat, which its word lists leave to the other rules.
const EN_MOOD =
  'could|might|would|should|risks?|faces?|facing|threatened with|threatens? to|wants? to';

// A word of asking or of possibility (each language's requestWords and hedges), then at most
// five words of the same clause (a name among them: 'sought to have X Y sentenced'), right
// before the event word.
const moodRule = perLexicon((lx: Lexicon) => {
  const words = bareSource([...wordsOf(lx, 'requestWords'), ...wordsOf(lx, 'hedges')]);
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${EN_MOOD}${words ? `|${words}` : ''})(?![\p{L}])(?:\s+[^\s,;:.!?،؛]+){0,5}?\s+$`,
    'iu',
  );
});
// Turkish and Azerbaijani possibility inside the verb: '-Abil-' ('tutuklanabilir', 'alınabilir').
const SUFFIX_MOOD = /[ae]bil\p{L}*$|[aeə]bil[əi]\p{L}*$/u;

/** Whether `cue` is only asked for or possible in its clause. */
export function hedged(s: string, cue: Cue, language: string, lx: Lexicon): boolean {
  if (SUFFIX_NEGATION.has(language)) {
    const verb = verbWord(s, cue);
    if (verb !== null && SUFFIX_MOOD.test(verb)) return true;
  }
  return moodRule(lx).test(s.slice(Math.max(0, cue.start - 60), cue.start));
}

/** The sentence's cues without those their clause negates or only asks for or deems possible. */
export function affirmed(s: string, cues: Cue[], language: string, lx: Lexicon): Cue[] {
  const kept = cues.filter((c) => !negated(s, c, language) && !hedged(s, c, language, lx));
  return kept.length === cues.length ? cues : kept;
}

// A word ending in a case suffix of a noun the light verb after it governs ('gözaltına alındı',
// 'hapis cezasına çarptırıldı', 'həbsə alındı'): the verb is the next word.
const NOUN_BEFORE_VERB = /(?:[ıiuüaeə]n[aeə]|y[aeə]|s[ıiuü]n[aeə]|[ıiuü])$/u;

/**
 * The verb of a Turkish or Azerbaijani cue: the word the cue ends in, read to its end, or the
 * word after it when the cue ends in a noun the next verb governs ('gözaltına' + 'alınan').
 */
function verbWord(s: string, cue: Cue): string | null {
  const rest = /^[\p{L}\p{M}]*/u.exec(s.slice(cue.end))![0];
  const head = s.slice(cue.start, cue.end + rest.length);
  const last = /[\p{L}\p{M}]+$/u.exec(head)?.[0] ?? null;
  if (last && NOUN_BEFORE_VERB.test(last) && !/[dt][ıiuüə](?:l[ae]r)?$/u.test(last)) {
    const next = /^\s+([\p{L}\p{M}]+)/u.exec(s.slice(cue.end + rest.length));
    if (next) return next[1]!;
  }
  return last;
}

// Turkish and Azerbaijani non-finite verbs: participles ('-an', '-en', '-dığı', '-mış olan'),
// converbs ('-arak', '-ıp', '-ken') and verbal nouns ('-ması', '-mak').
const TURKIC_NONFINITE =
  /(?:[aeə]n|y[aeə]n|[aeə]r[aeə]k|y[aeə]r[aeə]k|[dt][ıiuüə][ğk]\p{L}*|m[aeə]s[ıiə]\p{L}*|m[aeə]k\p{L}*|[ıiuü]p|k[eə]n)$/u;

// Persian: an event word as a noun after a preposition ('پس از بازداشت', 'در بازداشت'), or a
// participle made a noun or an adjective ('بازداشت‌شدگان', 'بازداشت شده در ...'); not the
// perfect ('بازداشت شده است', 'شده‌اند', 'شده بود') nor a participle joined by 'و' to the next verb.
const PERSIAN_PREPOSITION_BEFORE =
  /(?:^|[\s\u200c])(?:پس از|بعد از|قبل از|پیش از|از|در|با|به دلیل|هنگام|حین|زمان|طی)\s+(?:(?:این|آن|همین|همان)\s+)?$/u;
const PERSIAN_PARTICIPLE =
  /^[^\s\u200c]+[\s\u200c]*(?:شدگان|(?:شده|گردیده)[\s\u200c]+(?!(?:است|اند|بود|باشد|باشند|و)(?![\p{L}]))\p{L})/u;
const PERSIAN_LIGHT_VERB_AFTER = /^[\s\u200c]*(?:ن?شد|ن?کرد|ن?گردید|گرفت|ن?می|خواهد)/u;

/** Whether `cue` is a participle, converb or noun rather than its clause's finite verb. */
export function nonFinite(s: string, cue: Cue, language: string): boolean {
  if (language === 'fa') {
    if (PERSIAN_PARTICIPLE.test(s.slice(cue.start, cue.end + 24))) return true;
    return (
      PERSIAN_PREPOSITION_BEFORE.test(s.slice(Math.max(0, cue.start - 18), cue.start)) &&
      !PERSIAN_LIGHT_VERB_AFTER.test(s.slice(cue.end, cue.end + 8))
    );
  }
  if (SUFFIX_NEGATION.has(language)) {
    const verb = verbWord(s, cue);
    return verb !== null && TURKIC_NONFINITE.test(verb);
  }
  return false;
}

/**
 * The cues of one person (offsets in the sentence `s`) that their clause's predicate governs, in
 * a verb-final language: when the person has a finite event verb, not the non-finite event words
 * of other kinds beside it ('X, gözaltına alınan ..., tutuklandı' keeps both arrests;
 * 'بازداشت‌شدگان ... منتقل شده است' keeps the transfer only). A person carried from an earlier
 * sentence (`carried`) needs a finite verb: 'پس از این بازداشت‌ها ...' (after these arrests)
 * tells nothing new of them.
 */
export function governing(s: string, cues: Cue[], language: string, carried = false): Cue[] {
  if (!VERB_FINAL.has(language) || cues.length === 0 || (cues.length < 2 && !carried)) return cues;
  const finite = cues.filter((c) => !nonFinite(s, c, language));
  if (carried || finite.length === cues.length) return finite;
  if (finite.length === 0) return cues;
  const kinds = new Set(finite.map((c) => c.kind));
  return cues.filter((c) => finite.includes(c) || kinds.has(c.kind));
}

// The agent's marker after the name (Turkish and Azerbaijani postpositions: 'X tarafından
// yürütülen soruşturma', 'X tərəfindən').
const AGENT_AFTER = /^['’]?\p{L}{0,4}\s+(?:tarafından|tarafınca|tərəfindən)(?![\p{L}])/u;
// The agent's marker before the name, at most two words (a title) between: 'توسط', 'از سوی',
// 'به دستور' (by order of), 'من قبل', 'بأمر من', 'على يد', 'da parte di', 'su ordine di', 'por
// orden de', 'sur ordre de', 'on the orders of', 'за наказом', 'по приказу', 'auf Anordnung'.
const AGENT_BEFORE =
  /(?<![\p{L}])(?:توسط|از سوی|از طرف|به دستور|به حکم|من قبل|بأمر من|بأمر|على يد|da parte di|su ordine di|per ordine di|por orden de|a manos de|sur ordre de|par ordre de|on the orders of|on orders from|at the behest of|por ordem de|a mando de|за наказом|на вимогу|по приказу|по распоряжению|auf Anordnung(?: von)?|im Auftrag von)(?:\s+[\p{L}\u200c.-]+){0,2}?\s+$/iu;

/** Whether the name at `p` (offsets in the report) is marked as the agent in its sentence `s`. */
export function agent(p: Span, s: { start: number; text: string }): boolean {
  const at = p.start - s.start;
  const end = p.end - s.start;
  if (at < 0 || end > s.text.length) return false;
  return (
    AGENT_AFTER.test(s.text.slice(end, end + 24)) ||
    AGENT_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))
  );
}

// Offices of the courts and prosecution, whose holders order, try and sentence the held: a
// closed class in each language. Written after the name as an apposition ('X, the prosecutor',
// 'X المحامي العام الأول', 'X, pubblico ministero') or before it as a title ('المستشار X', 'Savcı X').
const JUDICIAL =
  '(?:judge|prosecutor|prosecutor[- ]general|attorney[- ]general|investigator|interrogator|magistrate|juge|procureur|juez|jueza|fiscal|giudice|procuratore|pubblico ministero|gip|pm|richter\\p{L}*|staatsanwalt\\p{L}*|суддя|судді|прокурор\\p{L}*|слідч\\p{L}*|судья|следовател\\p{L}*|sędzia|prokurator\\p{L}*|hakim|savcı\\p{L}*|başsavcı\\p{L}*|yargıç|قاضی|دادستان|بازپرس|رئیس دادگاه|سرپرست دادسرا|القاضي|قاضي|المستشار|المحامي العام|النائب العام|رئيس نيابة|رئيس النيابة|وكيل النيابة|المحقق)';
const JUDICIAL_AFTER = new RegExp(
  String.raw`^\s*[,،]?\s*(?:(?:the|a|il|la|le|el|der|die)\s+)?${JUDICIAL}(?![\p{L}])(?!\s*(?:السابق|سابق|پیشین|سابق|former))`,
  'iu',
);
const JUDICIAL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:former|ex|ancien|ehemalige[rn]?|колишн\p{L}*|бывш\p{L}*|eski)\s+)${JUDICIAL}\s+$`,
  'iu',
);

/** Whether the name at `p` (offsets in the report) holds a judicial office in its sentence `s`. */
export function judicial(p: Span, s: { start: number; text: string }): boolean {
  const at = p.start - s.start;
  const end = p.end - s.start;
  if (at < 0 || end > s.text.length) return false;
  return (
    JUDICIAL_AFTER.test(s.text.slice(end, end + 40)) ||
    JUDICIAL_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))
  );
}
