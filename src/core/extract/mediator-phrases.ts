// Go-betweens named by the sentence's shape rather than by a cue right before them: the parties
// a deal 'involved', 'X, who helped secure the deal', 'Qatar's mediation', 'X was involved in
// the talks', a verb-last 'vermittelt haben' after its subjects, Japanese 'Xの要請', Chinese
// '在X的斡旋下'. Each gives the spans of names that mediators.ts then filters as any other.
import { ARABIC_SCRIPT } from './caseless-people.ts';
import { nameAfter } from './name-after-cue.ts';
import { findPlaces, placeCode } from './places.ts';

/** A country's name for a code, in the language of the word that named it. */
type NameOf = (code: string, word: string) => string;

export interface NameSpan {
  name: string;
  /**
   * Read from a shape that names a go-between and nothing else ('Egyptian mediation'): a state
   * that often frees prisoners is refused only as the report's own releaser (mediators.ts).
   */
  strong?: boolean;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

// 'talks involving Kigali, Doha and Washington', 'au terme de négociations impliquant le Qatar
// et les États-Unis'.
const INVOLVING =
  /(?<![\p{L}])(?:negotiations|talks|deal|agreement|n[ée]gociations?|pourparlers|accord|negociaci\p{L}+|negociaç\p{L}+|conversaciones|acuerdo|acordo|negoziat\p{L}*|accordo|colloqui|Verhandlungen|Gespräche|Abkommen|переговор\p{L}*|соглашени\p{L}*|rozmow\p{L}*|negocjacj\p{L}*|porozumieni\p{L}*)(?:\s[^.;:]{0,40}?)?\s(?:involving|that involved|which involved|impliquant|qui (?:ont |auraient |aurait |a )?impliqué|que involucr\p{L}+|involucrando|envolvendo|que envolve\p{L}*|coinvolgendo|che (?:hanno |ha )?coinvolto|unter Beteiligung (?:von|der|des)|с участием|при участии|z udziałem)\s+/gu;
// Between two parties of a list: a comma, 'and' or its like, an article.
const LIST_NEXT =
  /^\s*(?:,\s*(?:(?:and|et|y|e|und|и|i|oraz)\s+)?|\s(?:and|et|y|e|und|и|i|oraz)\s+)(?:(?:the|le|la|les|l['’]|el|los|las|il|lo|gli|der|die|den|dem)\s*)?(?=\p{Lu})/u;

function involvedParties(s: string, out: NameSpan[]): void {
  INVOLVING.lastIndex = 0;
  for (let m = INVOLVING.exec(s); m; m = INVOLVING.exec(s)) {
    let at = m.index + m[0].length;
    for (let n = 0; n < 5; n++) {
      const found = nameAfter(s, at);
      if (!found) break;
      out.push({ name: found.name, start: m.index, end: found.end });
      const next = LIST_NEXT.exec(s.slice(found.end));
      if (!next) break;
      at = found.end + next[0].length;
    }
  }
}

// The rules below scan for their verb or noun, whose letters V8 can look for, and then read the
// name written right before it: a rule that starts with the name tries every capital letter.
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})$/u;

/** Each match of an anchor with the name written right before it. */
function nameBeforeAnchor(re: RegExp, s: string, out: NameSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const head = s.slice(Math.max(0, m.index - 60), m.index);
    const name = NAME_BEFORE.exec(head);
    if (!name) continue;
    // 'With Qatar's help': a sentence's first word is capitalised too; the state stays.
    const words = name[1]!.split(' ');
    if (words.length > 1 && !placeCode(words[0]!) && placeCode(words.slice(1).join(' ')))
      name[1] = words.slice(1).join(' ');
    const start = m.index - name[1]!.length;
    out.push({ name: name[1]!, start, end: start + name[1]!.length });
  }
}

// 'o presidente de El Salvador, Nayib Bukele, que ajudou a fechar o acordo', 'Bukele, who helped
// secure the deal': the name before a relative clause of help with the deal or the release.
const HELPED = new RegExp(
  [
    String.raw`\s*,\s*(?:who|which|que|quien|quienes|qui|che|der|die|который|которая|которые|który|która|którzy)\s`,
    String.raw`(?:\p{Ll}+\s){0,2}?`,
    String.raw`(?:helped|ajudou|ajudaram|ayudó|ayudaron|a aidé|ont aidé|aida|ha aiutato|hanno aiutato|aiutò|geholfen|помог\p{L}*|pomógł|pomogła|pomogli)`,
    '(?=[^.;]{0,50}?(?:secur|broker|negotiat|arrang|deal|releas|free|acuerdo|acordo|accord|liberaci|libertaç|libéra|liberazion|rilascio|Freilassung|Abkommen|освобожд|сделк|uwolni|porozumieni))',
  ].join(''),
  'gu',
);

// 'Qatar's facilitation role', 'with Oman's mediation': a possessor of a go-between's part.
const POSSESSOR =
  /['’]s\s(?:\p{Ll}+\s)?(?:mediation|facilitation|good offices|intercession|mediating|brokering|help|assistance|efforts|intervention)(?![\p{L}])/gu;

// 'President Trump was personally involved in the talks', 'X participó en las negociaciones': the subject took part in the talks.
const TOOK_PART = new RegExp(
  [
    String.raw`\s(?:(?:was|were|had been|has been)\s(?:\p{Ll}+\s)?involved\sin|took part in|participated in|participó en|participou (?:das|nas)|a participé aux|ha partecipato ai|hat an den|участвовал\p{L}*\sв)\s`,
    String.raw`(?:the\s|las\s|los\s|)?(?:negotiations|talks|negociaciones|negociações|négociations|negoziati|Verhandlungen|переговорах)`,
  ].join(''),
  'gu',
);

// Any subject of a go-between's verb, not only the states BY_STATE lists: 'Egypt brokered',
// 'Steinmeier vermittelte', 'Catar medió', 'Le Qatar a servi de médiateur'.
const SUBJECT = new RegExp(
  [
    String.raw`\s(?:(?:has|have|had|also|reportedly)\s)?`,
    String.raw`(?:mediated|brokered|helped (?:to )?broker|medió|mediaron|intermedió|mediou|intermediou|ha mediato|hanno mediato|mediò|a servi de médiateur|a joué les médiateurs|vermittelte|vermittelten|bemiddelde|посредничал\p{L}*|pośredniczył\p{L}*)(?![\p{L}])`,
  ].join(''),
  'gu',
);

// A country's adjective before or after a word of mediation: 'Qatari mediation', 'la médiation
// qatarie', 'mediación catarí', 'katarische Vermittlung'. The adjective is read as a place word.
export const MEDIATION_BASE = String.raw`mediation|facilitation|m[ée]diation|mediaci[óo]n|mediazione|mediação|Vermittlung|bemiddeling|mediacj\p{L}*|posredovanj\p{L}*`;
const WORD_BEFORE = /(?<![\p{L}])(\p{L}+)\s$/u;
const WORD_AFTER = /^\s(\p{L}+)/u;

// Plural, gender and case endings the places' adjective lists may lack: 'cataríes' (catarí),
// 'qatarioti' (qatariota), 'katarischen' (katarische), 'qataris' (qatari), 'турецких'
// (турецкий), 'tureckich' (turecki).
const ADJECTIVE_ENDINGS: [RegExp, string][] = [
  [/es$/u, ''],
  [/s$/u, ''],
  [/n$/u, ''],
  [/i$/u, 'a'],
  [/i$/u, 'o'],
  [/e$/u, 'a'],
  [/(?:их|ого|ому|ым|ими|ом)$/u, 'ий'],
  [/(?:ой|ую|ей)$/u, 'ая'],
  [/(?:их|ого|ому|им|ими)$/u, 'ій'],
  [/(?:ich|iego|iemu|im|imi)$/u, 'i'],
];

/** A country's adjective as a place list has it, its plural or gender ending tried off too. */
export function listedAdjective(word: string): string | null {
  if (placeCode(word) || word.length < 5) return placeCode(word) ? word : null;
  for (const [end, to] of ADJECTIVE_ENDINGS) {
    const form = word.replace(end, to);
    if (form !== word && placeCode(form)) return form;
  }
  return null;
}

function byAdjective(s: string, out: NameSpan[], nameOf: NameOf, mediation: RegExp) {
  mediation.lastIndex = 0;
  for (let m = mediation.exec(s); m; m = mediation.exec(s)) {
    const end = m.index + m[0].length;
    const before = WORD_BEFORE.exec(s.slice(Math.max(0, m.index - 30), m.index))?.[1];
    const after = WORD_AFTER.exec(s.slice(end, end + 30))?.[1];
    for (const word of [before, after]) {
      const adj = word ? listedAdjective(word) : null;
      const code = adj ? placeCode(adj) : null;
      if (code) out.push({ name: nameOf(code, adj!), start: m.index, end, strong: true });
    }
  }
}

// Arabic and Persian have no capitals to mark a name: after a cue ('بوساطة', 'با میانجیگری') the
// go-between is a place named within the next two words ('بوساطة قطر', 'بوساطة سلطنة عمان').
const CASELESS_CUE = /(?:وساطة|بوساطة|بناء على طلب|بطلب من|میانجی‌?گری|وساطت|به درخواست)\s+/gu;

function caselessCue(s: string, out: NameSpan[], nameOf: NameOf, cue: RegExp): void {
  cue.lastIndex = 0;
  for (let m = cue.exec(s); m; m = cue.exec(s)) {
    const from = m.index + m[0].length;
    // 'بوساطة عمانية' (Omani mediation): an adjective without its article, listed with it.
    const word = /^\p{L}+/u.exec(s.slice(from))?.[0] ?? '';
    const code = placeCode(`ال${word}`);
    if (code) {
      const end = from + word.length;
      out.push({ name: nameOf(code, `ال${word}`), start: m.index, end, strong: true });
      continue;
    }
    const place = findPlaces(s.slice(from, from + 40))[0];
    if (!place || /\s\S+\s/u.test(s.slice(from, from + place.start))) continue;
    const found = s.slice(from + place.start, from + place.end);
    // A clitic 'و' or 'ب' before the place is no part of its name.
    const name = /^[وب]/u.test(found) && placeCode(found.slice(1)) ? found.slice(1) : found;
    out.push({ name, start: m.index, end: from + place.end });
  }
}

function byGroup(re: RegExp, s: string, out: NameSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const name = m.groups!.name!;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, start, end: start + name.length });
  }
}

// German and Dutch put the verb last: 'Der saudische Kronprinz Mohammed bin Salman soll dabei
// vermittelt haben'. Each name after a title before that verb is a go-between.
const VERB_LAST =
  /(?<![\p{L}])(?:vermittelt|bemiddeld)(?:\s+(?:haben|hatten|hat|hatte|hebben|heeft|had|hadden))?(?=\s*(?:[.,;]|$))/u;
const TITLED =
  /(?<![\p{L}])(?:Scheich|Emir|Kronprinz|Präsident\p{L}*|Premierminister|Außenminister|Sultan|König|Papst|Kardinal|sjeik|emir|kroonprins|president|premier|minister|koning|paus|kardinaal)\s/gu;

function verbLast(s: string, out: NameSpan[]): void {
  const verb = VERB_LAST.exec(s);
  if (!verb) return;
  const clause = s.slice(0, verb.index);
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(clause); m; m = TITLED.exec(clause)) {
    const found = nameAfter(clause, m.index + m[0].length);
    if (found && found.start === m.index + m[0].length)
      out.push({ name: found.name, start: m.index, end: verb.index + verb[0].length });
  }
}

// Japanese puts the party before の: '日本政府の強い要請を踏まえた'; Chinese '在卡塔尔的斡旋下'.
const JAPANESE =
  /(?<name>[\p{sc=Han}\p{sc=Katakana}ー]{2,12})の(?:強い|強力な)?(?:要請|仲介|働きかけ|斡旋)/gu;
// '在卡塔尔的斡旋下', '经卡塔尔斡旋', '通过阿曼的调解', '在阿联酋的帮助下'; not an agent noun
// ('在此次换囚中担任调解人': the one who served as mediator comes before 在).
const CHINESE =
  /(?:在|经|經|通过|通過)(?<name>\p{sc=Han}{2,10}?)的?(?:斡旋|调解|調解|协助|協助|调停|調停|帮助|幫助|努力|协调|協調)(?![人方者员員])/gu;
// An envoy's title and a foreign name written with the middle dot ('特使亚当·博勒'): the dot
// marks where the name starts, and a function word or verb after it where it ends ('参与',
// '表示', '抵达'), as Chinese writes no spaces.
const CHINESE_ENVOY =
  /(?:特使|特别代表|特別代表|谈判代表|談判代表)(?<name>\p{sc=Han}{1,6}(?:[·•]\p{sc=Han}{1,8}?)+)(?=[参與与于在表称稱说說的和已将將前抵访訪会會及曾也，。、；（(\s]|$)/gu;
// 'at the request of': '应德国总统的请求' (the name between 应 and 的请求/要求).
const CHINESE_REQUEST = /[应應](?<name>\p{sc=Han}{2,10}?)(?:的)?(?:请求|要求|請求)/gu;

/**
 * Names a sentence's shape marks as go-betweens, in the order of the rules above. nameOf gives a
 * country's name in the report's language, for a go-between named by its adjective.
 */
/**
 * `mediation` finds the words of mediation a country's adjective may stand next to (the lists'
 * mediationNouns with MEDIATION_BASE; global, case-sensitive).
 */
export function mediatorPhrases(
  s: string,
  nameOf: NameOf,
  mediation: RegExp,
  caseless: RegExp | null = null,
): NameSpan[] {
  const out: NameSpan[] = [];
  involvedParties(s, out);
  nameBeforeAnchor(SUBJECT, s, out);
  byAdjective(s, out, nameOf, mediation);
  if (ARABIC_SCRIPT.test(s)) {
    caselessCue(s, out, nameOf, CASELESS_CUE);
    // The lists' own cues ('بمساعدة', 'بفضل جهود', 'با کمک'), after the ones above.
    if (caseless) caselessCue(s, out, nameOf, caseless);
  }
  nameBeforeAnchor(HELPED, s, out);
  nameBeforeAnchor(POSSESSOR, s, out);
  nameBeforeAnchor(TOOK_PART, s, out);
  verbLast(s, out);
  if (/[\p{sc=Han}\p{sc=Katakana}]/u.test(s)) {
    byGroup(JAPANESE, s, out);
    byGroup(CHINESE, s, out);
    byGroup(CHINESE_REQUEST, s, out);
    byGroup(CHINESE_ENVOY, s, out);
  }
  return out;
}
