// Word lists the rules share: capitalised words that are not names, roles, cues.
import {
  ALL_LANGUAGES,
  bareSource,
  calendarOf,
  hintRegExp,
  orHints,
  perLexicon,
  withWords,
  wordsOf,
} from './lexicons/index.ts';
import { trieSource } from './lexicons/trie-source.ts';
import { PLACES } from './places.ts';
import { alternatives, classTest, EdgeRule, testAfter } from './word-edge.ts';

const NOT_NAME = `
the a an in on at but and or as after before among including during for from of to with by
this that these those his her their its our he she they it we i while when where what who why
how if then than there here about into over under between since until though although also
notably meanwhile however moreover yet still some many most several other others both each all
one two three four five six seven eight nine ten dozens hundreds thousands remain remains
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
human rights right peace prize nobel laureate house white state department union european council
ministry court committee centre center airline airlines belavia belaruskali embassy kremlin
reuters bbc ap afp associated press radio free europe liberty news times post journal street wall
zapad church vatican holy see catholic orthodox christmas easter united nations un eu nato
parliament government opposition regime office agency foundation fund group organisation
organization association viasna amnesty international watch freedom democracy democratic
republic republican national security service kgb police army military forces force air
secretary president minister envoy leader spokesman spokeswoman spokesperson ambassador
chancellor pope cardinal senator representative special deputy chief foreign affairs
prime general director chairman chairwoman head mr mrs ms dr prof sir lady lord
north south east west central eastern western northern southern new old global world
breaking update live exclusive analysis opinion editorial photo video read more
potash fertilizer fertiliser sanctions treasury ofac cia fbi isis hamas
twitter telegram facebook instagram youtube x tiktok
`;

const NOT_NAME_RU = `
в на и с по для от до за из к о об при после перед среди том числе также как что это
президент лидер министр посланник спецпосланник представитель глава власти правительство
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
понедельник вторник среда четверг пятница суббота воскресенье
вясна правозащитный центр белавиа беларуськалий евросоюз ес оон сша кгб мвд
`;

export const NOT_NAME_TOKENS: ReadonlySet<string> = new Set([
  ...NOT_NAME.split(/\s+/).filter(Boolean),
  ...NOT_NAME_RU.split(/\s+/).filter(Boolean),
  ...PLACES.flatMap((p) => p.words.filter((w) => !w.includes(' '))),
  ...wordsOf(ALL_LANGUAGES, 'notName').map((w) => w.toLowerCase()),
  ...calendarOf('months').keys(),
  ...calendarOf('weekdays').keys(),
]);

/** Surnames of heads of state, envoys and exiled leaders who appear in release reports as actors. */
export const KNOWN_ACTORS: ReadonlySet<string> = new Set(
  `lukashenko lukashenka trump putin biden zelensky zelenskyy ortega murillo maduro díaz-canel
  diaz-canel kellogg coale rubio tsikhanouskaya tikhanovskaya tsikhanovskaya latushka erdogan
  erdoğan raisi pezeshkian bukele kallas blinken sullivan macron scholz tusk nauseda nausėda
  grenell witkoff boehler lavrov peskov harris sikorski orban orbán merz starmer
  khamenei chamenei jamenei
  tichanowskaja cichanouska cichanouskiej cichanouską cichanouskaja cichanouskajos tsichanouskaja
  lukaschenko łukaszenka łukaszenko lukašenka loekasjenko
  hlaing
  лукашенко путин трамп байден келлог келлога коул коула тихановская тихановской зеленский
  мадуро латушко рубио`
    .split(/\s+/)
    .filter(Boolean),
);

/** Russian case endings, stripped so 'Колесниковой' and 'Колесникова' compare equal. */
export function cyrillicStem(word: string): string {
  if (!/[\u0400-\u04ff]/u.test(word)) return word;
  // Long endings first, then any final vowels: Сергей/Сергея/Сергею -> серг,
  // Тихановский/Тихановского -> тихановск, Колесникова/Колесниковой -> колесников.
  return word
    .replace(/(?:ого|ому|ыми|ими|ом|ем|ым|им|ой|ей|ую|ам|ах|ях)$/u, '')
    .replace(/[аеёиоуыэюяйьіў]+$/u, '');
}

/** Case forms of a Russian surname that keep its gender: 'Тихановская' is not 'Тихановский'. */
function russianSurnameForms(base: string): string[] {
  if (base.endsWith('ая')) return [base, `${base.slice(0, -2)}ой`, `${base.slice(0, -2)}ую`];
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(base)) {
    return [base, `${base}а`, `${base}у`, `${base}ом`, `${base}е`, `${base}ым`];
  }
  return [base];
}

const ACTOR_FORMS = new Set([...KNOWN_ACTORS].flatMap(russianSurnameForms));

// Latin-script case endings (Polish 'Trumpa', 'Putinem'; Lithuanian 'Nausėdos', 'Trumpui';
// 'Coale'a' with an apostrophe): stripped, and for '-a' names swapped back, to find the actor.
const LATIN_CASE_ENDING = /(?:['’]\p{L}*|owi|em|ie|os|ui|ą|ę|a|u|y|o|e)$/u;

export function isKnownActor(surname: string): boolean {
  const lower = surname.toLowerCase();
  if (ACTOR_FORMS.has(lower)) return true;
  const stem = lower.replace(LATIN_CASE_ENDING, '');
  return (
    stem !== lower && stem.length >= 3 && (ACTOR_FORMS.has(stem) || ACTOR_FORMS.has(`${stem}a`))
  );
}

/**
 * Roles that make a named person an actor rather than a prisoner when written before the name.
 * Not 'кандидат в президенты' nor 'бывший глава': a candidate or former head may be the prisoner.
 */
export const OFFICIAL_ROLE_BEFORE =
  /(?:envoy|emissary|president|minister|spokes(?:wo)?man|spokesperson|secretary|ambassador|official|adviser|advisor|chancellor|dictator|ruler|strongman|autocrat|pope|cardinal|senator|diplomat|negotiator|commissioner|(?:belarusian|belarus's|authoritarian|exiled|country's|russian|cuban|iranian|venezuelan|nicaraguan|opposition-in-exile) leader|foreign policy chief|counterpart|spokesman|посланник\p{L}*|спецпосланник\p{L}*|(?<!кандидат\p{L}*\s+в\s+)президент\p{L}*|министр\p{L}*|представител\p{L}*|пресс-секретар\p{L}*|(?<!(?:бывш|прежн)\p{L}*\s+)глав[аыеу]|правител\p{L}*|диктатор\p{L}*)(?![\p{L}])[,\s]*$/iu;

/** Relatives named in relation to someone ('wife of', 'his wife'): not prisoners themselves. */
export const RELATIVE_BEFORE =
  /(?:(?:his|her|their) (?:wife|husband|spouse|widow|mother|father|son|daughter|brother|sister)|(?:wife|husband|spouse|widow|mother|father|daughter|son) of|(?<![\p{L}])(?:жена|жены|женой|муж|мужа|мужем|супруга|супруги|супругой|супруг|супругом|мать|матерью|отец|отцом|дочь|дочерью|сын|сыном|сестра|сестры|сестрой|брат|брата|братом))(?![\p{L}]),?\s*$/iu;

/** An actor doing something: 'Lukashenko pardoned', 'Coale said', 'Trump thanked'. */
export const ACTIVE_VERB_AFTER =
  /^(?:'s|’s)?\s*(?:,[^,]{0,80},\s*|,\s*)?(?:has |have |had |also |personally |later |then |on \p{L}+ )?(?:pardon(?:ed|s)|releas(?:ed|es)|free[sd]|signed|ordered|agreed|said|says|told|tells|met|meets|welcomed|welcomes|thanked|thanks|announced|announces|wrote|writes|posted|called|praised|hailed|urged|visited|hosted|insisted|denied|claimed|noted|added|stressed|described|characterized|characterised|negotiated|brokered|mediated|helped|accompanied|greeted|spoke|commented|confirmed|declared|promised|warned|sent|dispatched|decided|offered|granted|announc\p{L}+|заявил[аи]?|сказал[аи]?|помиловал|освободил|подписал|поблагодарил|встретился|сообщил[аи]?|отметил[аи]?|приветствовал[аи]?)\b/iu;

/** Phrases that put a named speaker among the freed despite a speech verb. */
export const SELF_RELEASE =
  /(?:(?:his|her|their) (?:release|freedom|imprisonment|years in prison)|(?:he|she|they) (?:was|were|had been) (?:freed|released|pardoned)|after being (?:freed|released)|since (?:his|her) release|своего освобождения|после освобождения)/iu;

// English, Russian and Belarusian phrase rules; other languages come from lexicons/*.json.
// Words that report a release ...
const STRONG_WORDS = String.raw`releas(?:e|ed|es|ing)|freed|frees|freeing|set free|walk(?:s|ed|ing)? (?:free|out)|let (?:\p{L}+ ){0,3}go|let out|turned loose|pardon(?:ed|s|ing)?|liberated|swap(?:ped)?|expelled|deportation|освобо[дж]\p{L}*|помилова\p{L}*|на свободу|вышл[аи]|вызвал\p{L}*|памілава\p{L}*|на волю|выпущен\p{L}*|выпустил\p{L}*`;
// ... and words that only make a sentence about releases.
const WEAK_WORDS = String.raw`set loose|free (?:man|woman|people)|freedom|liberat(?:ed|ion)|exchanged?|amnest(?:y|ied)|deported|expulsion|handed over|crossed into|arrived in|among those|among the (?:freed|released)|post-release|includ(?:ed|ing|es)|among them|на свободе|отпущен\p{L}*|обмен\p{L}*|депортирова\p{L}*|выслан\p{L}*|вывезен\p{L}*|передан\p{L}*|в том числе|среди (?:них|освобожденных|освобождённых)`;

// Every strong cue is a release cue too (analyseSentence tests the strong cue only after it).
const RELEASE_CUE_BASE = new RegExp(
  String.raw`(?<![\p{L}])${trieSource(alternatives(`${STRONG_WORDS}|${WEAK_WORDS}`))}(?![\p{L}])`,
  'iu',
);
const STRONG_RELEASE_CUE_BASE = new RegExp(
  String.raw`(?<![\p{L}])${trieSource(alternatives(STRONG_WORDS))}(?![\p{L}])`,
  'iu',
);

const NOT_RELEASED_BASE =
  /(?<![\p{L}])(?:not (?:among|been (?:freed|released|pardoned)|freed|released|pardoned|included)|(?:is|are|remains?) (?:serving|still|in prison|behind bars|jailed|in isolation)|remain(?:s|ed)? (?:in (?:prison|jail|custody)|behind bars|jailed|imprisoned)|still (?:imprisoned|jailed|detained|behind bars|in (?:prison|jail|custody))|refused to (?:free|release)|не (?:вошл\p{L}*|был\p{L}* освобожд\p{L}*|освобожд\p{L}*)|остается за решеткой|остаётся за решёткой)(?![\p{L}])/iu;

// A pre-test for the release cues: a piece of text every one of their words holds.
const RELEASE_HINT_BASE =
  'releas|free|walk|let |loose|pardon|liberat|swap|expell|deport|expulsion|handed over|crossed into|arrived in|among|includ|exchange|amnest|освобо|помилова|на свобод|вышл|вызвал|памілава|на волю|выпущен|выпустил|отпущен|обмен|депортирова|выслан|вывезен|передан|в том числе|среди';

export interface CueRules {
  /** A cheap pre-test: no release cue (strong or not) where it fails. */
  hint: RegExp;
  /** Words that make a sentence talk about freeing prisoners, in the set's lists too; every
   * strong cue is one. */
  release: RegExp;
  /** Stronger cues: the sentence itself reports a release. */
  strongRelease: RegExp;
  /** release and strongRelease as tests, their word edges checked in code (word-edge.ts). */
  releaseTest: EdgeRule;
  strongReleaseTest: EdgeRule;
  /** Sentences that say someone was not freed: everyone named in them stays a prisoner. */
  notReleased: RegExp;
  /**
   * A cheap pre-test for notReleased: a word of every one of its negations, the lists' too
   * (hintSource). It must let through every sentence notReleased can match.
   */
  negationHint: RegExp;
}

/** The release, strong-release and negation cues of a set of word lists. */
export const cueRules = perLexicon((lx): CueRules => {
  // A superset of strongRelease: its words and lists, and more.
  const release = withWords(RELEASE_CUE_BASE, [
    ...wordsOf(lx, 'release'),
    ...wordsOf(lx, 'releaseWeak'),
  ]);
  const strongRelease = withWords(STRONG_RELEASE_CUE_BASE, wordsOf(lx, 'release'));
  return {
    hint: hintRegExp(`${RELEASE_HINT_BASE}${orHints(lx, 'release', 'releaseWeak')}`),
    release,
    strongRelease,
    releaseTest: new EdgeRule(release),
    strongReleaseTest: new EdgeRule(strongRelease),
    notReleased: withWords(NOT_RELEASED_BASE, wordsOf(lx, 'notReleased')),
    negationHint: hintRegExp(
      `not |remain|serving|still|in prison|behind bars|jailed|in isolation|refused|не |остается|остаётся${orHints(lx, 'notReleased')}`,
    ),
  };
});

// Roles are read by name (people.ts): a title belongs to the name, whatever the report's
// language, so every list's roles count.
const ROLES_ELSEWHERE = bareSource(wordsOf(ALL_LANGUAGES, 'officialRoles'));
/** One word that is a role in some language's list: German and Polish titles are capitalised. */
export const OFFICIAL_ROLE_WORD_ANY = ROLES_ELSEWHERE
  ? new RegExp(`^${ROLES_ELSEWHERE}$`, 'iu')
  : null;
// Its leading edge (no letter before) is checked in code: see word-edge.ts.
const ROLE_BEFORE_ANY = ROLES_ELSEWHERE
  ? new RegExp(String.raw`${ROLES_ELSEWHERE}(?![\p{L}])[,\s]*$`, 'giu')
  : null;
const isLetter = classTest(/\p{L}/u);

/** Roles, in any language's list, written before a name ('inviato speciale', 'Sondergesandter'). */
export function officialRoleBeforeAny(s: string): boolean {
  return ROLE_BEFORE_ANY !== null && testAfter(ROLE_BEFORE_ANY, s, isLetter);
}
