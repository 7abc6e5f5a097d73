import { caselessEnvoys } from './caseless-envoys.ts';
import { caselessThanks } from './caseless-thanks.ts';
import { countryName, ENGLISH_ADJECTIVE, stateOfAdjective } from './country-names.ts';
import { isGivenName } from './given-names.ts';
import { goBetweenShapes } from './go-between-shapes.ts';
import { joinedStates } from './joined-states.ts';
import {
  ALL_LANGUAGES,
  hintRegExp,
  hintSource,
  initialCaseSource,
  type Lexicon,
  orHints,
  orWordsAnyInitial,
  perLexicon,
  wordsOf,
} from './lexicons/index.ts';
import { MEDIATION_BASE, mediatorPhrases } from './mediator-phrases.ts';
import { PRINCIPAL, spreadCues, spreadHeads, spreadHint } from './mediator-spread-cues.ts';
import { nameAfter, nameOrStateAfter } from './name-after-cue.ts';
import { nameBefore } from './name-before-cue.ts';
import { officeAfter } from './office-mediators.ts';
import { placeCode, RELEASING } from './places.ts';
import { EdgeRule } from './word-edge.ts';

// Who brokered the release: envoys by name, states by 'brokered by Qatar' and the like.

export interface MediatorFound {
  name: string;
  role: string | null;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){1,2}`;
const STATE = String.raw`[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?`;

/** The rules of a set of word lists: each language's words join the English and Russian. */
const rules = perLexicon((lx) => {
  const envoyRole = String.raw`(?:special presidential envoy|special envoy|special representative(?: of the President of the USA| of the US President)?|presidential envoy|envoy|emissary|hostage envoy|chief negotiator|negotiator|спецпосланник\S*|специальн\S+ посланник\S*|посланник\S*${orWordsAnyInitial(lx, 'envoyRoles')})`;
  const cues = initialCaseSource(wordsOf(lx, 'mediatorCues'));
  const spread = spreadCues(lx);
  const after = initialCaseSource(wordsOf(lx, 'mediatorCuesAfter'));
  // A country's adjective beside a word of mediation or an agent noun ('Qatari mediators').
  const nouns = initialCaseSource([
    ...wordsOf(lx, 'mediationNouns'),
    ...wordsOf(lx, 'mediatorNouns'),
  ]);
  return {
    // The role; the name after it is read by nameAfter ('specjalnym wysłannikiem USA ds.
    // Białorusi Johnem Coalem', 'l'inviato statunitense John Cole').
    envoyBefore: new EdgeRule(
      new RegExp(String.raw`(?<![\p{L}])(?<role>${envoyRole})(?![\p{L}])`, 'gu'),
    ),
    envoyAfter: new RegExp(
      String.raw`(?<name>${NAME}),\s(?:the\s|a\s)?(?:(?:US|U\.S\.|American|Trump's|White House)\s)?(?:\p{Ll}+\s){0,2}?(?<role>${envoyRole})(?![\p{L}])`,
      'gu',
    ),
    // Words before a name or a state that say it brokered the deal, or was the other side of it
    // ('facilitated by', 'по просьбе', 'con la mediazione del'): the name is read by nameAfter.
    cue: new EdgeRule(
      new RegExp(
        String.raw`(?<![\p{L}])(?<![Dd]e\s)(?:(?:brokered|mediated|facilitated|negotiated|coordinated)\sby|(?:mediation|help|good offices)\s(?:of|from|by)|при посредничестве|при содействии|по просьбе${cues ? `|${cues}` : ''}${spread})(?![\p{L}])`,
        'gu',
      ),
    ),
    // The same words after the name, where a language puts them there ('Katar közvetítésével').
    cueAfter: after ? new EdgeRule(new RegExp(String.raw`(?<![\p{L}])${after}`, 'gu')) : null,
    // The pre-test of every sentence, then one per kind of rule: 'hint' for the rules above and
    // BY_STATE, 'phrases' for mediator-phrases.ts, 'shapes' for go-between-shapes.ts.
    any: anyHint(lx),
    // The lists' Arabic-script cues too: mediator-phrases.ts reads the state after each of them.
    phrases: hintRegExp(
      `${phraseHint(lx)}${orHints(lx, 'mediationNouns', 'mediatorNouns')}${caselessCueHint(lx)}`,
    ),
    shapes: hintRegExp(orHints(lx, ...SHAPE_LISTS).slice(1) || '(?!)'),
    caseless: caselessCues(lx),
    mediation: new RegExp(
      String.raw`(?:${MEDIATION_BASE}${nouns ? `|${nouns}` : ''})(?![\p{L}])`,
      'gu',
    ),
    hint: hintRegExp(cueHint(lx)),
  };
});

// Every sentence caseless-thanks.ts reads holds one of these words of mediation.
const CASELESS_THANKS_HINT = /وساط|میانجی/u;

// The lists of go-between-shapes.ts, whose words its rules need.
const SHAPE_LISTS = [
  'goBetweenVerbs',
  'mediatorNouns',
  'roleNouns',
  'thankVerbs',
  'helpVerbs',
] as const;

/** The lists' cues in Arabic script ('بمساعي', 'به میانجیگری'). */
const arabicCues = (lx: Lexicon) =>
  wordsOf(lx, 'mediatorCues').filter((w) => /\p{sc=Arabic}/u.test(w));

/** '|' and the lists' Arabic-script cues as plain text, for the phrases' pre-test, or nothing. */
function caselessCueHint(lx: Lexicon): string {
  const src = hintSource(arabicCues(lx));
  return src ? `|${src}` : '';
}

/** The lists' cues in Arabic script, for mediator-phrases.ts's reading of a caseless state. */
function caselessCues(lx: Lexicon): RegExp | null {
  const src = initialCaseSource(arabicCues(lx));
  return src ? new RegExp(String.raw`(?<![\p{L}])(?:${src})\s+`, 'gu') : null;
}

function cueHint(lx: Lexicon): string {
  return `envoy|emissary|representative|negotiator|thank|negotiated\\sby|helped broker|brokered|brokering|mediat|facilitat|coordinated|good offices|help\\s(?:of|from|by)|intermediary|go-between|played a role|rôle de|role of|médiation|joué|посланник|посредни|koordinasyon|arabulucu|aracılığıyla|talebi üzerine|ricası üzerine|girişimleri|çabaları|при содействии|по просьбе${orHints(lx, 'mediatorCues', 'mediatorCuesAfter', 'envoyRoles')}${spreadHint(lx)}`;
}
// cueHint's words and phrases as plain entries, its two regex bits widened ('help\s(?:of|from|by)'
// to 'help'): 'any' may pass more sentences than hint, phrases and shapes together, never fewer.
const CUE_WORDS = [
  ...'envoy|emissary|representative|negotiator|thank|negotiated by|helped broker|brokered|brokering|mediat|facilitat|coordinated|good offices|help|intermediary|go-between|played a role|rôle de|role of|médiation|joué|посланник|посредни|koordinasyon|arabulucu|aracılığıyla|talebi üzerine|ricası üzerine|girişimleri|çabaları|при содействии|по просьбе'.split(
    '|',
  ),
];

/**
 * The pre-test of every sentence: the words of hint, phrases and shapes in one trie. Joined as
 * their separate alternations, a sentence's every position was tried against each in turn, and
 * the go-between lists of go-between-shapes.ts nearly doubled this test's cost.
 */
function anyHint(lx: Lexicon): RegExp {
  const words = [
    ...CUE_WORDS,
    ...phraseHint(lx).split('|'),
    ...spreadHeads(lx),
    ...(
      ['mediatorCues', 'mediatorCuesAfter', 'envoyRoles', 'mediationNouns', ...SHAPE_LISTS] as const
    ).flatMap((f) => wordsOf(lx, f)),
  ];
  return hintRegExp(hintSource(words) ?? '(?!)');
}

// What the rules of mediator-phrases.ts need, for the pre-test, by language (English always):
// a report's sentences are scanned for its own languages' words only.
const PHRASE_WORDS: Record<string, string> = {
  en: 'involv|help|took part|particip|mediat|facilitation|broker|assistance|efforts|intervention',
  fr: 'impliqu|aidé|aida |particip|médiat|servi de',
  es: 'involucr|ayud|particip|medió|mediaron|intermedi|mediaci',
  pt: 'envolv|ajud|particip|mediou|intermedi|mediaç',
  it: 'coinvolt|aiut|partecip|mediato|mediò|mediazion',
  de: 'beteiligung|geholfen|vermitt',
  nl: 'bemiddel',
  ru: 'участи|помог|посредничал',
  uk: 'участі|допомог',
  pl: 'udziałem|pomó|pomog|pośredniczył|mediacj',
  hr: 'posredovanj',
  sl: 'posredovanj',
  ar: 'وساط|طلب|مساعدة|جهود|دعم|مبادرة|تدخل|تسهيل|رعاية',
  fa: 'میانجی|درخواست|وساطت|کمک|تلاش|پادرمیانی|حمایت|همکاری',
  zh: '请求|請求|斡旋|调解|調解|协助|協助|调停|調停|帮助|幫助|努力|协调|協調|特使|特别代表|特別代表|谈判代表|談判代表',
  ja: '要請|仲介|働きかけ|斡旋',
};

function phraseHint(lx: Lexicon): string {
  const codes = new Set(['en', ...lx.lists.flatMap((l) => l.languages)]);
  return [...codes].flatMap((c) => PHRASE_WORDS[c]?.split('|') ?? []).join('|');
}

const BY_STATE = new RegExp(
  [
    String.raw`(?<name3>Qatar|Turkey|Türkiye|Oman|(?:the\s)?Vatican|Switzerland|Saudi Arabia|the United Arab Emirates|UAE)(?:'s|’s)?\s(?:mediated|brokered|helped broker|facilitated|played a role)`,
    String.raw`(?<name7>(?:the\s)?[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,2}),\s(?:which|who)\s(?:mediated|brokered|helped broker|facilitated)`,
    String.raw`(?<name8>[\p{Lu}][\p{L}]+)-(?:brokered|mediated|facilitated)`,
    String.raw`(?<adj>Turkish|Qatari|Omani|Swiss|Saudi|Emirati)\s(?:[\p{Ll}]+\s){0,2}(?:brokering|brokered|mediating|mediated|facilitating|facilitated)`,
    String.raw`(?<name5>(?:the\s)?[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,2})\s(?:acted|served)\sas\s(?:an?\s|the\s)?(?:mediator|intermediary|go-between)`,
    // Turkish puts the word after the name: 'MİT'in koordinasyonunda', 'Katar'ın arabuluculuğuyla'.
    String.raw`(?<name10>[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,3}(?:\s\([\p{Lu}]+\))?)(?:['’]\p{Ll}{1,3})?\s(?:koordinasyonunda|koordinasyonuyla|arabuluculuğunda|arabuluculuğuyla|aracılığıyla|talebi üzerine|ricası üzerine|girişimleriyle|çabalarıyla)`,
    String.raw`[Пп]осредник\p{L}*\s(?:[\p{Ll}\s]{0,30})?выступил\p{L}*\s(?<name6>[\p{Lu}][\p{L}]+)`,
    // A state named by its form, the name after it ('le sultanat d'Oman a joué un rôle de
    // médiation', 'médiation du royaume de Bahreïn'): the whole phrase is the go-between.
    String.raw`(?<name12>(?:[Ss]ultanat|[Rr]oyaume|[Éé]mirat|[Ss]ultanato|[Rr]eino|[Ee]mirato|[Ss]ultanate|[Kk]ingdom|[Ee]mirate)\s(?:d['’]|de\s|du\s|of\s|del\s|di\s|dell['’])\p{Lu}\p{L}+)(?=\s(?:a|ont|has|have|ha|han)\s(?:[^.;]{0,40}?\s)?(?:joué|played|svolto|desempeñado)\s(?:[^.;]{0,40}?\s)?(?:rôle|role|ruolo|papel)\s(?:de|of|di)\s(?:médiat|mediat|mediaz|mediac|facilitat|intermédiaire|intermediar|go-between))`,
    // The same words before the state: 'après une médiation du sultanat d'Oman'.
    String.raw`(?<=(?:[Mm]édiation|[Mm]ediation|[Mm]ediazione|[Mm]ediación|[Ii]ntercession|[Ff]acilitation)\s(?:du|de la|de l['’]|de|of the|of|del|della|dello)\s)(?<name13>(?:sultanat|royaume|émirat|sultanato|reino|emirato|sultanate|kingdom|emirate)\s(?:d['’]|de\s|du\s|of\s|del\s|di\s|dell['’])\p{Lu}\p{L}+)`,
    // Any state or body before 'a joué un rôle de médiation' / 'played a mediating role'.
    String.raw`(?<name14>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s(?:a|ont|has|have|ha|han)\s(?:[^.;]{0,40}?\s)?(?:joué|played|svolto|desempeñado)\s(?:un|a|an|the|il|el|le)\s(?:rôle|role|ruolo|papel)\s(?:de\s|of\s|di\s)?(?:médiat\p{L}*|mediat\p{L}*|mediaz\p{L}*|mediac\p{L}*|facilitat\p{L}*|intermédiaire|intermediar\p{L}*)`,
    // The other order, a body's whole name first: 'Национальная разведывательная организация
    // Турции (MIT) выступила посредником'.
    String.raw`(?<name11>\p{Lu}[\p{L}-]+(?:\s[\p{L}-]+){0,4}?(?:\s\(\p{Lu}+\))?)\sвыступил\p{L}*\s(?:в\sкачестве\s)?посредник\p{L}*`,
  ].join('|'),
  'gu',
);
// A piece of text every BY_STATE alternative holds, as written there (case-sensitive): most
// sentences that pass the hint hold none, and BY_STATE is slow to fail on a long sentence.
const BY_STATE_HINT =
  /diat|diaz|diac|broker|acilitat|played|acted|served|koordinasyonu|arabuluculu|aracılığıyla|talebi üzerine|ricası üzerine|girişimleriyle|çabalarıyla|выступил|joué|svolto|desempeñado|ntercession/;
// Thanks for a part in the deal ('thanked President Nayib Bukele of El Salvador for his help'):
// thanks alone are not enough ('thanked the guards'), the part played must be said.
const THANKED =
  /(?<![\p{L}])thank(?:ed|s|ing)\s(?=[^.;]{0,80}?\sfor\s(?:his|her|their|its)\s(?:\p{Ll}+\s)?(?:role|help|assistance|efforts?|mediation|good offices|support|work|involvement)(?![\p{L}]))/gu;
const STATE_OF: Record<string, string> = {
  Turkish: 'Turkey',
  Qatari: 'Qatar',
  Omani: 'Oman',
  Swiss: 'Switzerland',
  Saudi: 'Saudi Arabia',
  Emirati: 'UAE',
};
void STATE;
const AND_STATE =
  /^\s+(?:et|and|und|y|e|en|i|ve|и)\s+(?:(?:the|le|la|les|l['’]|der|die|den|el|los|las|il|lo|o|os)\s*)?(?=\p{Lu})/u;
const AND_AGAIN =
  /^[^.;:«»"“”]*?[\s,](?:y|e|and|et|und|i|и)\s+(?:(?:especialmente|sobre todo|especially|particularly|notamment|surtout|in particolare|insbesondere|особенно|especialmente)\s+)?(?:a|al|ao|à|aos|to|au|aux|alla|allo|al)\s+/u;
// The side that freed the prisoners is no go-between: its leaders and capitals, and groups that
// only count prisoners ('la ONG Prisoners Defenders').
const NOT_MEDIATOR =
  /^(?:the|a|an|Washington|West|Westen|Occidente|Запад\p{L}*|Minsk\p{L}*|Mińsk\p{L}*|Минск\p{L}*|Caracas|Managua|Moscow|Москв\p{L}*|(?:ONG|NGO|Departamento|Department|Ministerio|Ministry|Gobierno|Governo|Government|Ejecutivo|Executive)(?:\s.*)?|(?:.*\s)?(?:Lukashenk\p{L}*|Lukaschenk\p{L}*|Łukaszenk\p{L}*|Lukašenk\p{L}*|Lukasenk\p{L}*|Лукашенк\p{L}*|Лукашэнк\p{L}*|Maduro|Ortega|Murillo|Díaz-Canel|Putin\p{L}*|Путин\p{L}*|Aliyev|Əliyev|Алиев\p{L}*|Hlaing|Tebboune|Sisi|Khamenei|Pezeshkian))$/u;

// God thanked for a release ('agradeció a Dios', 'thanked God', 'dankte Gott') is thanked in the
// same frame as a go-between, and is none: a report that quotes the freed often has it.
const DEITY =
  /^(?:God|Dios|Dieu|Deus|Dio|Gott|Bóg|Boga|Bogu|Bog|Бог|Бога|Богу|Tanrı|Tanrı'ya|Allah|Allaha|Allah'a|الله|خدا|上帝|神|Señor|Jesús|Jesus|Cristo|Virgen)$/u;

/**
 * 'dio las gracias a su equipo y especialmente al presidente Bukele': the cue's
 * preposition said again before a second object makes that object the cue's too, person or
 * state, whether or not the first was a name.
 */
function secondObject(s: string, from: number, cueStart: number, out: MediatorFound[]): void {
  const again = AND_AGAIN.exec(s.slice(from, from + 80));
  const second = again ? nameAfter(s, from + again[0].length) : null;
  if (second) push(out, second.name, 'mediator', cueStart, second.end);
}

/**
 * `office`: a state's office, read whole (office-mediators.ts), which NOT_MEDIATOR's words open.
 * `releaser`: set for a go-between read from the clause's structure (go-between-shapes.ts): a
 * state that often frees prisoners ('Egypt brokered', 'Saudi Arabia played a key role') is then
 * refused only when it is the report's releasing state; other rules refuse every such state.
 */
function push(
  out: MediatorFound[],
  name: string,
  role: string | null,
  start: number,
  end: number,
  office = false,
  releaser?: string | null,
) {
  let clean = name.replace(/^the\s/iu, '').trim();
  // "спецпосланник Трампа Джон Коул": a possessor before the given name is not part of it.
  const parts = clean.split(/\s+/u);
  if (parts.length === 3 && isGivenName(parts[1]!) && !isGivenName(parts[0]!)) {
    clean = parts.slice(1).join(' ');
  }
  if (!office && (NOT_MEDIATOR.test(clean) || DEITY.test(clean))) return;
  // "a US envoy, Lithuania's foreign ministry said": an English possessive names the owner of
  // whatever follows (here the speaker), never the envoy.
  if (/['’]s$/u.test(clean)) return;
  const code = office ? null : placeCode(clean);
  if (code && (releaser === undefined ? code !== 'TR' && RELEASING.has(code) : code === releaser))
    return;
  // One name once: an envoy's role, found first, beats the cue before it ('talks with envoy X').
  // One state once too, however written ('при посредничестве Катара' read by cue and by noun).
  if (out.some((x) => x.name === clean || (code !== null && placeCode(x.name) === code))) return;
  // 'Oman' and 'sultanat d'Oman' from two rules are one go-between: the longer form stays.
  const same = out.findIndex((x) => endsWithName(x.name, clean) || endsWithName(clean, x.name));
  if (same >= 0) {
    if (clean.length > out[same]!.name.length) out[same] = { name: clean, role, start, end };
    return;
  }
  out.push({ name: clean, role, start, end });
}

/** 'sultanat d'Oman' ends with the name 'Oman' (after a space or an elided article). */
function endsWithName(long: string, short: string): boolean {
  if (long.length <= short.length || !long.endsWith(short)) return false;
  return /[\s'’]$/u.test(long.slice(0, long.length - short.length));
}

/**
 * Before a Turkish postposition a sentence's first word is capitalised too ('Takas MİT'in
 * koordinasyonunda'): a name with its acronym stays whole, else the acronym or the last word.
 */
function turkish(name: string | undefined): string | undefined {
  if (!name || name.includes('(')) return name;
  const words = name.split(' ');
  return words.findLast((w) => /^\p{Lu}{2,}$/u.test(w)) ?? words[words.length - 1];
}

/** `releaser`: the report's releasing state (a code), when known. */
export function findMediators(
  s: string,
  lx: Lexicon = ALL_LANGUAGES,
  releaser: string | null = null,
): MediatorFound[] {
  const out: MediatorFound[] = [];
  const { any, hint, phrases, mediation, shapes, caseless } = rules(lx);
  // One scan of every sentence for both kinds of rule; the few that pass are tested for each.
  if (!any.test(s)) return out;
  if (hint.test(s)) {
    byCue(s, lx, out);
    for (const p of caselessEnvoys(s, lx)) push(out, p.name, 'envoy', p.start, p.end);
  }
  if (CASELESS_THANKS_HINT.test(s))
    for (const p of caselessThanks(s))
      push(out, p.name, 'mediator', p.start, p.end, false, releaser);
  if (phrases.test(s)) {
    const nameOf = (code: string, word: string) => countryName(code, word, lx);
    for (const p of mediatorPhrases(s, nameOf, mediation, caseless))
      push(out, p.name, 'mediator', p.start, p.end, false, p.strong ? releaser : undefined);
  }
  if (shapes.test(s))
    for (const p of goBetweenShapes(s, lx))
      push(out, p.name, 'mediator', p.start, p.end, false, releaser);
  // A state's list goes on after it: each state joined to a go-between is one too.
  // The list goes on after the state's name as written, where a rule's span may end elsewhere.
  for (const found of out.filter((f) => placeCode(f.name) !== null)) {
    const at = s.indexOf(found.name, found.start);
    for (const p of joinedStates(s, at >= 0 ? at + found.name.length : found.end))
      push(out, p.name, 'mediator', p.start, p.end, false, releaser);
  }
  // The state that freed the prisoners is never their go-between. push() refuses the listed
  // releasing states (RELEASING); a releaser outside that list, found by the report's whole
  // tally (release-country.ts), is refused here.
  if (releaser && !RELEASING.has(releaser))
    return out.filter((x) => placeCode(x.name) !== releaser);
  return out;
}

/** Names after a cue or an envoy's title, thanked ones, and the states BY_STATE knows. */
function byCue(s: string, lx: Lexicon, out: MediatorFound[]): void {
  const { envoyAfter, envoyBefore, cue, cueAfter } = rules(lx);
  envoyAfter.lastIndex = 0;
  for (let m = envoyAfter.exec(s); m; m = envoyAfter.exec(s)) {
    push(out, m.groups!.name!, m.groups!.role!.toLowerCase(), m.index, m.index + m[0].length);
  }
  for (const m of envoyBefore.all(s)) {
    const after = m.index + m[0].length;
    const found = nameAfter(s, after);
    // 'an envoy of President Trump': the one who sent the envoy, not the envoy.
    if (!found || (/^\s+of\s/u.test(s.slice(after, after + 4)) && !found.apposition)) continue;
    // The same in a language without 'of', a head of state's title in the genitive right before
    // the name ('odposlancem ameriškega predsednika Donalda Trumpa'): that name is the sender's.
    if (!found.apposition && PRINCIPAL.test(s.slice(after, found.start))) continue;
    push(out, found.name, m.groups!.role!.toLowerCase(), m.index, found.end);
  }
  for (const m of cue.all(s)) {
    // 'facilitated by Oman's foreign ministry': the office is the go-between, as written.
    const office = officeAfter(s, m.index + m[0].length, lx);
    if (office) {
      if (office.code === 'TR' || !RELEASING.has(office.code))
        push(out, office.name, 'mediator', m.index, office.end, true);
      continue;
    }
    const found = nameOrStateAfter(s, m.index + m[0].length);
    secondObject(s, found?.end ?? m.index + m[0].length, m.index, out);
    if (!found) continue;
    // 'with the help of Qatari and Egyptian mediators': an English adjective names its state.
    const name = ENGLISH_ADJECTIVE.test(found.name)
      ? stateOfAdjective(found.name, lx)!
      : found.name;
    push(out, name, 'mediator', m.index, found.end);
    // 'facilitée par les États-Unis et le Qatar', 'brokered by Qatar and Egypt': a second
    // state joined to the first is a go-between too (a state only: 'X and his wife' is not).
    const and = AND_STATE.exec(s.slice(found.end));
    const next = and ? nameAfter(s, found.end + and[0].length) : null;
    if (next && placeCode(next.name)) push(out, next.name, 'mediator', m.index, next.end);
  }
  for (const m of cueAfter?.all(s) ?? []) {
    const found = nameBefore(s, m.index);
    if (found) push(out, found.name, 'mediator', found.start, m.index + m[0].length);
  }
  THANKED.lastIndex = 0;
  for (let m = THANKED.exec(s); m; m = THANKED.exec(s)) {
    const found = nameAfter(s, m.index + m[0].length);
    if (found) push(out, found.name, 'mediator', m.index, found.end);
  }
  if (!BY_STATE_HINT.test(s)) return;
  BY_STATE.lastIndex = 0;
  for (let m = BY_STATE.exec(s); m; m = BY_STATE.exec(s)) {
    const g = m.groups!;
    const name =
      g.name3 ??
      g.name5 ??
      g.name6 ??
      g.name7 ??
      g.name11 ??
      g.name12 ??
      g.name13 ??
      g.name14 ??
      stateOfAdjective(g.name8, lx) ??
      turkish(g.name10) ??
      STATE_OF[g.adj ?? ''] ??
      '';
    push(out, name, 'mediator', m.index, m.index + m[0].length);
  }
}
