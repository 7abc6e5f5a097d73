import { z } from 'zod';

/**
 * Every environment variable Habeas reads, parsed and validated once at start-up.
 * Documented in the README ("Configuration"); keep the two in step.
 */
/** '1', 'true', 'yes', 'on' or '0', 'false', 'no', 'off' (any case); unset or empty means false. */
const booleanFlag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .enum(['', '1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'], {
      message: 'expected 1, true, yes, on, 0, false, no or off',
    })
    .optional()
    .transform((v) => v === '1' || v === 'true' || v === 'yes' || v === 'on'),
);

const schema = z.object({
  /** Embedded PGlite data folder, used when DATABASE_URL is not set. */
  HABEAS_DATA_DIR: z.string().min(1).default('./habeas-data'),
  /** postgres://user@host:port/db selects PostgreSQL instead of the embedded database. */
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** Address and port `habeas serve` listens on. */
  HABEAS_HOST: z.string().min(1).default('127.0.0.1'),
  HABEAS_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** fatal | error | warn | info | debug | trace | silent */
  HABEAS_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /** Let `habeas ingest URL` reach private, loopback and link-local addresses (1/true/yes). */
  HABEAS_ALLOW_PRIVATE_FETCH: booleanFlag,
  /** For feed items that carry only a summary, fetch the article page as well. */
  HABEAS_FEED_FETCH_ARTICLES: booleanFlag,
  /** One deadline for fetching a URL or feed, redirects and body included. */
  HABEAS_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** Largest page or feed read, after decompression. */
  /** A queued ingest job still running after this long is taken as lost (worker killed) and redone. */
  HABEAS_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(43_200).default(600),
  /**
   * How often the watch schedule looks for due sources (docs/watch.md): `habeas serve` on the
   * embedded database, `habeas worker` on PostgreSQL; 0 turns the schedule off in that process.
   */
  HABEAS_WATCH_TICK_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** Password for the first admin created when the database has no users (else one is generated). */
  HABEAS_ADMIN_PASSWORD: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(12, 'must be at least 12 characters').max(1024).optional(),
  ),
  /** Mark the session cookie Secure even on plain HTTP (behind a TLS-terminating proxy). */
  HABEAS_COOKIE_SECURE: booleanFlag,
  /** How long a sign-in lasts. */
  HABEAS_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  /**
   * API requests per window an anonymous client address may make (docs/security.md, "Rate
   * limits"); 0 turns the per-client limits off (load tests). Signed-in callers are not limited.
   */
  HABEAS_RATE_LIMIT: z.coerce.number().int().min(0).default(300),
  /** Requests per window an anonymous client may make to each expensive read (search, lists, counts). */
  HABEAS_RATE_LIMIT_EXPENSIVE: z.coerce.number().int().min(1).default(60),
  HABEAS_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * How often `habeas serve` rebuilds the read models' answers reached by changes
   * (docs/read-models.md), in milliseconds; 0 turns it off (answers are then built on read).
   */
  HABEAS_READ_REFRESH_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
  /**
   * Megabytes of the read models' answers each process keeps in memory (docs/read-models.md),
   * the most read first; 0 keeps none (every hot read is then one statement).
   */
  HABEAS_READ_MEMORY_MB: z.coerce.number().int().min(0).max(65_536).default(64),
  HABEAS_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(10_000_000),
  /** Largest file or standard input `habeas import` / `habeas ingest` reads (src/cli/input-limit.ts). */
  HABEAS_MAX_INPUT_BYTES: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).optional(),
  ),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const r = schema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return r.data;
}
