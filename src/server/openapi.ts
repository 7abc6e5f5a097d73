/**
 * The OpenAPI contract (docs/api.md): document-wide parts (info, servers, tags, security
 * schemes, the one problem schema) and what each operation gets beyond its route's schema:
 * who may call it (security, derived from the route's role), and every error response it can
 * give, each a reference to a problem response. Documentation only: nothing here changes how a
 * request is answered (that is auth/plugin.ts and errors.ts).
 */
import type {
  FastifyDynamicSwaggerOptions,
  SwaggerTransform,
  SwaggerTransformObject,
} from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookie } from './auth/cookies.ts';
import { isWrite } from './auth/guard.ts';
import { csrfHeader } from './auth/plugin.ts';
import { publicCaching, staffCaching, varyOn } from './ledger-etag.ts';
import { type ProblemCode, problemKinds, problemMediaType, problemSchema } from './problem.ts';
import { responseComponents as answerSchemas } from './schemas/document.ts';

/** Problems a route declares beyond those its method, role and path give it. */
export type DeclaredProblem = 'not_found' | 'conflict' | 'rate_limited' | 'sign_in_refused';

declare module 'fastify' {
  interface FastifySchema {
    /** Problems this operation can answer besides those derived from it (openapi.ts). */
    problems?: readonly DeclaredProblem[];
  }
}

type Security = Array<Record<string, string[]>>;

/** Carries the problem codes of one operation from `transform` to `transformObject`. */
const problemsKey = 'x-habeas-problems';
/** Marks an operation answering conditional GETs (ledger-etag.ts), for `transformObject`. */
const etagKey = 'x-habeas-etag';

const tags = [
  ['persons', 'People in the registry: names in every script, dossiers, merges and splits'],
  ['releases', 'Release events with reconciled values, conflicts and the reports behind them'],
  ['deals', 'Deals behind releases: parties, releases covered, concessions'],
  ['sources', 'Reports stored as sources; confidential ones show only as such to the public'],
  ['claims', 'Claims (every fact with its source and evidence), reviews and the review queue'],
  ['counts', 'Political prisoners held on a date, over time, and monthly flows'],
  ['reports', 'Ingesting news reports: text, HTML or a URL, one or many'],
  ['ledger', 'Importing a whole ledger exported by habeas export'],
  ['audit', 'The audit log: who changed what, and reverting a change'],
  ['changes', 'What is new since a signed-in user last looked, and their mark'],
  ['watch', 'Watched sources: feeds and pages read again on a schedule (editors)'],
  ['auth', 'Signing in and out with the session cookie; who is signed in'],
  ['users', 'User accounts and roles (admin only)'],
].map(([name, description]) => ({ name: name as string, description: description as string }));

const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookie,
    description: `The httpOnly session cookie POST /api/auth/login sets. Reads need nothing more; a write sent with it also needs the ${csrfHeader} header (scheme csrf).`,
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: csrfHeader,
    description:
      'The csrfToken of the session (from POST /api/auth/login or GET /api/auth/me), sent back on every write the session cookie authenticates.',
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API token ('habeas user token NAME' prints one: hbs_...), sent as Authorization: Bearer <token>. No cookie, no CSRF header.",
  },
};

/** One response component per status: its name and what it covers. */
const responses: Record<number, { name: string; description: string }> = {
  400: {
    name: 'InvalidInput',
    description: 'Invalid input: `errors` names each field (invalid_input)',
  },
  401: {
    name: 'Unauthenticated',
    description:
      'Nobody valid signed in: sign in or send a valid API token (unauthenticated), or the sign-in itself was refused (sign_in_refused)',
  },
  403: {
    name: 'Forbidden',
    description:
      'The role is too low (forbidden), or a write with the session cookie lacks the x-csrf-token header (csrf)',
  },
  404: { name: 'NotFound', description: 'Something named by id does not exist (not_found)' },
  409: { name: 'Conflict', description: 'Valid, but clashes with what is stored (conflict)' },
  413: { name: 'TooLarge', description: 'The request body is over the limit (too_large)' },
  415: {
    name: 'UnsupportedMediaType',
    description:
      'The request body has a content type the API does not read (unsupported_media_type)',
  },
  429: {
    name: 'RateLimited',
    description:
      'Too many requests from this client, or failed sign-ins; wait the Retry-After seconds (rate_limited)',
  },
  500: { name: 'Internal', description: 'A fault of the server; see its log (internal)' },
  503: {
    name: 'Unavailable',
    description:
      'The database is down or restarting; nothing was written, retry after Retry-After seconds (database_unavailable)',
  },
};

const retryAfter = {
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer' },
  },
};

/** The caching headers of an answer from the ledger (ledger-etag.ts; docs/api.md, "Caching"). */
const cachingHeaders = {
  ETag: {
    description:
      'A weak validator of this answer: the same until anything is committed to the ledger, the server is upgraded or, for persons held today, the date changes; send it back in If-None-Match',
    schema: { type: 'string' },
  },
  CacheControl: {
    description: `\`${publicCaching}\` for the public (any cache may keep the answer, asking before reuse); \`${staffCaching}\` for signed-in staff`,
    schema: { type: 'string' },
  },
  Vary: {
    description: `\`${varyOn}\`: signed-in staff read more than the public (not on answers the same for everyone); \`Accept\` too on the lists that answer CSV by it`,
    schema: { type: 'string' },
  },
};
const headerRefs = Object.fromEntries(
  Object.keys(cachingHeaders).map((name) => [
    name === 'CacheControl' ? 'Cache-Control' : name,
    { $ref: `#/components/headers/${name}` },
  ]),
);

const notModified = {
  description:
    'Not modified: the If-None-Match tag is current (nothing committed since, the same reader), so the copy the client has is the answer. No body.',
  headers: headerRefs,
};

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    'ETags of earlier answers of this operation; when one is current the answer is 304 with no body, before any work is done (docs/api.md, "Caching")',
  schema: { type: 'string' },
};

function responseComponents(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, { name, description }] of Object.entries(responses)) {
    out[name] = {
      description,
      ...(status === '429' || status === '503' ? { headers: retryAfter } : {}),
      content: { [problemMediaType]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  out.NotModified = notModified;
  return out;
}

const staffRead: Security = [{ session: [] }, { bearer: [] }];
const staffWrite: Security = [{ session: [], csrf: [] }, { bearer: [] }];
// `{}` first: anyone may call; signed in, staff read more (docs/privacy.md).
const publicRead: Security = [{}, { session: [] }, { bearer: [] }];
const anyone: Security = [{}];

function methodOf(route: RouteOptions): string {
  return Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
}

/** Who may call a route, from what the auth hook enforces (auth/guard.ts). */
export function securityOf(route: RouteOptions): Security {
  const write = isWrite(methodOf(route));
  if (route.config?.open) return anyone;
  if (route.config?.role || write) return write ? staffWrite : staffRead;
  return publicRead;
}

/** Every problem a route can answer with. */
export function problemsOf(route: RouteOptions): ProblemCode[] {
  const write = isWrite(methodOf(route));
  const checked = write && !route.config?.open;
  // Any request may carry a bad query or an invalid API token, and meet the database down.
  const codes: ProblemCode[] = [
    'invalid_input',
    'unauthenticated',
    'internal',
    'database_unavailable',
  ];
  if (route.config?.role || checked) codes.push('forbidden');
  if (checked) codes.push('csrf');
  if (route.schema?.params) codes.push('not_found');
  if (write) codes.push('too_large', 'unsupported_media_type');
  // Anonymous callers of the API are limited per client (client-limits.ts, with HABEAS_RATE_LIMIT).
  const limited = route.url.startsWith('/api/') || route.url.startsWith('/feeds/');
  if (securityOf(route) === publicRead && limited) codes.push('rate_limited');
  codes.push(...(route.schema?.problems ?? []));
  return [...new Set(codes)];
}

function roleNote(route: RouteOptions): string | null {
  const role = route.config?.role;
  return role
    ? `Needs the ${role} role (session cookie + ${csrfHeader} header on writes, or Bearer API token).`
    : null;
}

/**
 * A list route's 200 answer as JSON or CSV (src/server/csv-answer.ts): the JSON schema as it
 * was, text/csv beside it, and the headers a CSV download carries.
 */
function withCsv(response: Record<string, unknown> | undefined): Record<string, unknown> {
  return {
    ...response,
    200: {
      description:
        'The answer as JSON; with format=csv (or Accept: text/csv) as CSV, streamed, every cell guarded against spreadsheet formulas',
      headers: {
        'X-Total-Count': {
          type: 'integer',
          description: 'CSV of a list: the items the list holds with these filters',
        },
        Link: {
          type: 'string',
          description:
            'CSV of a list stopped at its cap: `<address of the next rows>; rel="next"` (the same query from a later offset)',
        },
      },
      content: {
        'application/json': { schema: response?.[200] },
        'text/csv': { schema: { type: 'string' } },
      },
    },
  };
}

/** Per route: the zod schemas as JSON schema, plus security, the role and its problems. */
const transform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input);
  const route = input.route as RouteOptions;
  const schema = out.schema as Record<string, unknown>;
  if (!schema || schema.hide) return out;
  const { problems: _declared, ...rest } = schema;
  const note = roleNote(route);
  const description = [rest.description, note].filter(Boolean).join('\n\n');
  // A non-JSON answer (the Atom feed) is declared here, not as a zod schema the serializer would use.
  const mediaType = route.config?.mediaType;
  if (mediaType)
    rest.response = {
      200: {
        description: `The document, as ${mediaType}`,
        content: { [mediaType]: { schema: { type: 'string' } } },
      },
    };
  if (route.config?.csv) rest.response = withCsv(rest.response as Record<string, unknown>);
  return {
    url: out.url,
    schema: {
      ...rest,
      ...(description ? { description } : {}),
      security: securityOf(route),
      [problemsKey]: problemsOf(route),
      ...(route.config?.etag ? { [etagKey]: true } : {}),
    },
  };
};

type Operation = { responses?: Record<string, unknown>; [key: string]: unknown };

/** Turns each operation's problem codes into references to the problem responses. */
function addProblemResponses(op: Operation): void {
  const codes = (op[problemsKey] ?? []) as ProblemCode[];
  delete op[problemsKey];
  const statuses = [...new Set(codes.map((c) => problemKinds[c].status))].sort((a, b) => a - b);
  op.responses ??= {};
  for (const status of statuses) {
    const component = responses[status];
    if (component) op.responses[status] = { $ref: `#/components/responses/${component.name}` };
  }
}

/** A conditional GET: the If-None-Match parameter, the 200's caching headers, the 304. */
function addConditional(op: Operation): void {
  const conditional = op[etagKey] === true;
  delete op[etagKey];
  if (!conditional) return;
  op.parameters = [
    ...((op.parameters as unknown[] | undefined) ?? []),
    { $ref: '#/components/parameters/IfNoneMatch' },
  ];
  op.responses ??= {};
  const ok = op.responses['200'] as Record<string, unknown> | undefined;
  // Beside the headers the route has already (a CSV download's X-Total-Count and Link).
  if (ok) ok.headers = { ...headerRefs, ...((ok.headers as object | undefined) ?? {}) };
  op.responses['304'] = { $ref: '#/components/responses/NotModified' };
}

const transformObject: SwaggerTransformObject = (input) => {
  if (!('openapiObject' in input)) return input.swaggerObject;
  // The answers' shared schemas first (components/schemas), then each operation's problems.
  const openapiObject = answerSchemas(input);
  const doc = openapiObject as Record<string, unknown> & {
    paths?: Record<string, Record<string, Operation>>;
  };
  for (const ops of Object.values(doc.paths ?? {}))
    for (const op of Object.values(ops)) {
      addConditional(op);
      addProblemResponses(op);
    }
  return doc as typeof openapiObject;
};

/** The @fastify/swagger options: the whole contract but the routes themselves. */
export function swaggerOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Habeas API',
        description:
          'A sourced ledger of political prisoners, releases and deals. Every value comes from claims with sources and evidence. Errors are RFC 9457 problems (application/problem+json); see docs/api.md.',
        version,
        license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
        contact: { name: 'The Habeas maintainers (issues in the project repository)' },
      },
      servers: [{ url: '/', description: 'The server this document was read from' }],
      tags,
      components: {
        securitySchemes: securitySchemes as never,
        schemas: { Problem: z.toJSONSchema(problemSchema, { target: 'openapi-3.0' }) as never },
        responses: responseComponents() as never,
        parameters: { IfNoneMatch: ifNoneMatch } as never,
        headers: cachingHeaders as never,
      },
    },
    transform,
    transformObject,
  };
}
