import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
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
});
