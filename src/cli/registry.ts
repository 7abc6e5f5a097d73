import { publicStores } from '../app/publish/public-view.ts';
import type { Command } from './command.ts';
import { auditCommand } from './commands/audit.ts';
import { countCommand } from './commands/count.ts';
import { eventsCommand } from './commands/events.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { hooksCommand } from './commands/hooks.ts';
import { importCommand } from './commands/import.ts';
import { ingestCommand } from './commands/ingest.ts';
import { makeNamesCommand } from './commands/names.ts';
import { personCommand } from './commands/person.ts';
import { reindexCommand } from './commands/reindex.ts';
import { serveCommand } from './commands/serve.ts';
import { sourcesCommand } from './commands/sources.ts';
import { userCommand } from './commands/user.ts';
import { workerCommand } from './commands/worker.ts';
import { withApp } from './context.ts';

// Every CLI verb, in the order `habeas --help` lists them. Each lives in commands/<verb>.ts.
export const commands: Command[] = [
  serveCommand,
  importCommand,
  ingestCommand,
  exportCommand,
  countCommand,
  eventsCommand,
  personCommand,
  extractCommand,
  // `names search` without --aliases looks through the persons of the configured database.
  makeNamesCommand((io) =>
    // Published names only, as the public search sees them (docs/privacy.md).
    withApp(io, async (ctx) =>
      (await (await publicStores(ctx.db)).names.allNames('person')).map((n) => ({
        entityId: n.entityId,
        alias: n.name,
      })),
    ),
  ),
  workerCommand,
  reindexCommand,
  sourcesCommand,
  hooksCommand,
  userCommand,
  auditCommand,
];
