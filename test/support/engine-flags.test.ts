import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_FLAGS } from '../../bin/engine-flag-list.js';
import { habeasNodeFlags } from './habeas-process.ts';

// The flags are a speed setting (bin/engine-flag-list.js): nothing else fails when one is lost,
// so these checks are what keeps them. They go on each process's command line, never set from
// inside it (that raced V8's threads and crashed).
const root = join(import.meta.dirname, '../..');
const flags = ENGINE_FLAGS.join(' ');

describe('engine flags', () => {
  it('reach the test workers', () => {
    expect(ENGINE_FLAGS).toContain('--no-regexp-tier-up');
    for (const flag of ENGINE_FLAGS) expect(process.execArgv).toContain(flag);
  });

  it('reach the CLI processes the tests start', () => {
    for (const flag of ENGINE_FLAGS) expect(habeasNodeFlags).toContain(flag);
  });

  it('are on the command line of every npm script that starts a bin/ entry point', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const starting = Object.entries(scripts).filter(([, s]) => /\bbin\/[\w-]+\.js\b/.test(s));
    expect(starting.length).toBeGreaterThan(5);
    for (const [name, script] of starting)
      expect(script, name).toMatch(new RegExp(`^node ${flags} bin/`));
  });

  it('are in the shebang of every bin/ entry point, and no file sets them at run time', () => {
    const bin = join(root, 'bin');
    const entries = readdirSync(bin).filter(
      (f) => f.endsWith('.js') && readFileSync(join(bin, f), 'utf8').startsWith('#!'),
    );
    expect(entries).toEqual(expect.arrayContaining(['habeas.js', 'start.js', 'bench.js']));
    for (const f of entries)
      expect(readFileSync(join(bin, f), 'utf8').split('\n')[0], f).toBe(
        `#!/usr/bin/env -S node ${flags}`,
      );
    for (const f of readdirSync(bin))
      expect(readFileSync(join(bin, f), 'utf8'), f).not.toMatch(/setFlagsFromString\(/);
  });
});
