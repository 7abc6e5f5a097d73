import { readerStores } from '../../app/publish/public-view.ts';
import { getPerson } from '../../app/read/get-person.ts';
import { searchPersons } from '../../app/read/search-persons.ts';
import { displayName, namesOf, textsOf } from '../../core/model/views.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';

export const personCommand: Command = {
  name: 'person',
  summary: 'Look up a person by any spelling and print their dossier',
  help: `Usage: habeas person [--public] [--json] NAME|ID

Finds the person whose name best matches NAME in any script or spelling ('Kolesnikova',
'Калеснікава') and prints their names, status timeline and releases with sources. When
several persons match about equally, lists them instead.

Options:
  --json   print the dossier as JSON
  --public only what the public sees (published claims; private persons and fields and
           confidential sources left out; see docs/privacy.md). Without it: the whole dossier.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      public: { type: 'boolean' },
    });
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
        io.err(`no person matches '${query}'\n`);
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
      io.out(
        `${displayName(p, dossier.id)} (${dossier.id}) — matched '${top.matchedName}', score ${top.score.toFixed(2)}, ${top.decision}\n`,
      );
      io.out(
        `names: ${namesOf(p)
          .map((n) => n.value)
          .join(' / ')}\n`,
      );
      const occ = textsOf(p, 'occupation');
      if (occ.length) io.out(`occupation: ${occ.join(', ')}\n`);
      io.out('timeline:\n');
      for (const t of dossier.timeline)
        io.out(
          `  ${t.date?.value ?? '?'}  ${t.status}${t.destination ? ` -> ${t.destination}` : ''}${t.releaseId ? ` (${t.releaseId})` : ''}\n`,
        );
      for (const r of dossier.releases)
        io.out(`released in: ${r.date ?? '?'} ${r.title ?? r.id}\n`);
      io.out(`sources: ${dossier.sources.map((s) => s.title ?? s.id).join('; ')}\n`);
      const others = hits.slice(1).filter((h) => h.score >= top.score - 0.05);
      if (others.length)
        io.out(
          `also close: ${others.map((h) => `${h.matchedName} (${h.person.id})`).join(', ')}\n`,
        );
      return 0;
    });
  },
};
