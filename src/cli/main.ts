import { type CliIo, type Command, UsageError, wantsHelp } from './command.ts';
import { commands } from './registry.ts';

const HABEAS_VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `habeas: a sourced ledger of political prisoners, releases and deals\n\nUsage: habeas <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'habeas <command> --help' for a command's options.\n`;
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

export async function runCommand(cmd: Command, argv: string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(`${cmd.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await cmd.run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`habeas ${cmd.name}: ${e.message}\nRun 'habeas ${cmd.name} --help' for usage.\n`);
      return 2;
    }
    io.err(`habeas ${cmd.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    // The runtime is part of the answer: bin/supported-node.js may have moved us onto Node 24.
    io.out(`habeas ${HABEAS_VERSION} (node ${process.version})\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`habeas: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  return runCommand(await entry.load(), rest, io);
}
