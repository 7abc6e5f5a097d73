import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CandidateIndex,
  compareNames,
  type Judgement,
  Judgements,
  normaliseName,
} from '../../core/names/index.ts';
import { type CliIo, type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';

export interface AliasRow {
  entityId: string;
  alias: string;
}

/** Where `names search` gets registry aliases when no --aliases file is given. */
export type AliasLoader = (io: CliIo) => Promise<AliasRow[]>;

const HELP = `Usage:
  habeas names compare A B [--judgements FILE.tsv]
  habeas names compare --pairs FILE.tsv|- [--judgements FILE.tsv]
  habeas names search QUERY [--aliases FILE.tsv] [--limit N] [--all] [--judgements FILE.tsv]
  habeas names normalise NAME

compare    prints {"a","b","score","decision","evidence":[...]} for two names; with --pairs,
           reads two tab-separated names a line (blank lines and # comments skipped) and
           prints one such object a line, in order. Malformed lines are reported on stderr
           with their line number; the exit code is then 1.
search     finds registry entities whose aliases match QUERY; prints {"query","hits":[...]}.
           Without --aliases it searches every person name in the configured database
           (HABEAS_DATA_DIR or DATABASE_URL); --aliases FILE.tsv: entityId<TAB>alias a line
           instead. --all also lists no_match candidates.
normalise  prints how a name is read: surname, given name, patronymic, tokens with script.

--judgements FILE.tsv: human judgements, a<TAB>b<TAB>same|different a line; they override
the engine for those pairs. Decision thresholds: match >= 0.88, review >= 0.70 (docs/names.md).
`;

async function readText(io: CliIo, file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

interface Row {
  line: number;
  cols: string[];
}

/** Data lines of a TSV file: 1-based line numbers kept for error messages. */
function tsvRows(text: string): Row[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, cols: l.split('\t').map((c) => c.trim()) }))
    .filter((r) => r.cols.join('') !== '' && !r.cols[0]?.startsWith('#'));
}

async function loadJudgements(
  io: CliIo,
  file: string | undefined,
): Promise<Judgements | undefined> {
  if (!file) return undefined;
  const items: Judgement[] = [];
  for (const r of tsvRows(await readText(io, file))) {
    const [a, b, verdict] = r.cols;
    if (!a || !b || (verdict !== 'same' && verdict !== 'different')) {
      throw new UsageError(`${file}:${r.line}: expected a<TAB>b<TAB>same|different`);
    }
    items.push({ kind: 'names', a, b, verdict });
  }
  return new Judgements(items);
}

async function compare(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    pairs: { type: 'string' },
    judgements: { type: 'string' },
  });
  const judgements = await loadJudgements(io, values.judgements);
  const opts = judgements ? { judgements } : {};
  if (values.pairs === undefined) {
    const [a, b, ...extra] = positionals;
    if (a === undefined || b === undefined || extra.length > 0) {
      throw new UsageError('compare takes two names (quote each), or --pairs FILE.tsv');
    }
    jsonLine(io, compareNames(a, b, opts));
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError('compare takes either two names or --pairs, not both');
  let problems = 0;
  for (const r of tsvRows(await readText(io, values.pairs))) {
    const [a, b] = r.cols;
    if (!a || !b) {
      problems++;
      io.err(
        `${values.pairs}:${r.line}: expected two tab-separated names, got ${JSON.stringify(r.cols.join('\t'))}\n`,
      );
      continue;
    }
    jsonLine(io, compareNames(a, b, opts));
  }
  return problems > 0 ? 1 : 0;
}

async function aliasesFromFile(io: CliIo, file: string): Promise<AliasRow[]> {
  const rows: AliasRow[] = [];
  for (const r of tsvRows(await readText(io, file))) {
    const [entityId, alias] = r.cols;
    if (!entityId || !alias) throw new UsageError(`${file}:${r.line}: expected entityId<TAB>alias`);
    rows.push({ entityId, alias });
  }
  return rows;
}

async function search(argv: string[], io: CliIo, loadAliases?: AliasLoader): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    aliases: { type: 'string' },
    limit: { type: 'string' },
    all: { type: 'boolean' },
    judgements: { type: 'string' },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError('--limit must be a positive integer');
  let rows: AliasRow[];
  if (values.aliases) rows = await aliasesFromFile(io, values.aliases);
  else if (loadAliases) rows = await loadAliases(io);
  else throw new UsageError('no alias source: pass --aliases FILE.tsv (entityId<TAB>alias a line)');
  const judgements = await loadJudgements(io, values.judgements);
  const index = new CandidateIndex(judgements ? { judgements } : {});
  for (const r of rows) index.add(r.entityId, r.alias);
  jsonLine(io, {
    query,
    hits: index.search(query, { limit, includeNoMatch: values.all ?? false }),
  });
  return 0;
}

/** Builds the `names` command; `loadAliases` supplies registry aliases to `names search`. */
export function makeNamesCommand(loadAliases?: AliasLoader): Command {
  return {
    name: 'names',
    summary: 'Compare, search and normalise person names across scripts and romanisations',
    help: HELP,
    async run(argv, io) {
      const [sub, ...rest] = argv;
      if (sub === 'compare') return compare(rest, io);
      if (sub === 'search') return search(rest, io, loadAliases);
      if (sub === 'normalise' || sub === 'normalize') {
        const name = rest.join(' ').trim();
        if (!name) throw new UsageError('normalise needs a NAME');
        jsonLine(io, normaliseName(name));
        return 0;
      }
      throw new UsageError(
        sub ? `unknown subcommand '${sub}'` : 'missing subcommand: compare, search or normalise',
      );
    },
  };
}

export const namesCommand = makeNamesCommand();
