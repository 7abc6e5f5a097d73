import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript entry point without types
import { isSupported, packagedNode } from '../../bin/supported-node.js';
import { projectRoot } from '../support/habeas-process.ts';

describe('supported Node', () => {
  it('takes 22.12 and newer, refuses what is older', () => {
    expect(isSupported('v24.22.3')).toBe(true);
    expect(isSupported('v22.12.0')).toBe(true);
    expect(isSupported('v23.0.0')).toBe(true);
    expect(isSupported('v22.11.9')).toBe(false);
    expect(isSupported('v20.20.2')).toBe(false);
  });

  it('the tests themselves run on a supported Node', () => {
    expect(isSupported(process.version)).toBe(true);
  });

  it('npm installed the registry-shipped Node 24 for this platform', () => {
    const binary = packagedNode();
    expect(binary).not.toBeNull();
    const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^v24\./);
  });

  // The machines' system Node is 20: the CLI started with it must re-run itself on Node 24.
  const systemNode = '/usr/bin/node';
  const old =
    existsSync(systemNode) &&
    !isSupported(execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim());
  it.runIf(old)('habeas started on the system Node 20 runs on Node 24', () => {
    const ran = spawnSync(systemNode, ['bin/habeas.js', '--version'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^habeas \S+ \(node v24\.\d+\.\d+\)\n$/);
  });
});
