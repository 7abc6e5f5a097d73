import { fileURLToPath } from 'node:url';

/** The folder drizzle-kit generates into and both migrators read from at start-up. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
