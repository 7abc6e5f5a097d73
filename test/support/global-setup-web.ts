/**
 * Global setup of the browser project: builds the web app once per run into
 * test-output/web-dist-e2e for every browser test file (`inject('habeasWebDist')`), instead of
 * one Vite build per file.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebApp, root } from '../e2e/server.ts';
import './templates.ts';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('habeasWebDist', await buildWebApp(join(root, 'test-output/web-dist-e2e')));
}
