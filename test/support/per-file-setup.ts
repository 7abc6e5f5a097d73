/**
 * Setup file of the unit and database projects (vitest.config.ts), run before each test file.
 * Those projects run many files in one worker with the modules already loaded (`isolate:
 * false`), so module state lives on from file to file: each file starts the factories' clock
 * and ids from the beginning again, as it would in a worker of its own.
 */
import { resetFactories } from './factories.ts';

resetFactories();
