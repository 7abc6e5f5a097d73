import { describe, expect, it } from 'vitest';
import { ENGINE_FLAGS } from '../../bin/engine-flag-list.js';
import { habeasNodeFlags } from './habeas-process.ts';

// The flags are a speed setting (bin/engine-flags.js): nothing else fails when one is lost.
describe('engine flags', () => {
  it('reach the test workers, as they reach every bin/ entry point', () => {
    expect(ENGINE_FLAGS).toContain('--no-regexp-tier-up');
    for (const flag of ENGINE_FLAGS) expect(process.execArgv).toContain(flag);
  });

  it('reach the CLI processes the tests start', () => {
    for (const flag of ENGINE_FLAGS) expect(habeasNodeFlags).toContain(flag);
  });
});
