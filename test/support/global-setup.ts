/**
 * Global setup of the database, process and browser projects (vitest.config.ts): makes the
 * migrated template databases once per run, before any worker starts, and hands their
 * locations to the tests (`inject('habeasTemplates')` in ./databases.ts and ./cli-databases.ts).
 */
import type { TestProject } from 'vitest/node';
import { makeTemplates } from './templates.ts';

export default async function setup(project: TestProject): Promise<void> {
  project.provide(
    'habeasTemplates',
    await makeTemplates(process.env.HABEAS_TEST_DATABASE_URL?.trim() || undefined),
  );
}
