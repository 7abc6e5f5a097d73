import { readerStores } from '../../app/publish/public-view.ts';
import { eventRecord } from '../../app/read/events-report.ts';
import { listReleaseEvents } from '../../app/read/release-events.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { cliLocale, langOption, speaker } from '../i18n.ts';
import { table } from '../table.ts';

/** A best value for the table: '~' marks one only proposed, '?' none at all. */
function shown<T>(b: { value: T; proposed: boolean } | null, text: (v: T) => string): string {
  if (!b) return '?';
  return `${b.proposed ? '~' : ''}${text(b.value)}`;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'List release events with reconciled values, conflicts and reports',
  help: `Usage: habeas events [--public] [--format table|json|jsonl] [--country CC] [--lang L]

Lists release events, newest first. In the table, a value marked ~ is proposed: no reviewer
has accepted it yet, and it is the one most reports give.

Options:
  --format F     table (default), json (one JSON array) or jsonl (one event per line)
  --country CC   only events in this country (e.g. BY)
  --lang L       language of the table: be, ru, uk or en (default: from LC_ALL, LC_MESSAGES
                 or LANG; English otherwise). json and jsonl are the same in every language.
  --public       only what the public sees (published claims, no private persons or
                 confidential sources; see docs/privacy.md). Without it: the whole ledger,
                 proposed values included, as a documentation officer sees it.

Each JSON event: id, title, country, date {value, precision}, kind, releasedCount
{value, qualifier} (accepted values; null until a reviewer accepts one), best {country, date,
releasedCount: {value, proposed, sources}} (the accepted value or, until then, the one most
reports give, proposed: true), reportedCounts [{value, qualifier, sources, claims, states}], released
[{id, name}], namesWithheld (released persons not named publicly), unnamed, mediators, destinations, deal, conflicts [{property, values}] and
reports [{url, title, sourceId, role: main|background}].
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      country: { type: 'string' },
      public: { type: 'boolean' },
      ...langOption,
    });
    const say = speaker(cliLocale(io.env, values.lang));
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format ?? 'table';
    if (!['table', 'json', 'jsonl'].includes(format))
      throw new UsageError(`--format: expected table, json or jsonl, got '${format}'`);
    if (values.country && !/^[A-Za-z]{2}$/.test(values.country))
      throw new UsageError(
        `--country: expected a two-letter code such as BY, got '${values.country}'`,
      );
    const country = values.country?.toUpperCase();
    const { items } = await withApp(io, async (ctx) =>
      listReleaseEvents(ctx.cache, await readerStores(ctx.db, values.public !== true), {
        country,
        limit: 1_000_000,
      }),
    );
    const records = items.map(eventRecord);
    if (format === 'json') io.out(`${JSON.stringify(records)}\n`);
    else if (format === 'jsonl') for (const r of records) io.out(`${JSON.stringify(r)}\n`);
    else {
      io.out(
        table(
          ['date', 'country', 'released', 'kind', 'title', 'conflicts', 'reports'].map((h) =>
            say.t(`events.${h}`),
          ),
          records.map((r) => [
            shown(r.best.date, (d) => say.date(d.value)),
            shown(r.best.country, (c) => say.country(c)),
            shown(r.best.releasedCount, (c) => say.count(c)),
            say.label('kind', r.kind),
            r.title ?? r.id,
            r.conflicts.map((c) => say.label('prop', c.property)).join(', '),
            say.number(r.reports.length),
          ]),
        ),
      );
    }
    return 0;
  },
};
