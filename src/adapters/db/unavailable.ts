/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, the
 * connection cut) from a query that failed. The first is a 503 to retry later; the second a
 * bug or bad input. Looks through Drizzle's DrizzleQueryError and other `cause` wrappers.
 */

// Socket-level failures from node-postgres and the host's network stack.
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server going away or not taking connections: class 08 (connection
// exception), 57P01-57P03 (admin or crash shutdown, cannot connect now), too many connections.
const unavailableStates = /^(08...|57P0[123]|53300)$/;

// node-postgres says these in words only, without a code. A pool already ended (the process
// is stopping) is an outage for this process too: the request may be retried elsewhere.
const unavailableMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|connection is closed|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 6; depth++) {
    const { code, message } = cur as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (socketCodes.has(code) || unavailableStates.test(code)))
      return true;
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}
