import { readerStores } from '../../app/publish/public-view.ts';
import { getPerson } from '../../app/read/get-person.ts';
import { searchPersons } from '../../app/read/search-persons.ts';
import { displayName, namesOf, textsOf } from '../../core/model/views.ts';
import { headlineName } from '../../core/names/headline.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { cliLocale, langOption, speaker } from '../i18n.ts';

export const personCommand: Command = {
  name: 'person',
  summary: 'Look up a person by any spelling and print their dossier',
  help: `Usage: habeas person [--public] [--json] [--lang L] NAME|ID

Finds the person whose name best matches NAME in any script or spelling ('Kolesnikova',
'Калеснікава') and prints their names, status timeline and releases with sources. When
several persons match about equally, lists them instead.

Options:
  --json   print the dossier as JSON
  --lang L language of the text: be, ru, uk or en (default: from LC_ALL, LC_MESSAGES or
           LANG; English otherwise). JSON is the same in every language.
  --public only what the public sees (published claims; private persons and fields and
           confidential sources left out; see docs/privacy.md). Without it: the whole dossier.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      public: { type: 'boolean' },
      ...langOption,
    });
    const say = speaker(cliLocale(io.env, values.lang));
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give a NAME to look up');
    return withApp(io, async (ctx) => {
      const stores = await readerStores(ctx.db, values.public !== true);
      // An exact person id is taken as it is; anything else is a name to search for.
      const byId = await stores.entities.getEntity(query);
      const hits =
        byId?.type === 'person'
          ? [{ person: { id: byId.id }, matchedName: byId.id, score: 1, decision: 'match' }]
          : await searchPersons(ctx.cache, stores, query, 5);
      const top = hits[0];
      if (!top || top.decision === 'no_match') {
        io.err(`${say.t('person.noMatch', { query })}\n`);
        return 1;
      }
      const dossier = await getPerson(stores, top.person.id);
      if (values.json) {
        jsonLine(io, {
          match: { name: top.matchedName, score: top.score, decision: top.decision },
          ...dossier,
        });
        return 0;
      }
      const p = dossier.projection;
      const names = namesOf(p);
      const name = headlineName(names, displayName(p, dossier.id), say.locale);
      const line = (key: string, vars?: Record<string, string | number>) =>
        io.out(`${say.t(key, vars)}\n`);
      line('person.head', {
        name,
        id: dossier.id,
        matched: top.matchedName,
        score: top.score.toFixed(2),
        decision: say.label('decision', top.decision),
      });
      line('person.names', { names: names.map((n) => n.value).join(' / ') });
      const occ = textsOf(p, 'occupation');
      if (occ.length) line('person.occupation', { list: occ.join(', ') });
      line('person.timeline');
      for (const t of dossier.timeline) {
        const to = t.destination
          ? ` -> ${say.t('person.destination', { country: say.country(t.destination) })}`
          : '';
        io.out(
          `  ${say.date(t.date?.value)}  ${say.label('status', t.status)}${to}${t.releaseId ? ` (${t.releaseId})` : ''}\n`,
        );
      }
      for (const r of dossier.releases)
        line('person.releasedIn', { date: say.date(r.date), title: r.title ?? r.id });
      line('person.sources', { list: dossier.sources.map((s) => s.title ?? s.id).join('; ') });
      const others = hits.slice(1).filter((h) => h.score >= top.score - 0.05);
      if (others.length)
        line('person.alsoClose', {
          list: others.map((h) => `${h.matchedName} (${h.person.id})`).join(', '),
        });
      return 0;
    });
  },
};
