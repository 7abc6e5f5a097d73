// Detentions of a report (issue 20): per person and status event (arrest, charge, sentence,
// transfer, recognition, extension) one item, and one per unnamed count ('30 detained').
// Runs over the sentences analyseSentence read: its people and the report's country are reused.
// The parts of a sentence are read in detention-parts.ts, who each event is about in
// detention-people.ts, the items and their settling in detention-items.ts.
import type { SentenceFacts } from './analyse.ts';
import { CASELESS_SCRIPT } from './caseless-people.ts';
import type { ExtractedDetention, NamedSpan, PrisonTerm } from './contract.ts';
import { findDates } from './dates.ts';
import { aggregates, unnamedOne } from './detention-aggregates.ts';
import { heldOnly } from './detention-bystanders.ts';
import { affirmed, agent, governing, judicial } from './detention-clause.ts';
import { deprivedOnly } from './detention-deprived.ts';
import { groupVerdicts } from './detention-groups.ts';
import { hearingDate } from './detention-hearing.ts';
import { countItem, giveTerm, personItem, VERDICT } from './detention-items.ts';
import { findRecogniser } from './detention-named.ts';
import {
  type DetentionInput,
  dateOf,
  named,
  readParts,
  type SentenceParts,
  span,
} from './detention-parts.ts';
import { candidates, carried, cuesOf, firstOfEachKind, listedAfter } from './detention-people.ts';
import { recognisedMembers } from './detention-recognised.ts';
import {
  type Cue,
  type DetentionRules,
  detentionRules,
  findCues,
  findListAdds,
  speaksOfPrisoners,
} from './detention-rules.ts';
import { type EventDate, settle } from './detention-settle.ts';
import { findTerms } from './detention-terms.ts';
import { type PersonPath, tagPerson } from './detention-trace.ts';
import { GEORGIAN } from './georgian-people.ts';
import { listAround } from './name-list.ts';
import type { PersonMention } from './people.ts';
import { personKey } from './released-people.ts';
import { knownSurnames, longerNameOf, surnameMentions } from './surname-mentions.ts';
import { lastWords, titledShortNames } from './titled-short-names.ts';

export function findDetentions(input: DetentionInput): ExtractedDetention[] {
  const rules = detentionRules(input.lx);
  if (!rules.kindHint || rules.kinds.length === 0) return [];
  const out: ExtractedDetention[] = [];
  let reportRecogniser: NamedSpan | null | undefined;
  // Who recognises political prisoners says whose they are ('Viasna': Belarus's) when no
  // place in the report does.
  let recognisedIn: string | null = null;
  const recogniserOf = () => {
    if (reportRecogniser === undefined) {
      const found = findRecogniser(input.text, rules);
      recognisedIn = found?.country ?? null;
      reportRecogniser = found ? named(input.text, found.start, found.end) : null;
    }
    return reportRecogniser;
  };
  const facts = input.facts.map((f) =>
    f.strong && deprivedOnly(f.sentence.text, input.lx) ? { ...f, strong: false } : f,
  );
  let prisoners: boolean | undefined;
  const aboutPrisoners = () => {
    prisoners ??= speaksOfPrisoners(input.text, rules);
    return prisoners;
  };
  let sentencedAt = -1;
  // The verdicts of the last sentence that gave people no term, for a later sentence's term.
  let untermed: { at: number; items: ExtractedDetention[] } = { at: -Infinity, items: [] };
  // The last sentence that gave a verdict's term to no one it named, for the people of the next.
  let termless: { at: number; parts: SentenceParts } | null = null;
  let known: ReturnType<typeof knownSurnames> | undefined;
  let lasts: ReturnType<typeof lastWords> | undefined;
  // The last sentence telling an event of no one it names, for the names of the next.
  let unnamed: Unnamed | null = null;
  // People whose 'release' is only a weak cue in a sentence that tells their verdict or arrest.
  const doubted = new Set<string>();
  // Where the sentence telling each person's event ends.
  const told = new Map<ExtractedDetention, number>();
  // The one term of each verdict count's sentence, for the group's named members.
  const groupTerms = new Map<ExtractedDetention, PrisonTerm>();
  // Dates of events a sentence tells of no one it names or counts, per kind: the day of the
  // report's trial or raid for the named people told later without a date.
  const eventDates: EventDate[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    // findCues pre-tests the sentence for each kind's words and for term units itself.
    // Not an event its clause negates or only asks for ('was not arrested', 'could be arrested').
    let cues = affirmed(
      f.sentence.text,
      findCues(f.sentence.text, rules),
      input.language,
      input.lx,
    );
    // Not in a sentence that frees people; a weak release word (deported) does not count.
    const adds = f.strong ? [] : findListAdds(f.sentence.text, rules);
    if (adds.length > 0 && aboutPrisoners()) cues = withListAdds(cues, adds);
    if (cues.some((c) => c.kind === 'sentence')) sentencedAt = i;
    // A charge word alone ('five years on the charge of ...') still continues the verdict.
    else if (
      cues.every((c) => c.kind === 'charge') &&
      sentencedAt >= 0 &&
      i - sentencedAt <= ELLIPTIC_REACH
    )
      cues = [...ellipticCues(f, facts[i - 1]!, i - sentencedAt, input, rules), ...cues];
    if (cues.length === 0) {
      if (unnamed?.at === i - 1) {
        out.push(...namedNext(unnamed, f, input).map((d) => tagPerson(d, 'named-next')));
        // 'The court sentenced four activists. They are:' and a list: the list is that event's.
        if (/:\s*$/u.test(f.sentence.text))
          out.push(
            ...introducedList(unnamed, facts, i, input, rules).map((d) =>
              tagPerson(d, 'introduced-list'),
            ),
          );
      }
      // 'The trial of X was held on 12 May': the day of the verdicts told after it undated.
      const trial = f.strong ? null : hearingDate(f.sentence.text, f.sentence.start, input);
      if (trial) eventDates.push({ kind: 'sentence', date: trial });
      continue;
    }
    known ??= knownSurnames(facts);
    lasts ??= lastWords(facts);
    // Which path found each name, for scripts/real-detention-paths.ts (detention-trace.ts).
    const found = new Map<PersonMention, PersonPath>();
    const from = (path: PersonPath, ps: PersonMention[]) => {
      for (const p of ps) if (!found.has(p)) found.set(p, path);
      return ps;
    };
    const people = heldOnly(
      [
        ...from('sentence', candidates(f.people, input.text)),
        ...from('surname', surnameMentions(f, known, i)),
        ...from('titled', titledShortNames(f, lasts, input.lx)),
      ].sort((a, b) => a.start - b.start),
      f.sentence,
      cues,
      input.lx,
    ).filter((p) => !agent(p, f.sentence) && !judicial(p, f.sentence));
    const parts = readParts(f, cues, input, rules, recogniserOf, people);
    let counts = f.strong ? [] : aggregates(parts, input);
    // 'A young activist was sentenced ... X, a member of Y, is the ninth': the unnamed one is
    // the person the next sentence names, not a group of one.
    if (counts.length === 0 && people.length === 0 && !f.strong && !namesNext(facts, i))
      counts = unnamedOne(parts, input);
    const named =
      people.length > 0
        ? people
        : counts.length > 0
          ? []
          : carried(facts, i, input.text, input.lx, parts.terms.length);
    const kinds = firstOfEachKind(cues);
    // A sentence that names no one may still be followed by its people ('... skazanych na 3
    // lata. Są to: A, B i C'), whoever was carried to it from before.
    // A count's people may be named next too ('condamné 3 détenus ... Il s'agit de A, B et C').
    unnamed = people.length === 0 && !f.strong ? { at: i, parts, kinds } : null;
    if (named.length === 0 && counts.length === 0) {
      if (i - untermed.at <= ELLIPTIC_REACH) giveTerm(untermed.items, parts, input);
      if (parts.terms.length > 0) termless = { at: i, parts };
    }
    const items = named.flatMap((p) =>
      governing(
        f.sentence.text,
        cuesOf(p, named, kinds, f.sentence),
        input.language,
        people.length === 0,
      ).map((cue) =>
        tagPerson(
          personItem(parts, cue, p, named, input),
          people.length > 0 ? (found.get(p) ?? 'sentence') : 'carried',
        ),
      ),
    );
    if (f.release && !f.strong) for (const d of items) doubted.add(personKey(d.person!.name));
    const open = items.filter((d) => VERDICT.has(d.kind) && !d.sentence);
    // 'An activist was sentenced to three and a half years. A, a member of B, is the eighth
    // activist sentenced': the term told just before reaches the people named after it.
    if (termless && i - termless.at <= TERM_BEFORE_REACH && open.length > 0) {
      giveTerm(open, termless.parts, input);
      termless = null;
    }
    if (open.length > 0) untermed = { at: i, items: open };
    for (const d of items) told.set(d, f.sentence.end);
    out.push(...items);
    if (items.length === 0 && counts.length === 0 && !f.strong && parts.dates.length > 0)
      for (const cue of kinds) {
        const date = dateOf(parts, cue);
        if (date) eventDates.push({ kind: cue.kind, date });
      }
    for (const c of counts) {
      const item = countItem(parts, c, input);
      // The first term: a later one is a second penalty ('and five years of supervision').
      const [term] = parts.terms;
      if (VERDICT.has(item.kind) && term)
        groupTerms.set(item, { ...term, evidence: span(f.sentence, input.text, term) });
      out.push(item);
    }
    // A list: the names under an introduction ending in ':' share its event ('Recognised as
    // political prisoners:', 'Tutuklanan gazetecilerin isimleri şöyle:').
    const intro = cues.find((c) => c.kind === 'recognition') ?? cues[0];
    if (intro && /:\s*$/u.test(f.sentence.text)) {
      for (const p of listedAfter(facts, i, rules))
        out.push(tagPerson(personItem(parts, intro, p, [p], input), 'listed'));
    }
  }
  if (!input.country && out.length > 0) {
    recogniserOf();
    for (const d of out) d.country ??= recognisedIn;
  }
  // 'Among them the priest Sergei R., sentenced to 16 years': 'among them' reads as a release
  // cue, but the sentence tells his verdict; that reading makes no history of it.
  // 'Bialiatski was sentenced to ten years ... he was released in 2011': a release told only
  // after the event is the person's past, not what makes the event history.
  const freed = new Set(
    out.filter((d) => {
      const key = d.person ? personKey(d.person.name) : null;
      const at = key && !doubted.has(key) ? input.released.get(key) : undefined;
      return at !== undefined && at <= (told.get(d) ?? -1);
    }),
  );
  out.push(...groupVerdicts(out, groupTerms).map((d) => tagPerson(d, 'group')));
  out.push(
    ...recognisedMembers(out, facts, input.text, input.lx).map((d) => tagPerson(d, 'recognised')),
  );
  // 'Suu Kyi' told after 'Aung San Suu Kyi': the full name.
  const full = facts.flatMap((f) => candidates(f.people).map((p) => p.name));
  for (const d of out)
    if (d.person) d.person.name = longerNameOf(d.person.name, full) ?? d.person.name;
  return settle(out, freed, input, eventDates);
}

interface Unnamed {
  at: number;
  parts: SentenceParts;
  kinds: Cue[];
}

/**
 * 'Two of his colleagues were also convicted. They are A and B.': a sentence that names people
 * and tells no event of its own, right after one that told an event of no one it named, in the
 * same paragraph, names who that event was about.
 */
function namedNext(unnamed: Unnamed, f: SentenceFacts, input: DetentionInput) {
  const prev = unnamed.parts.f.sentence;
  const paragraph = input.text.slice(prev.end, f.sentence.start).includes('\n\n');
  // The names open the sentence ('Son A y B', 'Il s'agit de A et B'), as one list.
  const people = heldOnly(candidates(f.people, input.text), f.sentence, [], input.lx);
  if (people.length === 0 || people[0]!.start - f.sentence.start > NAMED_NEXT_LEAD) return [];
  // 'Police arrested a blogger ... ¶ Hoang Van X, 38, a former reporter, ...': a paragraph that
  // opens with one name and the age introduces whom the lead paragraph told of.
  if (paragraph && !(people.length === 1 && AGED.test(input.text.slice(people[0]!.end)))) return [];
  const [, last] = listAround(people, 0, f.sentence);
  return people
    .slice(0, last + 1)
    .flatMap((p) =>
      cuesOf(p, [p], unnamed.kinds, prev).map((cue) =>
        personItem(unnamed.parts, cue, p, [p], input),
      ),
    );
}

/**
 * 'Hakimlik 4 gazeteciyi tutukladı. Tutuklananlar şunlar:', 'وحكم على عدد من أبناء سترة
 * بالسجن 7 سنوات. وهم كل من:': a sentence with no event word that ends in ':' right after one
 * telling an event of no one it named introduces that event's people in the list under it.
 */
function introducedList(
  unnamed: Unnamed,
  facts: readonly SentenceFacts[],
  i: number,
  input: DetentionInput,
  rules: DetentionRules,
): ExtractedDetention[] {
  const cue = unnamed.kinds.find((c) => c.kind === 'recognition') ?? unnamed.kinds[0];
  if (!cue) return [];
  return listedAfter(facts, i, rules).map((p) => personItem(unnamed.parts, cue, p, [p], input));
}

/** A name's age in apposition: ', 38,' or ', 38 tuổi,'. */
const AGED = /^,\s*\d{1,2}(?!\d)/u;

/** How far into a sentence the names of an earlier unnamed event may start. */
const NAMED_NEXT_LEAD = 30;

/** How many sentences before its people a verdict's term may be told. */
const TERM_BEFORE_REACH = 2;

/** How many sentences after a verdict a sentence may continue it. */
const ELLIPTIC_REACH = 3;

/**
 * 'All four were sentenced. Stefanovich to nine years, Labkovich to seven.': a sentence with no
 * event word of its own that names people with terms continues the verdict told before it:
 * right after it in the same paragraph, or a few sentences on when its term names the prison
 * ('La pena más dura, de 20 años de prisión, recayó en ...'). Its cue is its first term.
 */
function ellipticCues(
  f: SentenceFacts,
  prev: SentenceFacts,
  after: number,
  input: DetentionInput,
  rules: DetentionRules,
): Cue[] {
  // Names are capitalised; scripts without capitals (Arabic, Persian, Georgian) cannot show them.
  if (
    f.people.length === 0 &&
    !/\p{Lu}/u.test(f.sentence.text) &&
    !CASELESS_SCRIPT.test(f.sentence.text) &&
    !GEORGIAN.test(f.sentence.text)
  )
    return [];
  const next =
    after === 1 && !input.text.slice(prev.sentence.end, f.sentence.start).includes('\n\n');
  const dates = findDates(f.sentence.text, input.anchor, input.lx);
  const [first] = findTerms(f.sentence.text, input.language, rules, input.lx, dates);
  if (!first || (!next && first.regime === null)) return [];
  return [{ kind: 'sentence', start: first.start, end: first.end }];
}

/** Cues of a sentence with its 'added to the list' cues that no other cue covers. */
function withListAdds(cues: Cue[], adds: Cue[]): Cue[] {
  const more = adds.filter((a) => !cues.some((c) => c.start < a.end && a.start < c.end));
  return more.length === 0 ? cues : [...cues, ...more].sort((a, b) => a.start - b.start);
}

/** The sentence after the i-th names someone who may be held. */
function namesNext(facts: readonly SentenceFacts[], i: number): boolean {
  return facts[i + 1]?.people.some((p) => p.role === 'candidate') ?? false;
}
