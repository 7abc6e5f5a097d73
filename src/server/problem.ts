/**
 * The one shape of every error the API answers: RFC 9457 problem details
 * (application/problem+json) with three extension members. `error` (a stable code) and
 * `message` (the same text as `detail`) are what clients read before the API spoke RFC 9457;
 * `errors` names each field that failed. The OpenAPI document (openapi.ts) describes every error
 * response with this schema; src/server/errors.ts sends it. See docs/api.md.
 */
import { z } from 'zod';

export const problemMediaType = 'application/problem+json';

/** Every problem the API answers with: its stable code, its HTTP status and a short title. */
export const problemKinds = {
  invalid_input: { status: 400, title: 'Invalid input' },
  bad_request: { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  sign_in_refused: { status: 401, title: 'Sign-in refused' },
  forbidden: { status: 403, title: 'Role too low' },
  csrf: { status: 403, title: 'CSRF token missing or wrong' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflicts with stored data' },
  too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  rate_limited: { status: 429, title: 'Too many attempts' },
  internal: { status: 500, title: 'Internal error' },
  database_unavailable: { status: 503, title: 'Database unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemKinds;

/**
 * The problem type URI of a code. A name, not a link (RFC 9457 allows a type URI that does not
 * resolve): clients compare it, or the `error` code, and never fetch it.
 */
export function problemType(code: ProblemCode): string {
  return `urn:habeas:problem:${code}`;
}

const fieldError = z.object({
  path: z.string().describe("Where: 'querystring.at', 'body.items[3].text', 'csv'"),
  message: z.string().describe('What is wrong there'),
});

export const problemSchema = z.object({
  type: z.string().describe('Problem type URI, one per code: urn:habeas:problem:<error>'),
  title: z.string().describe('Short summary of the problem type; the same for every occurrence'),
  status: z.number().int().min(400).max(599).describe('The HTTP status code'),
  detail: z.string().describe('What went wrong this time, and what to do about it'),
  instance: z.string().describe('The request path (without its query string)'),
  error: z
    .enum(Object.keys(problemKinds) as [ProblemCode, ...ProblemCode[]])
    .describe('Stable machine-readable code (extension member)'),
  message: z
    .string()
    .describe('The same text as detail (extension member, kept for older clients)'),
  errors: z
    .array(fieldError)
    .optional()
    .describe('Each field that failed, for invalid input (extension member)'),
});

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldError>;
