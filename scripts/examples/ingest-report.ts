// Ingests one report through the HTTP API with an API token, typed by the OpenAPI document.
// Run: HABEAS_URL=http://127.0.0.1:8080 HABEAS_TOKEN=hbs_... [PUBLISHED=YYYY-MM-DD] \
//   npx tsx scripts/examples/ingest-report.ts report.txt
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import createClient from 'openapi-fetch';
import type { paths } from '../../web/src/api/schema.d.ts';

const token = process.env.HABEAS_TOKEN;
const file = process.argv[2];
if (!token || !file) throw new Error('set HABEAS_TOKEN and give the report file to ingest');

// An API token signs every request in: no cookie, and so no CSRF token, is needed.
const api = createClient<paths>({
  baseUrl: process.env.HABEAS_URL ?? 'http://127.0.0.1:8080',
  headers: { authorization: `Bearer ${token}` },
});

const me = await api.GET('/api/auth/me');
if (!me.data?.user) throw new Error(`the token was not accepted (${me.response.status})`);
console.error(`signed in as ${me.data.user.username} (${me.data.user.role})`);

const { data, error, response } = await api.POST('/api/reports', {
  body: {
    text: readFileSync(file, 'utf8'),
    title: basename(file),
    ...(process.env.PUBLISHED ? { publishedAt: process.env.PUBLISHED } : {}),
  },
});
if (!data) throw new Error(`ingest refused (${response.status}): ${JSON.stringify(error)}`);
// data is typed from the document: source, created, duplicateOf, events, claims, problems.
console.log(
  JSON.stringify({
    source: data.source.id,
    created: data.created,
    claims: data.claims,
    events: data.events.map((e) => `${e.role} ${e.id}${e.created ? ' (new)' : ''}`),
  }),
);
