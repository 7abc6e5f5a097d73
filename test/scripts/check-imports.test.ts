import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The dependency checker run as `npm run lint` runs it, on small trees written for each case.
const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'scripts/check-imports.mjs');
const roots: string[] = [];

afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A tree with a tiny core, app and web that keeps the rule, plus `extra` files. */
function treeWith(extra: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'habeas-imports-'));
  roots.push(root);
  const files: Record<string, string> = {
    'src/core/model/claim.ts': 'export type Claim = { id: string };\n',
    'src/app/read/get-claim.ts':
      "import type { Claim } from '../../core/model/claim.ts';\nimport { z } from 'zod';\nexport const claimId = (c: Claim) => z.string().parse(c.id);\n",
    'src/adapters/db/store.ts': "import type { Claim } from '../../core/model/claim.ts';\n",
    'web/src/api.ts':
      "import type { Claim } from '../../src/core/model/claim.ts';\nimport { useQuery } from '@tanstack/react-query';\n",
    'web/src/App.tsx': "import { api } from './api.ts';\nimport './styles.css';\n",
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string) {
  const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, problems: r.stderr.split('\n').filter(Boolean) };
}

describe('scripts/check-imports.mjs', () => {
  it('passes this repository', () => {
    const r = check(repo);
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('passes a tree that keeps the rule (app uses zod, web core types only)', () => {
    const r = check(treeWith({}));
    expect(r.problems).toEqual([]);
    expect(r.out).toContain('imports ok: 5 files');
  });

  it('refuses app importing a database driver, a Node built-in or an adapter', () => {
    const r = check(
      treeWith({
        'src/app/ingest/acquire.ts': "import { readFile } from 'node:fs/promises';\n",
        'src/app/read/count.ts':
          "import pg from 'pg';\nimport { store } from '../../adapters/db/store.ts';\n",
      }),
    );
    expect(r.status).toBe(1);
    expect(r.problems).toEqual([
      "src/app/ingest/acquire.ts: imports 'node:fs/promises': src/app reaches I/O through ports; of packages it may use only the pure ones listed in scripts/check-imports.mjs",
      "src/app/read/count.ts: imports 'pg': src/app reaches I/O through ports; of packages it may use only the pure ones listed in scripts/check-imports.mjs",
      "src/app/read/count.ts: imports '../../adapters/db/store.ts': layer 'app' may import only from core, app, not from adapters",
      '3 dependency rule violation(s)',
    ]);
  });

  it('refuses web importing app values, the server, adapters or the CLI', () => {
    const r = check(
      treeWith({
        'web/src/pages/Claims.tsx': [
          "import { claimId } from '../../../src/app/read/get-claim.ts';",
          "import type { Claim } from '../../../src/app/read/get-claim.ts';",
          "import { buildServer } from '../../../src/server/app.ts';",
          "import { store } from '../../../src/adapters/db/store.ts';",
          "import { main } from '../../../src/cli/main.ts';",
          '',
        ].join('\n'),
      }),
    );
    expect(r.status).toBe(1);
    const web = r.problems.filter((p) => p.startsWith('web/src/pages/Claims.tsx'));
    expect(web.map((p) => p.replace(/^.*, not from /, ''))).toEqual([
      'app',
      'app',
      'server',
      'adapters',
      'cli',
    ]);
  });

  it('refuses app in web even as a type (the API types are generated), and Node built-ins', () => {
    const r = check(
      treeWith({
        'web/src/api.ts': "import type { claimId } from '../../src/app/read/get-claim.ts';\n",
        'web/src/files.ts': "import { readFileSync } from 'node:fs';\n",
      }),
    );
    expect(r.status).toBe(1);
    expect(r.problems.slice(0, 2)).toEqual([
      "web/src/api.ts: imports '../../src/app/read/get-claim.ts': web/src may import only from web, core, not from app",
      "web/src/files.ts: imports 'node:fs': web/src runs in the browser (no Node built-ins, no server packages)",
    ]);
  });

  it('finds import cycles in web/src, whichever spelling the import uses', () => {
    const r = check(
      treeWith({
        'web/src/a.ts': "import { b } from './b.js';\nexport const a = 1;\n",
        'web/src/b.ts': "import { a } from './a';\nexport const b = 2;\n",
      }),
    );
    expect(r.status).toBe(1);
    expect(r.problems[0]).toBe('import cycle: web/src/a.ts -> web/src/b.ts -> web/src/a.ts');
  });
});
