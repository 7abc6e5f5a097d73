/**
 * The order test files start in (vitest.config.ts `sequence.sequencer`). Vitest's own order
 * (BaseSequencer) runs the projects one after the other in the order of their names, each
 * project's longest or largest files first: browser, database, process, unit. The `process`
 * files are the longest of the run (two to three minutes each) and spend much of it waiting
 * on the processes they start, so started last they were the run's tail, with a core idle.
 * They start first here, then the browser files, then the CPU-bound ones, which fill the
 * cores those leave free and end the run in short files.
 */
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

const projectOrder = ['process', 'browser', 'database', 'unit'];

function rank(spec: TestSpecification): number {
  const i = projectOrder.indexOf(spec.project.name);
  return i === -1 ? projectOrder.length : i;
}

export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: within a project, Vitest's own order stays.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
