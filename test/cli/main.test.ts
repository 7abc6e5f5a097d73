import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { commands } from '../../src/cli/registry.ts';
import { captureIo } from '../support/io.ts';

describe('habeas CLI', () => {
  it('lists commands and exits 2 without a command', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.stdout()).toContain('Usage: habeas <command>');
  });

  it('rejects an unknown command with a clear message', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain("unknown command 'frobnicate'");
  });

  // The registry lists commands without loading them: what it says must be what they are.
  it('lists each command under its own name and summary, and loads it by that name', async () => {
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
    for (const entry of commands) {
      const cmd = await entry.load();
      expect({ name: cmd.name, summary: cmd.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const entry of commands) expect(io.stdout()).toContain(`${entry.name}  `);
  });

  it("prints a command's own help, loaded on demand", async () => {
    const io = captureIo();
    expect(await main(['worker', '--help'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^Usage: habeas worker /);
  });
});
