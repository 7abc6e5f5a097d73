/** The session cookie: read from the Cookie header, written as Set-Cookie (no dependency needed). */

export const sessionCookie = 'habeas_session';

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  return null;
}

export interface CookieFlags {
  secure: boolean;
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

/** httpOnly (no script reads it), SameSite=Strict (no cross-site request carries it), Path=/. */
export function sessionCookieHeader(value: string, flags: CookieFlags): string {
  const parts = [
    `${sessionCookie}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(flags.maxAge))}`,
  ];
  if (flags.secure) parts.push('Secure');
  return parts.join('; ');
}
