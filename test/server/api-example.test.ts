/**
 * The TypeScript example of docs/api.md runs as written: against a listening server, with an API
 * token, it ingests a report through openapi-fetch and the generated types.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

const root = join(import.meta.dirname, '../..');
const example = join(root, 'scripts/examples/ingest-report.ts');
const report = join(root, 'test/fixtures/reports/by-2024-07-wire.txt');
const run = promisify(execFile);

/** Runs the example in its own Node process (async: this process serves its requests). */
function ingest(url: string, token: string) {
  return run(process.execPath, ['--import', 'tsx', example, report], {
    cwd: root,
    env: { ...process.env, HABEAS_URL: url, HABEAS_TOKEN: token, PUBLISHED: '2024-07-04' },
  });
}

it('docs/api.md shows the example exactly as it is run here', () => {
  const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
  expect(doc).toContain(`\`\`\`ts\n${readFileSync(example, 'utf8')}\`\`\``);
});

describe.each(backends())('the API example on $name', (backend) => {
  let server: SignedInServer;
  let url: string;
  let token: string;

  beforeAll(async () => {
    server = await signedInServer(backend);
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
    token = (await bearerFor(server.ctx, 'editor')).authorization.replace('Bearer ', '');
  });
  afterAll(() => server.close());

  it('signs in with the token and ingests the report, then sees it as a duplicate', async () => {
    const first = await ingest(url, token);
    expect(first.stderr).toMatch(/^signed in as editor-\S+ \(editor\)/);
    const out = JSON.parse(first.stdout) as {
      source: string;
      created: boolean;
      claims: number;
      events: string[];
    };
    expect(out.created).toBe(true);
    expect(out.claims).toBeGreaterThan(0);
    expect(out.events.some((e) => e.startsWith('main '))).toBe(true);
    const stored = await server.app.inject({
      url: `/api/sources/${out.source}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().source.title).toBe('by-2024-07-wire.txt');

    const again = JSON.parse((await ingest(url, token)).stdout) as typeof out;
    expect(again).toMatchObject({ source: out.source, created: false, claims: 0 });
  });

  it('stops with the reason when the token is not accepted', async () => {
    await expect(ingest(url, 'hbs_not-a-token')).rejects.toMatchObject({
      stderr: expect.stringMatching(/token was not accepted|401/),
    });
  });
});
