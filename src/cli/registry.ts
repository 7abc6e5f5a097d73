import type { Command } from './command.ts';

/**
 * A CLI verb as `habeas --help` lists it, and how to load it. Each command's module (and all it
 * imports: the server, the database, the extractor) is loaded only when that command runs, so
 * `habeas --help` or `habeas extract` do not pay for loading the whole application.
 * test/cli/main.test.ts checks that each entry's name and summary are its command's own.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

// Every CLI verb, in the order `habeas --help` lists them. Each lives in commands/<verb>.ts.
export const commands: CommandEntry[] = [
  {
    name: 'serve',
    summary: 'Serve the API (and the web app) over HTTP',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'import',
    summary: 'Import a ledger exported by `habeas export` (JSON or CSV)',
    load: async () => (await import('./commands/import.ts')).importCommand,
  },
  {
    name: 'ingest',
    summary: 'Store reports, propose their facts as claims, resolve people and events',
    load: async () => (await import('./commands/ingest.ts')).ingestCommand,
  },
  {
    name: 'export',
    summary:
      'Export the published ledger (or, with --all, everything) as JSON or CSV, or as FollowTheMoney entities',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  {
    name: 'count',
    summary: 'Political prisoners held in a country on a date',
    load: async () => (await import('./commands/count.ts')).countCommand,
  },
  {
    name: 'events',
    summary: 'List release events with reconciled values, conflicts and reports',
    load: async () => (await import('./commands/events.ts')).eventsCommand,
  },
  {
    name: 'person',
    summary: 'Look up a person by any spelling and print their dossier',
    load: async () => (await import('./commands/person.ts')).personCommand,
  },
  {
    name: 'extract',
    summary: 'Extract releases, people, deals and counts from news reports as JSON',
    load: async () => (await import('./commands/extract.ts')).extractCommand,
  },
  {
    name: 'names',
    summary: 'Compare, search and normalise person names across scripts and romanisations',
    load: async () => (await import('./commands/names-ledger.ts')).ledgerNamesCommand,
  },
  {
    name: 'worker',
    summary: 'Process queued ingest jobs (PostgreSQL)',
    load: async () => (await import('./commands/worker.ts')).workerCommand,
  },
  {
    name: 'reindex',
    summary: 'Rebuild the read models (kept answers of dossiers, summaries, releases, deals)',
    load: async () => (await import('./commands/reindex.ts')).reindexCommand,
  },
  {
    name: 'sources',
    summary: 'Watch feeds and pages: add, list, pause, resume, remove, poll',
    load: async () => (await import('./commands/sources.ts')).sourcesCommand,
  },
  {
    name: 'hooks',
    summary: 'Webhooks: add, list, log, remove',
    load: async () => (await import('./commands/hooks.ts')).hooksCommand,
  },
  {
    name: 'user',
    summary: 'Manage accounts: add, role, disable, enable, list, token',
    load: async () => (await import('./commands/user.ts')).userCommand,
  },
  {
    name: 'audit',
    summary: 'Show, export or revert the audit log of changes',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
];
