/**
 * Global setup of the process project: compiles the CLI once for this run (./cli-build.ts) and
 * hands its location to the tests (`inject('habeasCli')` in ./habeas-process.ts). Each run, and
 * each rerun in watch mode, compiles afresh into a new folder, so a stale build is never used.
 */
import type { TestProject } from 'vitest/node';
import { buildCli, removeCli } from './cli-build.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  let entry = await buildCli();
  project.provide('habeasCli', entry);
  project.onTestsRerun(async () => {
    removeCli(entry);
    entry = await buildCli();
    project.provide('habeasCli', entry);
  });
  return () => removeCli(entry);
}
