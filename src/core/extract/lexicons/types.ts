// The shape of a language's word list (lexicons/<language>.json). Every list is optional: a
// language adds what it has. Entries are lowercase words or phrases; see compile.ts for the
// few marks an entry may carry ('*' for any ending, a leading '*' for a clitic prefix).
import type { CountQualifier } from '../contract.ts';

export interface LexiconData {
  /** ISO 639-1 code(s) this list serves: 'hr' also serves 'sr' and 'bs'. */
  languages: string[];
  /** Words that report a release: 'liberati', 'scarcerat*', 'freigelassen'. */
  release?: string[];
  /** Words that make a sentence about releases without reporting one: 'amnistia', 'scambio'. */
  releaseWeak?: string[];
  /** A release verb directly before a count: 'liberó a' 52, 'freigelassen wurden' is not one. */
  verbBeforeCount?: string[];
  /** After a count, words that say those people were freed: 52 'wurden freigelassen'. */
  releasedAfterCount?: string[];
  /** Nouns for the people counted: 'presos', 'Gefangene', 'więźniów'. */
  prisonerNouns?: string[];
  /** Words that may stand between a number and its noun: 'politische', 'politycznych'. */
  countModifiers?: string[];
  /**
   * Units of age written onto a number between a count and its noun ('一名71歲男子': 歲, years
   * old): the age is a modifier of the noun, not a second count.
   */
  ageUnits?: string[];
  /** Words that open a sentence telling the story's past ('напомним', 'previously', 'ранее'). */
  reminderWords?: string[];
  /** The word between a year and its day and month ('২০১৮ সালের ৫ আগস্ট': of the year 2018). */
  yearWords?: string[];
  /**
   * Counter words that bind a number to people ('一名', '一位'): with one, a count of one
   * person, where a bare 'one' (English 'one of', Spanish 'un') is no count.
   */
  personCounters?: string[];
  /**
   * 'Other' after a number: 'five other defendants', 'drei weitere', 'trois autres'. A number
   * followed by one of these counts people in a detention sentence, whatever the noun after.
   */
  otherWords?: string[];
  /** Before a number, words that make it a part of the count: 'tra cui', 'darunter'. */
  subsetBefore?: string[];
  /** Sentences that say someone was not freed: 'non è stato liberato', 'bleibt in Haft'. */
  notReleased?: string[];
  /** Before a number: those counted died or were killed, not freed ('the deaths of', 'στο θάνατο'). */
  deathBefore?: string[];
  /**
   * Before a name, a few words apart at most: the person named is dead ('the late', 'покойный',
   * 'feu', 'الراحل', 'merhum'), so not freed in the report (release-deceased.ts).
   */
  lateWords?: string[];
  /**
   * Sentenced without being held: 'in absentia', 'par contumace', 'en état de liberté', 'заочно',
   * 'غيابيا'. A sentence with one names people a pardon reaches who were never in prison
   * (release-deceased.ts).
   */
  absentiaWords?: string[];
  /** After a number: it counts people still held ('siguen presos', 'remain'). */
  remainAfter?: string[];
  /**
   * Right before a figure of people still held with no noun after it: the verb says who they
   * are ('still holds' more than 1,100, 'aún mantiene', 'détient toujours').
   */
  stillHoldBefore?: string[];
  /** Number words: 'cinque': 5, 'dwunastu': 12. */
  numbers?: Record<string, number>;
  /** Words that give a lower bound only: 'decine': 20, 'hunderte': 200. */
  vague?: Record<string, number>;
  qualifiers?: Partial<Record<Exclude<CountQualifier, 'exact'>, string[]>>;
  /** Twelve lists, January first: every form a month takes ('settembre', 'września'). */
  months?: string[][];
  /** Seven lists, Sunday first. */
  weekdays?: string[][];
  /** Twelve lists, Farvardin first: the Solar Hijri months of Iranian news ('اسفند'). */
  solarMonths?: string[][];
  /** The word for 'day' before a day and month in digits ('ngày 7/6/2018'): day first, any separator. */
  dayWords?: string[];
  today?: string[];
  yesterday?: string[];
  /** Before a date, words that make it part of a person's story: 'arrestato', 'verurteilt'. */
  storyBefore?: string[];
  /** Capitalised words that are not names: articles, months, institutions. */
  notName?: string[];
  /**
   * Scripts without capitals (caseless-people.ts): words or phrases a person's name follows,
   * such as 'المواطن' (the citizen), 'إطلاق سراح' (the release of) or 'شهروند'.
   */
  nameLeads?: string[];
  /** Scripts without capitals: function words that end a name or cannot be part of one. */
  nameStops?: string[];
  /** Scripts without capitals: a word after a sentence's first two words that makes them a name ('از'). */
  nameOpenedBy?: string[];
  /** Scripts without capitals: verbs of compound verbs ('کرد'); the word before them is their noun. */
  nameLightVerbs?: string[];
  /** Country code -> the words that name it in this language ('bielorussia', 'białorusi'). */
  places?: Record<string, string[]>;
  /** Roles that make a person named after them an actor: 'presidente', 'Sondergesandter'. */
  officialRoles?: string[];
  /**
   * Singular nouns of who a person is, written in lower case right before their name: 'blogger',
   * 'gazeteci', 'militant'. Two to four capitalised words after one are a name (noun-led-people.ts).
   * An entry written capitalised ('Studentin') is a noun its language always capitalises: it
   * leads a name wherever it stands.
   */
  personNouns?: string[];
  /** Given names that start a person's name in this language's press ('José', 'Mehmet'). */
  givenNames?: string[];
  /**
   * Family names that open a person's name where the family name comes first, written as the
   * press capitalises them, marks and all (Vietnamese 'Nguyễn', 'Lê'): a run of two to four
   * capitalised words opened by one is a name (people.ts). Only a report read with
   * this list looks for them, so 'Lê' is no name in a French report.
   */
  familyNames?: string[];
  /**
   * Words right before a place's name ('tỉnh Thái Bình', 'tại Hà Nội'): a run right after one,
   * opened by a familyNames word, is that place and no person.
   */
  placeNouns?: string[];
  /** Before a name or a state: it brokered the deal ('con la mediazione di', 'mediación de'). */
  mediatorCues?: string[];
  /**
   * After a name or a state: it brokered the deal, in languages that put the word after its
   * object ('Katar közvetítésével', 'Կատարի միջնորդությամբ', 'কাতারের মধ্যস্থতায়').
   */
  mediatorCuesAfter?: string[];
  /**
   * Nouns of mediation a country's adjective stands next to: 'mediazione' qatariota,
   * 'катарскому посредничеству', 'katarischer Vermittlung' (the adjective is then the go-between).
   */
  mediationNouns?: string[];
  /**
   * A state's offices that broker deals, named with the state after a mediator cue: 'foreign
   * ministry', 'government', 'intelligence service', 'gouvernement', 'Regierung', 'правительств*'.
   */
  officeNouns?: string[];
  /**
   * Finite verbs whose subject brokered the deal ('brokered', 'medió', 'a négocié', 'vermittelte',
   * 'посредничал*'): the name right before one (or a verb-last clause's first state) is a go-between.
   */
  goBetweenVerbs?: string[];
  /** Agent nouns of a go-between ('mediator', 'intermediario', 'Vermittler', 'посредник*'). */
  mediatorNouns?: string[];
  /** Verbs before a mediatorNouns word that make their subject one ('acted as', 'actuó como'). */
  actingAs?: string[];
  /** Verbs of playing a part ('played', 'desempeñó', 'a joué', 'сыграл*', 'oynadı', '发挥了'). */
  roleVerbs?: string[];
  /** The part played ('role', 'papel', 'rôle', 'Rolle', 'роль', 'rol', 'دورا', 'نقش', '作用'). */
  roleNouns?: string[];
  /** What a part is played in, for roleVerbs: the release, the swap, the deal, the talks. */
  dealWords?: string[];
  /**
   * Verbs of help ('helped', 'ayudó', 'half', 'помог'): their subject is a go-between only when
   * what it helped is the release or the deal (a dealWords word right after the verb).
   */
  helpVerbs?: string[];
  /** Verbs of thanks ('thanked', 'agradeció', 'dankte', 'поблагодарил*'), for thanksFor. */
  thankVerbs?: string[];
  /**
   * The go-between's part a thanked one played, after 'for' ('mediation', 'mediación',
   * 'Vermittlung', 'посредничество'): thanks for it make the thanked a go-between; thanks for
   * help or efforts do not (a report thanks the side that freed or received the prisoners so).
   */
  partNouns?: string[];
  /** Envoy titles written next to a name ('inviato speciale', 'enviado especial'). */
  envoyRoles?: string[];
  /** Who a figure of people still held comes from: 'secondo', 'según', 'laut', 'według'. */
  accordingTo?: string[];
  /** Words for sanctions ('sanzioni', 'Sanktionen'). */
  sanctions?: string[];
  /** Verbs or nouns of easing them ('revoca', 'levantamiento', 'gelockert'). */
  reliefWords?: string[];
  /** Words of an embassy or diplomatic ties being restored ('riapertura dell'ambasciata'). */
  embassyWords?: string[];
  /** Before the other side of a swap: 'in cambio di', 'a cambio de', 'im Austausch gegen'. */
  exchangeFor?: string[];
  /** A swap named as such, whatever the other side: 'gevangenenruil', 'ont été échangés'. */
  swapWords?: string[];
  /** Talk of a possible step, not a done one: 'potrebbe', 'podría', 'könnte'. */
  hedges?: string[];
  /**
   * Words by which a writer passes a release on as hearsay, not as fact ('presuntamente',
   * 'podobno', 'aurait été', 'якобы'): release-hearsay.ts.
   */
  hearsay?: string[];
  /** Sanction targets: 'potash' / 'airline' / 'Belavia' / 'banks' -> this language's words. */
  targets?: Record<string, string[]>;
  /** Verbs of taking the freed somewhere ('trasferiti', 'deportados', 'gebracht'). */
  moveVerbs?: string[];
  /**
   * A border: a country next to one, in a sentence that moves the freed, is where they went
   * ('border', 'frontière', 'Grenze', 'granic*', 'határ*'). Word-final adjective or 'with X'.
   */
  borderWords?: string[];
  /** Prepositions between such a verb and the country ('in', 'a', 'nach', 'do', 'į'). */
  toWords?: string[];
  // Detentions (issue 20, src/core/extract/detentions.ts): the words of each kind of event.
  /**
   * Verbs of saying: a name right after one ('said X', 'a indiqué Me X') or right before one
   * ('X, ..., informó que') is who speaks, not who is held (detention-bystanders.ts).
   */
  speechVerbs?: string[];
  /** Lawyers: 'lawyer', 'адвокат*', 'abogad*'. One of someone, or one who speaks, is held by no one. */
  lawyerNouns?: string[];
  /**
   * Kin: 'wife', 'esposa', 'moeder', 'брат'. After a possessive ('his wife X', 'su esposa X')
   * the name is a relative's, not one of the freed (release-bystanders.ts).
   */
  relativeNouns?: string[];
  /** Pronouns that open a sentence about one person: 'she', 'er', 'elle', 'он' (pronoun-freed.ts). */
  subjectPronouns?: string[];
  /** Nouns with the possessive written on ('avukatı', 'eşi'): a name after one is that person's. */
  possessedNouns?: string[];
  /**
   * Words of continuing: 'still', 'remains', 'reste', 'sigue', 'hâlâ', 'لا يزال', 'همچنان'. With a
   * word of custody a few words on ('remains in prison', 'لا يزال الصحفي X في السجن') they say
   * someone is held (release-still-held.ts).
   */
  stillWords?: string[];
  /** Custody: 'in prison', 'behind bars', 'détenu*', 'tutuklu', 'في السجن', 'در زندان'. */
  custodyWords?: string[];
  /**
   * 'With' as a companion's mark: 'together with', 'avec', 'insieme a', 'razem z', 'ile', 'مع',
   * 'همراه با'. Beside a word of arrest or sentence it names who shared the detention, not
   * who shares the release (release-companions.ts).
   */
  companionWords?: string[];
  /**
   * Before a name the story only refers to, who is not held in it: 'the death of', 'памяти',
   * 'que lidera', 'yerno de', 'Свободу' (detention-bystanders.ts).
   */
  referenceBefore?: string[];
  /**
   * Nouns whose owner is the name after them, who is not held: 'supporters of', 'штаба',
   * 'zwolenników'. Slavic entries are case forms no person stands in apposition with
   * (organisations, plurals), since 'соратник Иван Жданов' is Zhdanov (detention-possessor.ts).
   */
  possessorNouns?: string[];
  /**
   * Nouns of a trial or its hearing ('trial', 'juicio', 'процесс', 'محاكمة'): a sentence with one
   * and one date, telling no event itself, dates the report's undated verdicts
   * (detentions.ts, hearingDate).
   */
  hearingNouns?: string[];
  /**
   * Before a count in its clause: the count is a running total or a comparison, not one event's
   * people ('elevando la cifra total a', 'insgesamt', 'цяпер', 'a decrease of').
   */
  totalWords?: string[];
  /** Right before a count: it names a group told of already ('All seven', 'Tous les six'). */
  allWords?: string[];
  /**
   * A prison term named as a loss of liberty ('privación de libertad', 'laisvės atėmimas'): its
   * liberty word is no release, which other lists' stems ('libertad*') would read in it.
   */
  deprivationWords?: string[];
  /** Between a term and the name it is given to in a headline: '8 lat kolonii dla', 'for'. */
  termForWords?: string[];
  /** Someone taken into custody: 'arrested', 'задержан*', 'detenid*'. */
  arrestWords?: string[];
  /** Charges brought: 'charged with', 'обвинен*', 'acusad*'. */
  chargeWords?: string[];
  /** A court's sentence: 'sentenced', 'приговорил*', 'condenad*'. */
  sentenceWords?: string[];
  /**
   * Verbs that tell a verdict only when a term follows within a few words: 'получили по 9 лет',
   * 'got a 6 1/2 year prison term', 'atrymaŭ 10 hadoŭ', 'erhielt fünf Jahre'.
   */
  termVerbs?: string[];
  /**
   * Custody pending investigation or trial: 'pretrial detention', 'على ذمة التحقيق', 'prisión
   * preventiva', 'мера пресечения'. A verdict or extension word near one is a remand: an arrest.
   */
  remandWords?: string[];
  /** Moved to another prison, colony or hospital: 'transferred', 'этапирован*'. */
  transferWords?: string[];
  /** Recognised as a political prisoner (with a politicalPrisoner word near): 'recognised'. */
  recognitionWords?: string[];
  /**
   * Put on a list of political prisoners: 'added to the list', 'внесен* в список'. A recognition
   * when the report speaks of political prisoners anywhere and the sentence frees no one.
   */
  listAddWords?: string[];
  /**
   * The word 'list' in its forms ('list', 'списк*', 'lista', 'liste*'): with a listVerbs word
   * before it in its clause ('added five people to its list', 'внес в свои списки') or a
   * listVerbsAfter word after it ('списки пополнили', 'listesine eklendi'), a listAddWords cue.
   */
  listNouns?: string[];
  /** Verbs of putting on a list, before the list: 'added', 'внес*', 'wpisał*', 'ajout*'. */
  listVerbs?: string[];
  /** Verbs with the list before them: 'пополнил*' (the list was joined), Turkish 'ekle*'. */
  listVerbsAfter?: string[];
  /** 'political prisoner*', 'политзаключенн*', 'pres* polític*'. */
  politicalPrisoner?: string[];
  /** A term extended or added: 'extended', 'продлил*', 'новый срок'. */
  extensionWords?: string[];
  /** Units of a prison term after a number: 'years', 'лет', 'años'. */
  termYears?: string[];
  termMonths?: string[];
  termDays?: string[];
  /** Words adding half a unit to a term: 'and a half', 'y medio', 'с половиной', 'ونصف'. */
  termHalf?: string[];
  /** A prosecutor's demand before a term, which is then no verdict: 'asked for', 'запросил*'. */
  requestWords?: string[];
  /** Before the part of a term served or suspended: 'of which', 'dont', 'из них', 'davon'. */
  termPart?: string[];
  /** Between two terms on two charges that add up: 'plus', 'فضلا عن'. */
  termPlus?: string[];
  /** Words that are a one-year term without a number: 'к году', Arabic 'لعام' ('for a year'). */
  termOneYear?: string[];
  /** Words that are a term of a year and a half: 'полтора года', 'anderthalb Jahre'. */
  termYearAndHalf?: string[];
  /**
   * A unit in the dual, a term of two with no number, with its prison word (Arabic 'بالسجن
   * سنتين', 'عامين حبسا'): the bare dual is left out, since 'منذ عامين' is two years ago.
   */
  termTwoYears?: string[];
  /** The same for months: Arabic 'بالحبس شهرين'. */
  termTwoMonths?: string[];
  /** A life term: 'life imprisonment', 'пожизненн* заключени*'. */
  lifeTerm?: string[];
  /** Where a term is served: 'strict-regime penal colony', 'колони* общего режима'. */
  regimes?: string[];
  /**
   * Words a full stop shortens that stand inside a sentence, written lowercase without their last
   * stop ('ds' for 'ds.', 'm.in', 'z.b'): a stop after one ends no sentence (text.ts). Only
   * words that rarely end a sentence belong here.
   */
  abbreviations?: string[];
  /** Before the number of a criminal-code article: 'article', 'ст.', 'artículo'. */
  articleWords?: string[];
  /** The last (or first) word of a court's name: 'court', 'суд', 'tribunal'. */
  courtWords?: string[];
  /**
   * Country code -> organisations that recognise its political prisoners ('BY': 'viasna',
   * 'RU': 'мемориал', 'VE': 'foro penal'); 'XX' for international ones, of no one country.
   */
  recognisers?: Record<string, string[]>;
}
