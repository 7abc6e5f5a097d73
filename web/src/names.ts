/**
 * Which of a person's names heads their row or page for a reader, and the others beneath it:
 * the core's rule (src/core/names/headline.ts), which the server's collated order of people
 * and the CLI follow too.
 */
export { headlineName, type NameLike, otherNames } from '../../src/core/names/headline.ts';
