import { AliasForms } from './alias-forms.ts';
import { AliasSketches, MAX_RANK, QuerySketch } from './alias-sketch.ts';
import { balticReading } from './baltic.ts';
import { type CompareOptions, compareParsed } from './compare.ts';
import { fallbackKeysInto } from './fallback-keys.ts';
import { aliasKeysInto, KeyBuffer, queryKeysInto } from './index-keys.ts';
import { IntMarks } from './int-marks.ts';
import type { Judgements } from './judgements.ts';
import { type ParsedName, parseName, parseUncached } from './parse.ts';
import { Postings } from './postings.ts';
import { readingKeysInto, readsAliasWords } from './reading-keys.ts';
import { Recent } from './recent.ts';
import { StringPages } from './string-pages.ts';
import { writtenTranscription } from './transcription-keys.ts';
import type { CompareResult, Decision, EvidenceItem } from './types.ts';

export interface SearchHit {
  entityId: string;
  alias: string;
  score: number;
  decision: Decision;
  evidence: EvidenceItem[];
}

export interface SearchOptions {
  /** Most entities returned (default 10). */
  limit?: number;
  /** Also return candidates scored no_match (default false). */
  includeNoMatch?: boolean;
  /** Human judgements; overrides those given to the constructor. */
  judgements?: Judgements;
  /** When the query is a name of a known entity, entity judgements apply to it. */
  entityId?: string;
}

/**
 * Score at which an entity's remaining aliases are not scored: most candidates are other
 * spellings of an entity already matched, and scoring them would not change its decision.
 */
const SURE = 0.88;

/** Most candidates collected and pre-ranked per query, so one very common key stays cheap. */
const MAX_CANDIDATES = 400;

/**
 * Most candidates fully scored per search (or `limit`, if larger), best pre-ranked first; an
 * entity already matched does not count. A full comparison parses the alias (~10 µs cold).
 */
const MAX_SCORED = 5;

/** Candidates read ahead beyond the budget: other aliases of an entity just matched. */
const TOUCH_EXTRA = 3;
/**
 * Full comparisons a search may still spend on the candidates of its reading keys (a Han name
 * and its Latin spelling, reading-keys.ts) after the exact pass spent its budget: they are
 * few and pre-rank badly, since their sketches share no letters.
 */
const READING_SCORED = 3;

/** How a pass collects: by the exact keys, the one-edit keys, the reading or fallback keys. */
type Pass = 'exact' | 'oneEdit' | 'reading' | 'fallback';

/**
 * Full comparisons a lookup that matched nothing after its other passes may still spend: on
 * candidates it met but did not score in full (secondLook), then on the fallback keys'
 * candidates (fallback-keys.ts). Such lookups are common (a name not in the index: 13% in
 * bench:names) and among the slowest, so each comparison here shows in the p99: at two, the
 * last resort took 35 us on average where it ran (200,000 aliases); at one, 19 us.
 */
const LAST_RESORT = 1;

/**
 * Most candidates the fallback pass collects: its initial-class keys hold every namesake with
 * that initial, and pre-ranking hundreds of them would cost more than the lookup's other passes.
 */
const FALLBACK_CANDIDATES = 24;

/** Most candidates read ahead (a large `limit` reads the rest as it goes). */
const MAX_TOUCHED = 32;

/**
 * In-memory candidate index over registry aliases. Aliases are filed under compact hashed keys
 * (see index-keys.ts); a search collects candidates from those keys, scores each with the
 * full matcher and returns the best alias per entity. Aliases are kept as strings plus a
 * compact sketch (alias-sketch.ts) that pre-ranks candidates, so only the most promising few
 * are re-parsed and scored: a million aliases cost strings, ~32 bytes each and 12 per key.
 */
export class CandidateIndex {
  private readonly entityIds: string[] = [];
  private readonly entityNumber = new Map<string, number>();
  /** The entity of the last alias added (entityOf's shortcut). */
  private lastEntityId: string | null = null;
  private lastEntity = 0;
  private readonly aliasText = new StringPages();
  private aliasEntity = new Int32Array(1 << 16);
  private readonly postings = new Postings();
  private readonly sketches = new AliasSketches();
  /**
   * Aliases written in a transcription script (transcription-keys.ts): never taken as weak,
   * since a Latin query's sketch shares no letters with them; few.
   */
  private readonly transcribed = new Set<number>();
  /** Pre-parsed aliases, so scoring a candidate does not re-parse its text. */
  private readonly forms = new AliasForms();
  /** Scratch for pre-ranking: positions in `seen`, best rank first, and each one's rank. */
  private readonly order = new Int32Array(MAX_CANDIDATES);
  private readonly ranks = new Int32Array(MAX_CANDIDATES);
  private readonly rankStarts = new Int32Array(MAX_RANK + 2);
  /** Scratch: aliases collected by the current pass, in posting order. */
  private readonly seen = new Int32Array(MAX_CANDIDATES);
  /** Scratch for touchBest: the best-ranked aliases and their entities. */
  private readonly top = new Int32Array(MAX_TOUCHED);
  private readonly topEntities = new Int32Array(MAX_TOUCHED);
  /** Sink for touchBest, so its loads are kept. */
  touched = 0;
  /** Scratch: every alias collected by the current search (each is ranked once). */
  private readonly taken = new IntMarks(MAX_CANDIDATES);
  /** Scratch: aliases for secondLook, in the order met, and how many. */
  private readonly second = new Int32Array(LAST_RESORT);
  private secondCount = 0;
  /** Scratch: the query's keys for pre-ranking. */
  private readonly sketch = new QuerySketch();
  /** Scratch: the key hashes of the current pass. */
  private readonly keys = new KeyBuffer();
  private readonly judgements: Judgements | undefined;
  /** What the last search did: candidates scored, whether it needed one-edit or fallback keys. */
  lastSearch = { candidates: 0, scored: 0, oneEdit: false, fallback: false };
  /** Full comparisons left in the current search. */
  private budget = 0;
  /** Whether the current search takes weak candidates as no_match without scoring them. */
  private skipWeak = false;
  /**
   * The last few queries' parses. Queries do not go through parseName's table of 5,000: most
   * are asked once, and each kept there stayed alive through the next young-generation
   * collections, which copied and promoted it (4-7 MB a collection in the bench, 5-13 ms
   * pauses); a query repeated at once (a retry, a second page) still finds its parse here.
   */
  private readonly queryParses = new Recent<ParsedName>(4);

  constructor(opts: { judgements?: Judgements } = {}) {
    this.judgements = opts.judgements;
  }

  get size(): number {
    return this.aliasText.size;
  }

  get keyCount(): number {
    return this.postings.size;
  }

  add(entityId: string, alias: string): void {
    const e = this.entityOf(entityId);
    const n = this.aliasText.size;
    if (n === this.aliasEntity.length) {
      const grown = new Int32Array(n * 2);
      grown.set(this.aliasEntity);
      this.aliasEntity = grown;
    }
    this.aliasText.push(alias);
    this.aliasEntity[n] = e;
    const parsed = parseUncached(alias);
    const parses = parsed.parses;
    this.sketches.set(n, parses);
    // Names with unreadable letters are re-parsed when scored (they match only themselves).
    this.forms.push(parsed.scripts?.includes('unread') ? [] : parsed, alias, parsed.family ?? null);
    const keys = this.keys;
    aliasKeysInto(parses, keys);
    readingKeysInto(parsed, keys, true);
    if (parsed.scripts && writtenTranscription(parsed)) this.transcribed.add(n);
    for (let k = 0; k < keys.count; k++) this.postings.add(keys.keys[k]!, n);
  }

  /** The number of an entity, new ones numbered in order; an entity's aliases come in a row. */
  private entityOf(entityId: string): number {
    if (entityId === this.lastEntityId) return this.lastEntity;
    let e = this.entityNumber.get(entityId);
    if (e === undefined) {
      e = this.entityIds.length;
      this.entityIds.push(entityId);
      this.entityNumber.set(entityId, e);
    }
    this.lastEntityId = entityId;
    this.lastEntity = e;
    return e;
  }

  /**
   * Packs the postings for lookups (see postings.ts). Call it after loading many aliases;
   * a search also does it when more than 65,536 postings were added since the last time.
   */
  compact(): void {
    this.postings.compact();
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    this.postings.settle();
    const judgements = opts.judgements ?? this.judgements;
    const parsed = this.queryParses.get(query, parseUncached);
    const best = new Map<number, SearchHit>();
    this.taken.clear();
    this.secondCount = 0;
    this.lastSearch = { candidates: 0, scored: 0, oneEdit: false, fallback: false };
    this.budget = Math.max(MAX_SCORED, opts.limit ?? 10);
    // The query's sketch serves both passes.
    const sketch = this.sketch.fill(parsed.parses);
    // Weak candidates (AliasSketches.weak) are taken as no_match unscored, unless the caller
    // wants no_match hits or a judgement could make such a pair the same person.
    this.skipWeak =
      sketch.unknownGiven &&
      !opts.includeNoMatch &&
      !opts.entityId &&
      (judgements?.sameAs(query).length ?? 0) === 0;
    this.collect(parsed, sketch, 'exact', best, judgements, opts);
    // The reading pass may score a few candidates beyond the budget, not the passes after it.
    const budget = this.budget;
    this.budget = Math.max(budget, READING_SCORED);
    this.collect(parsed, sketch, 'reading', best, judgements, opts);
    this.budget = Math.min(this.budget, budget);
    const oneEdit = !anyMatch(best);
    if (oneEdit) this.collect(parsed, sketch, 'oneEdit', best, judgements, opts);
    if (oneEdit && !anyMatch(best)) this.collectBaltic(parsed, budget, best, judgements, opts);
    // Last, with a small budget of its own: candidates met but not scored in full, then other
    // readings of the surname and given name (fallback-keys.ts).
    if (oneEdit && !anyMatch(best)) {
      this.lastSearch.fallback = true;
      this.budget = LAST_RESORT;
      this.secondLook(parsed, best, judgements);
      if (!anyMatch(best)) this.collect(parsed, sketch, 'fallback', best, judgements, opts);
    }
    this.lastSearch.candidates = this.taken.size;
    this.lastSearch.oneEdit = oneEdit;
    this.skipWeak = false;
    for (const other of judgements?.sameAs(query) ?? []) {
      const p = parseName(other);
      this.collect(p, this.sketch.fill(p.parses), 'exact', best, judgements, opts);
    }
    // Equal scores go to the entity added first (its number), never by id: ids may be random,
    // and a tie broken by id, also at the limit's cut, would differ from one ledger to the next.
    return ranked(best, opts);
  }

  /**
   * A query in Lithuanian or Latvian endings (Aleksejus Navalnas, baltic.ts): candidates by the
   * keys of its reading without them, compared with the query as written.
   */
  private collectBaltic(
    parsed: ParsedName,
    budget: number,
    best: Map<number, SearchHit>,
    judgements: Judgements | undefined,
    opts: SearchOptions,
  ): void {
    const readings = balticReading(parsed);
    if (!readings) return;
    this.budget = Math.max(this.budget, budget);
    for (const read of readings) {
      const p = parseName(read);
      this.collect(parsed, this.sketch.fill(p.parses), 'exact', best, judgements, opts, p);
    }
  }

  private collect(
    parsed: ParsedName,
    sketch: QuerySketch,
    pass: Pass,
    best: Map<number, SearchHit>,
    judgements: Judgements | undefined,
    opts: SearchOptions,
    keysFrom: ParsedName = parsed,
  ): void {
    const seen = this.seen;
    const keys = this.keys;
    if (pass === 'reading') {
      keys.clear();
      // A Latin query's transcription key meets only names in katakana, hangul or Chinese
      // transcription characters: with none in the index it is not worked out.
      readingKeysInto(parsed, keys, false, this.transcribed.size > 0 || !!parsed.scripts);
      if (keys.count === 0) return;
    }
    // With no full comparison left, candidates could not change the hits: the one-edit pass
    // after an exact pass that spent the budget (2% of lookups, the slower ones) stops here.
    if (this.budget <= 0) return;
    if (pass === 'fallback') fallbackKeysInto(keysFrom, keys);
    else if (pass !== 'reading') queryKeysInto(keysFrom.parses, pass === 'oneEdit', keys);
    const max = pass === 'fallback' ? FALLBACK_CANDIDATES : MAX_CANDIDATES;
    const count = this.postings.collectKeys(keys.keys, keys.count, seen, 0, max, this.taken);
    if (count === 0) return;
    const cmp: CompareOptions = judgements ? { judgements } : {};
    const reparse = readsAliasWords(parsed);
    const order = this.rankCandidates(seen, count, sketch);
    this.touchBest(seen, order, count);
    for (let i = 0; i < count && this.budget > 0; i++) {
      const alias = seen[order[i]!]!;
      const e = this.aliasEntity[alias]!;
      // One sure alias per entity is enough: its other spellings would not change the ranking.
      if ((best.get(e)?.score ?? 0) >= SURE) continue;
      this.budget--;
      // A weak candidate spends the budget as the no_match it would score, so the passes after
      // it run as they would have; it is neither compared nor returned.
      if (
        this.skipWeak &&
        pass !== 'reading' &&
        pass !== 'fallback' &&
        this.sketches.weak(alias, sketch) &&
        !(this.transcribed.size > 0 && this.transcribed.has(alias))
      ) {
        this.keepForSecondLook(alias);
        continue;
      }
      this.lastSearch.scored++;
      const entityId = this.entityIds[e]!;
      const text = this.aliasText.get(alias);
      let r = this.entityJudged(entityId, opts.entityId, judgements, parsed.input, text);
      if (!r) {
        let other = reparse ? this.forms.full(alias, text) : this.aliasParse(alias, text);
        // The last pass compares as compareNames does (it has no second look after it).
        if (pass === 'fallback' && !reparse && lossy(parsed, other))
          other = this.forms.full(alias, text);
        r = compareParsed(parsed, other, cmp);
        // A match on a lossy stored parse is checked on the full parse, whose words may keep
        // the pair apart (Jawar Mohammed / Mohammed Jawar, father and son): search never says
        // match where compareNames would not. Only matches pay the parse.
        if (!reparse && lossy(parsed, other)) {
          if (r.decision === 'match') r = compareParsed(parsed, this.forms.full(alias, text), cmp);
          else this.keepForSecondLook(alias);
        }
      }
      keepBetter(best, e, entityId, text, r);
    }
  }

  private keepForSecondLook(alias: number): void {
    if (this.secondCount < LAST_RESORT) this.second[this.secondCount++] = alias;
  }

  /**
   * A search that matched nothing looks again at its first few candidates skipped as weak
   * (a weak candidate may still match: Tashi Wangchuck / Wangchuk) and those scored below
   * match on a lossy stored parse, now parsed in full as compareNames does (see lossy). Only
   * then, so lookups that match pay nothing.
   */
  private secondLook(
    parsed: ParsedName,
    best: Map<number, SearchHit>,
    judgements: Judgements | undefined,
  ): void {
    const cmp: CompareOptions = judgements ? { judgements } : {};
    for (let i = 0; i < this.secondCount && this.budget > 0; i++) {
      const alias = this.second[i]!;
      const e = this.aliasEntity[alias]!;
      if (best.get(e)?.decision === 'match') continue;
      const text = this.aliasText.get(alias);
      const stored = this.aliasParse(alias, text);
      this.budget--;
      this.lastSearch.scored++;
      const full = lossy(parsed, stored) ? this.forms.full(alias, text) : stored;
      const r = compareParsed(parsed, full, cmp);
      keepBetter(best, e, this.entityIds[e]!, text, r);
    }
  }

  /**
   * Reads what scoring the best-ranked candidates will read (entity, text, record), each kind
   * for all of them at once, so the cache misses overlap instead of queueing one after another.
   * Other aliases of an entity already listed are usually skipped, so only their entity is read.
   */
  private touchBest(seen: Int32Array, order: Int32Array, count: number): void {
    const k = Math.min(count, this.budget + TOUCH_EXTRA, MAX_TOUCHED);
    const top = this.top;
    const entities = this.topEntities;
    let t = 0;
    for (let i = 0; i < k; i++) {
      top[i] = seen[order[i]!]!;
      t ^= this.aliasEntity[top[i]!]!;
    }
    let n = 0;
    for (let i = 0; i < k; i++) {
      const e = this.aliasEntity[top[i]!]!;
      let listed = false;
      for (let j = 0; j < n && !listed; j++) listed = entities[j] === e;
      if (listed) continue;
      entities[n] = e;
      top[n++] = top[i]!;
      if (this.entityIds[e] === undefined) t++;
    }
    // Both pages' offsets, then both pages' characters: two rounds of misses, not four.
    this.aliasText.touchOffsets(top, n);
    this.forms.touchOffsets(top, n);
    this.aliasText.touchChars(top, n);
    this.forms.touchChars(top, n);
    this.touched = t;
  }

  /** Alias `n` as parsed at build time, or re-parsed when its shape was not stored. */
  private aliasParse(n: number, text: string): ParsedName {
    return this.forms.get(n, text);
  }

  /**
   * Candidates' positions in `seen`, most promising first (ties keep posting order), in
   * `order[0 .. count)`. Ranks are small integers, so a counting sort: sorting hundreds of
   * candidates cost up to 20 us, and only the first few are read.
   */
  private rankCandidates(seen: Int32Array, count: number, q: QuerySketch): Int32Array {
    const { order, ranks, rankStarts: starts } = this;
    this.sketches.touch(seen, count);
    starts.fill(0);
    for (let i = 0; i < count; i++) {
      const r = this.sketches.rank(seen[i]!, q);
      ranks[i] = r;
      starts[MAX_RANK - r + 1]!++;
    }
    // starts[k]: where rank MAX_RANK - k begins (best rank first).
    for (let k = 1; k <= MAX_RANK + 1; k++) starts[k]! += starts[k - 1]!;
    for (let i = 0; i < count; i++) order[starts[MAX_RANK - ranks[i]!]!++] = i;
    return order;
  }

  private entityJudged(
    entityId: string,
    queryEntity: string | undefined,
    judgements: Judgements | undefined,
    query: string,
    b: string,
  ): CompareResult | null {
    if (!queryEntity || !judgements) return null;
    const j = judgements.forEntities(queryEntity, entityId);
    if (!j) return null;
    const same = j.verdict === 'same';
    return {
      a: query,
      b,
      score: same ? 1 : 0,
      decision: same ? 'match' : 'no_match',
      evidence: [
        { part: 'judgement', a: queryEntity, b: entityId, how: j.verdict, score: same ? 1 : 0 },
      ],
    };
  }
}

/** The hits to return, best first (see search), without intermediate lists. */
function ranked(best: Map<number, SearchHit>, opts: SearchOptions): SearchHit[] {
  const kept: Array<[number, SearchHit]> = [];
  for (const entry of best)
    if (opts.includeNoMatch || entry[1].decision !== 'no_match') kept.push(entry);
  kept.sort(byScore);
  const out: SearchHit[] = [];
  for (const [, h] of kept.slice(0, opts.limit ?? 10)) out.push(h);
  return out;
}

function byScore([x, hx]: [number, SearchHit], [y, hy]: [number, SearchHit]): number {
  return hy.score - hx.score || x - y;
}

/**
 * Whether comparing `query` with a stored parse may read what the stored parse leaves out (its
 * words, alias-forms.ts): a name of a family whose readings are built from its words, on
 * either side (an Arabic name read in the other order, Jawar Mohammed; a joined particle,
 * Alkhawaja / al-Khawaja; a Hong Kong name with an English given name), or a query of other
 * than two words (the rules for a dropped or added word count both sides' words).
 */
function lossy(query: ParsedName, stored: ParsedName): boolean {
  if (stored.tokens.length > 0) return false;
  return !!stored.family || !!query.family || query.tokens.length !== 2;
}

/** Entity `e`'s hit becomes alias `text`'s comparison `r` when that scores higher. */
function keepBetter(
  best: Map<number, SearchHit>,
  e: number,
  entityId: string,
  text: string,
  r: Pick<SearchHit, 'score' | 'decision' | 'evidence'>,
): void {
  const prev = best.get(e);
  if (prev && r.score <= prev.score) return;
  best.set(e, {
    entityId,
    alias: text,
    score: r.score,
    decision: r.decision,
    evidence: r.evidence,
  });
}

function anyMatch(best: Map<number, SearchHit>): boolean {
  for (const h of best.values()) if (h.decision === 'match') return true;
  return false;
}
