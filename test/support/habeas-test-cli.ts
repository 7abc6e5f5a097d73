// Entry of the CLI test build (./cli-build.ts): what bin/habeas.js runs once tsx is registered.
import { main } from '../../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
