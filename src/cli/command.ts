import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command may touch: injected so tests run commands in-process and read their output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  /** Full help text printed by `habeas NAME --help`. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export type Subcommands = Record<string, (argv: string[], io: CliIo) => Promise<number>>;

/**
 * `habeas NAME VERB ...`: runs the verb, or says which verbs there are. An error `asUsage`
 * picks out (a value typed wrongly on the command line) becomes a usage error, exit 2.
 */
export async function runSubcommand(
  verbs: Subcommands,
  argv: string[],
  io: CliIo,
  asUsage: (e: unknown) => boolean,
): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb) throw new UsageError(`give a subcommand: ${Object.keys(verbs).join(', ')}`);
  const run = Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
  if (!run)
    throw new UsageError(
      `unknown subcommand '${verb}': expected one of ${Object.keys(verbs).join(', ')}`,
    );
  try {
    return await run(rest, io);
  } catch (e) {
    if (asUsage(e)) throw new UsageError(e instanceof Error ? e.message : String(e));
    throw e;
  }
}

/** parseArgs with errors a person can act on instead of Node's internal codes. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** Writes one JSON value as one line, the format pipelines read. */
export function jsonLine(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value)}\n`);
}
